-- Search: keep "SearchDocument" heap rows narrow. Long values (body, tokens) move to TOAST as soon as a
-- row passes 128 bytes, so a search that counts and facets tens of thousands of matches reads small rows
-- and never the tokens; only the top candidates' tokens are read, for ranking. (A storage parameter:
-- Prisma's schema does not describe it, so it causes no drift.)
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);
