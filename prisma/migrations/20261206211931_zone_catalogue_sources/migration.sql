-- CreateEnum
CREATE TYPE "ZoneType" AS ENUM ('etdz', 'hitech', 'customs', 'border', 'other');

-- AlterEnum
ALTER TYPE "ZoneOrigin" ADD VALUE 'catalogue';

-- AlterTable
ALTER TABLE "Zone" ADD COLUMN     "catalogueSource" TEXT,
ADD COLUMN     "catalogueSourceUrl" TEXT,
ADD COLUMN     "catalogueYear" INTEGER,
ADD COLUMN     "type" "ZoneType",
ALTER COLUMN "areaKm2" SET DATA TYPE DECIMAL(14,4);

-- CreateIndex
CREATE INDEX "Zone_status_type_idx" ON "Zone"("status", "type");
