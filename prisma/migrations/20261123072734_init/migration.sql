-- pg_trgm powers the trigram indexes below.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'reviewer');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('active', 'disabled');

-- CreateEnum
CREATE TYPE "PublishStatus" AS ENUM ('draft', 'in_review', 'scheduled', 'published', 'archived');

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('news', 'report', 'policy');

-- CreateEnum
CREATE TYPE "PolicyValidity" AS ENUM ('valid', 'amended', 'repealed');

-- CreateEnum
CREATE TYPE "ZoneLevel" AS ENUM ('national_etdz', 'national_hitech', 'national_other', 'provincial', 'municipal');

-- CreateEnum
CREATE TYPE "ZoneOrigin" AS ENUM ('editor', 'import');

-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('received', 'in_review', 'accepted', 'published', 'returned');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('new', 'contacted', 'qualified', 'closed');

-- CreateEnum
CREATE TYPE "InquiryCategory" AS ENUM ('policy', 'land', 'plant', 'other');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('article', 'bulletin', 'zone', 'contribution', 'inquiry', 'user');

-- CreateEnum
CREATE TYPE "OutboxOp" AS ENUM ('upsert', 'delete');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'done', 'failed');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('pending', 'sent', 'failed', 'logged');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "status" "UserStatus" NOT NULL DEFAULT 'active',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "totpSecret" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" JSONB NOT NULL DEFAULT '[]',
    "source" TEXT,
    "author" TEXT,
    "region" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishAt" TIMESTAMP(3),
    "unpublishAt" TIMESTAMP(3),
    "readCount" INTEGER NOT NULL DEFAULT 0,
    "docNumber" TEXT,
    "issuer" TEXT,
    "writtenAt" TIMESTAMP(3),
    "indexNumber" TEXT,
    "validity" "PolicyValidity",
    "replacedById" TEXT,
    "contentHash" TEXT,
    "importSource" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bulletin" (
    "id" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "issueNumber" INTEGER NOT NULL,
    "totalIssueNumber" INTEGER,
    "year" INTEGER NOT NULL,
    "issueDate" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishAt" TIMESTAMP(3),
    "distribution" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contentHash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulletinSection" (
    "id" TEXT NOT NULL,
    "bulletinId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "BulletinSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulletinItem" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" JSONB NOT NULL DEFAULT '[]',
    "source" TEXT,
    "articleId" TEXT,

    CONSTRAINT "BulletinItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Zone" (
    "id" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "origin" "ZoneOrigin" NOT NULL DEFAULT 'editor',
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "level" "ZoneLevel" NOT NULL DEFAULT 'provincial',
    "province" TEXT,
    "city" TEXT,
    "district" TEXT,
    "approvedAt" TIMESTAMP(3),
    "areaKm2" DECIMAL(12,2),
    "industries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "summary" TEXT,
    "description" JSONB NOT NULL DEFAULT '[]',
    "website" TEXT,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "featuredRank" INTEGER,
    "mergedIntoId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneAward" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "rank" INTEGER,
    "issuer" TEXT,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "sourceDate" TIMESTAMP(3),

    CONSTRAINT "ZoneAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneIndicator" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceDate" TIMESTAMP(3),
    "articleId" TEXT,

    CONSTRAINT "ZoneIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZonePartner" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,

    CONSTRAINT "ZonePartner_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "ArticleZone" (
    "articleId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "mentions" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ArticleZone_pkey" PRIMARY KEY ("articleId","zoneId")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "status" "ContributionStatus" NOT NULL DEFAULT 'received',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "region" TEXT,
    "zoneId" TEXT,
    "isOriginal" BOOLEAN NOT NULL,
    "termsVersion" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "returnReason" TEXT,
    "reviewerId" TEXT,
    "articleId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'new',
    "category" "InquiryCategory" NOT NULL,
    "company" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "industry" TEXT,
    "landAreaMu" DECIMAL(12,2),
    "plantAreaM2" DECIMAL(12,2),
    "timeline" TEXT,
    "message" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "assigneeId" TEXT,
    "firstRespondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryZone" (
    "inquiryId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "suggested" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InquiryZone_pkey" PRIMARY KEY ("inquiryId","zoneId")
);

-- CreateTable
CREATE TABLE "InquiryNote" (
    "id" TEXT NOT NULL,
    "inquiryId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "comment" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" "EntityType",
    "entityId" TEXT,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "clientHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "op" "OutboxOp" NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "parentTitle" TEXT,
    "url" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "region" TEXT,
    "zones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "year" INTEGER,
    "issuer" TEXT,
    "validity" TEXT,
    "docNumber" TEXT,
    "publishedAt" TIMESTAMP(3),
    "tokens" tsvector,
    "pinyin" TEXT NOT NULL DEFAULT '',
    "sourceVersion" INTEGER NOT NULL DEFAULT 0,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_kind_status_publishedAt_idx" ON "Article"("kind", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Article_status_region_publishedAt_idx" ON "Article"("status", "region", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Article_kind_status_issuer_idx" ON "Article"("kind", "status", "issuer");

-- CreateIndex
CREATE INDEX "Article_status_publishAt_idx" ON "Article"("status", "publishAt");

-- CreateIndex
CREATE INDEX "Article_status_unpublishAt_idx" ON "Article"("status", "unpublishAt");

-- CreateIndex
CREATE INDEX "Article_docNumber_idx" ON "Article"("docNumber");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Article_kind_slug_key" ON "Article"("kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_slug_key" ON "Bulletin"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_contentHash_key" ON "Bulletin"("contentHash");

-- CreateIndex
CREATE INDEX "Bulletin_status_issueDate_idx" ON "Bulletin"("status", "issueDate" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_publisher_year_issueNumber_key" ON "Bulletin"("publisher", "year", "issueNumber");

-- CreateIndex
CREATE UNIQUE INDEX "BulletinSection_bulletinId_position_key" ON "BulletinSection"("bulletinId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BulletinItem_sectionId_position_key" ON "BulletinItem"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Zone_slug_key" ON "Zone"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Zone_name_key" ON "Zone"("name");

-- CreateIndex
CREATE INDEX "Zone_status_province_idx" ON "Zone"("status", "province");

-- CreateIndex
CREATE INDEX "Zone_status_level_idx" ON "Zone"("status", "level");

-- CreateIndex
CREATE INDEX "Zone_industries_idx" ON "Zone" USING GIN ("industries");

-- CreateIndex
CREATE INDEX "Zone_aliases_idx" ON "Zone" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "Zone_name_idx" ON "Zone" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ZoneAward_zoneId_year_idx" ON "ZoneAward"("zoneId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ZoneIndicator_zoneId_metric_year_key" ON "ZoneIndicator"("zoneId", "metric", "year");

-- CreateIndex
CREATE INDEX "ZonePartner_toId_idx" ON "ZonePartner"("toId");

-- CreateIndex
CREATE INDEX "ArticleZone_zoneId_idx" ON "ArticleZone"("zoneId");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_trackingCode_key" ON "Contribution"("trackingCode");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_articleId_key" ON "Contribution"("articleId");

-- CreateIndex
CREATE INDEX "Contribution_status_createdAt_idx" ON "Contribution"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Contribution_email_createdAt_idx" ON "Contribution"("email", "createdAt");

-- CreateIndex
CREATE INDEX "Contribution_contentHash_idx" ON "Contribution"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_trackingCode_key" ON "Inquiry"("trackingCode");

-- CreateIndex
CREATE INDEX "Inquiry_status_createdAt_idx" ON "Inquiry"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_email_createdAt_idx" ON "Inquiry"("email", "createdAt");

-- CreateIndex
CREATE INDEX "InquiryZone_zoneId_idx" ON "InquiryZone"("zoneId");

-- CreateIndex
CREATE INDEX "InquiryNote_inquiryId_createdAt_idx" ON "InquiryNote"("inquiryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_version_key" ON "Revision"("entityType", "entityId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "SearchOutbox_status_availableAt_id_idx" ON "SearchOutbox"("status", "availableAt", "id");

-- CreateIndex
CREATE INDEX "MailOutbox_status_availableAt_idx" ON "MailOutbox"("status", "availableAt");

-- CreateIndex
CREATE INDEX "SearchDocument_tokens_idx" ON "SearchDocument" USING GIN ("tokens");

-- CreateIndex
CREATE INDEX "SearchDocument_kind_publishedAt_idx" ON "SearchDocument"("kind", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "SearchDocument_docNumber_idx" ON "SearchDocument"("docNumber");

-- CreateIndex
CREATE INDEX "SearchDocument_pinyin_idx" ON "SearchDocument" USING GIN ("pinyin" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinSection" ADD CONSTRAINT "BulletinSection_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "Bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinItem" ADD CONSTRAINT "BulletinItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "BulletinSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneAward" ADD CONSTRAINT "ZoneAward_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneIndicator" ADD CONSTRAINT "ZoneIndicator_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZonePartner" ADD CONSTRAINT "ZonePartner_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZonePartner" ADD CONSTRAINT "ZonePartner_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleZone" ADD CONSTRAINT "ArticleZone_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleZone" ADD CONSTRAINT "ArticleZone_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryZone" ADD CONSTRAINT "InquiryZone_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryZone" ADD CONSTRAINT "InquiryZone_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryNote" ADD CONSTRAINT "InquiryNote_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryNote" ADD CONSTRAINT "InquiryNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
