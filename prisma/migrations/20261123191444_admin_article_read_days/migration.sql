-- CreateTable
CREATE TABLE "ArticleReadDay" (
    "articleId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleReadDay_pkey" PRIMARY KEY ("articleId","day")
);

-- CreateIndex
CREATE INDEX "ArticleReadDay_day_idx" ON "ArticleReadDay"("day");

-- AddForeignKey
ALTER TABLE "ArticleReadDay" ADD CONSTRAINT "ArticleReadDay_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
