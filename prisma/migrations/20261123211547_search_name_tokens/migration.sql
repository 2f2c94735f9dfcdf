-- Search: bounded work per query on large corpora (see lib/search/engines/embedded.ts).
-- Facet values become lexemes of "tokens", so one GIN scan answers a text search and its filters together.
-- "nameTokens" holds the title and alias lexemes (weights A and B of "tokens"): small and GIN-indexed, so
-- title-tier candidates and suggestions never read the large "tokens" values. Indexes on the filter
-- columns serve searches without text.
-- DropIndex
DROP INDEX "SearchDocument_pinyin_idx";

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "nameTokens" tsvector;

-- CreateIndex
CREATE INDEX "SearchDocument_nameTokens_idx" ON "SearchDocument" USING GIN ("nameTokens");

-- CreateIndex
CREATE INDEX "SearchDocument_region_idx" ON "SearchDocument"("region");

-- CreateIndex
CREATE INDEX "SearchDocument_year_idx" ON "SearchDocument"("year");

-- CreateIndex
CREATE INDEX "SearchDocument_zones_idx" ON "SearchDocument" USING GIN ("zones");

-- Written by hand (storage parameters the Prisma schema does not describe, so they cause no drift):
-- the GIN indexes answer searches without a pending list to scan (writes are few, reads many).
ALTER INDEX "SearchDocument_tokens_idx" SET (fastupdate = off);
ALTER INDEX "SearchDocument_nameTokens_idx" SET (fastupdate = off);
-- the narrow columns every match is checked or counted on stay in the heap row (compressed if need be,
-- moved to TOAST only if the row would not fit a page), so reading thousands of matches never reads TOAST.
ALTER TABLE "SearchDocument"
  ALTER COLUMN "id" SET STORAGE MAIN,
  ALTER COLUMN "kind" SET STORAGE MAIN,
  ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "region" SET STORAGE MAIN,
  ALTER COLUMN "zones" SET STORAGE MAIN,
  ALTER COLUMN "docNumber" SET STORAGE MAIN,
  ALTER COLUMN "pinyin" SET STORAGE MAIN,
  ALTER COLUMN "nameTokens" SET STORAGE MAIN;
-- The rows indexed before this migration get their names from their tokens, and their facet values as
-- lexemes (U+E000 "kind=…", "region=…", "zone=…", "year=…", see facetLexemes in lib/search/engines/embedded-text.ts).
UPDATE "SearchDocument" SET
  "nameTokens" = strip(ts_filter("tokens", '{a,b}')),
  "tokens" = "tokens" || array_to_tsvector(ARRAY(
    SELECT DISTINCT chr(57344) || pair
    FROM unnest(ARRAY['kind=' || "kind", 'region=' || "region", 'year=' || "year"::text]
      || ARRAY(SELECT 'zone=' || zone FROM unnest("zones") AS zone)) AS pair
    WHERE pair IS NOT NULL))
WHERE "tokens" IS NOT NULL;
