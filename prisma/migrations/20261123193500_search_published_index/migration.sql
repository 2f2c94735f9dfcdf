-- CreateIndex
CREATE INDEX "SearchDocument_publishedAt_idx" ON "SearchDocument"("publishedAt" DESC);
