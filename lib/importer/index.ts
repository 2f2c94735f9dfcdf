import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { cleanParagraphs } from "./clean";
import { decodeDocument, type DecodedDocument, type DecodeOptions } from "./decode";
import { addFormatWarnings, applyHints } from "./hints";
import { splitListing } from "./listing";
import { parseDocument } from "./parse";
import { DRY_RUN_FIELDS, type ImportedDocument, type ImportHints } from "./schema";

/**
 * The importer: raw text in, structured documents out, pure (no I/O). A listing page gives one document
 * per item. Decode files first with `decodeDocument` (./decode), store with `storeImportedDocuments` (./store).
 */
export function importText(text: string, sourceName: string, hints: ImportHints = {}): ImportedDocument[] {
  return applyHints(parseText(text, sourceName), hints);
}

function parseText(text: string, sourceName: string): ImportedDocument[] {
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

/** A file's bytes → documents: decode (encoding, format), then `importDecoded`. Bad input throws AppError. */
export async function importBytes(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): Promise<ImportedDocument[]> {
  const documents = importDecoded(await decodeDocument(bytes, fileName, options), fileName);
  if (!documents.length) throw new AppError("BAD_REQUEST", `“${fileName}”中没有可导入的内容`);
  return documents;
}

/** Decoded text → documents, with the format's hints merged and its warnings attached. */
export function importDecoded(decoded: DecodedDocument, sourceName: string): ImportedDocument[] {
  return addFormatWarnings(importText(decoded.text, sourceName, decoded.hints), decoded.warnings);
}

/** The object `npm run import -- --dry-run --json` prints for a document: the issue's fields, in its order. */
export function dryRunView(doc: ImportedDocument): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const field of DRY_RUN_FIELDS) {
    const value = doc[field];
    if (value !== undefined || field === "publishedAt") view[field] = value ?? null;
  }
  return view;
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
