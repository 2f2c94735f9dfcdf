-- Search: keep "SearchDocument" heap rows narrow. Long values (body, tokens) move to TOAST as soon as a
-- row passes 128 bytes, so a search that counts and facets many matches reads small rows and never the
-- tokens. Only the top candidates have their tokens read, for ranking. This is a storage parameter that
-- the Prisma schema does not describe, so it causes no drift.
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);
