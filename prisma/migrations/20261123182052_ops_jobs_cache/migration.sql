-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "owner" TEXT,
    "leasedUntil" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextRunAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "runs" INTEGER NOT NULL DEFAULT 0,
    "lastStartedAt" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),
    "lastHandled" INTEGER,
    "lastError" TEXT,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "NextCacheEntry" (
    "key" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "tags" TEXT[],
    "lastModified" BIGINT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NextCacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "NextCacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" BIGINT NOT NULL,

    CONSTRAINT "NextCacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "NextCacheEntry_expiresAt_idx" ON "NextCacheEntry"("expiresAt");
