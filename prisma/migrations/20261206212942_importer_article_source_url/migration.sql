-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "sourceUrl" TEXT;
