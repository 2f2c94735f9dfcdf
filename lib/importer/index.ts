import { createHash } from "node:crypto";
import { cleanParagraphs } from "./clean";
import { splitListing } from "./listing";
import { parseDocument } from "./parse";
import type { ImportedDocument } from "./schema";

/**
 * The importer: raw text in, structured documents out, pure (no I/O). A listing page gives one document
 * per item. Decode files first with `decodeDocument` (./decode), store with `storeImportedDocuments` (./store).
 */
export function importText(text: string, sourceName: string): ImportedDocument[] {
  const items = splitListing(text);
  if (items) {
    return items
      .map((item) => ({ item, paragraphs: cleanParagraphs(item.text) }))
      .filter(({ paragraphs }) => paragraphs.length > 0)
      .map(({ item, paragraphs }) => parseDocument(paragraphs, sourceName, { publishedAt: item.publishedAt }));
  }
  const paragraphs = cleanParagraphs(text);
  return paragraphs.length > 0 ? [parseDocument(paragraphs, sourceName)] : [];
}

/**
 * Identity of a document's content for idempotent imports: the same text imported twice (under any
 * file name) has the same hash; any change to what a reader sees gives a new one.
 */
export function contentHash(doc: ImportedDocument): string {
  const content = {
    kind: doc.kind,
    title: doc.title,
    publishedAt: doc.publishedAt,
    region: doc.region ?? null,
    docNumber: doc.docNumber ?? null,
    publisher: doc.publisher ?? null,
    issueNumber: doc.issueNumber ?? null,
    totalIssueNumber: doc.totalIssueNumber ?? null,
    sections: doc.sections ?? null,
    body: doc.body ?? null,
  };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

export type { ImportedDocument } from "./schema";
