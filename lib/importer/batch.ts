import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ARCHIVE_EXTENSIONS, extensionOf, IMPORT_EXTENSIONS } from "./decode";
import { readZipArchive } from "./formats/zip";
import { IMPORT_KIND_LABELS, type ImportedDocument } from "./schema";

/**
 * Batches: a folder or a .zip becomes the list of files in it that the importer reads, each imported on
 * its own so that one bad file never stops the others; every file ends as one row of the result table
 * (file → documents, kind, title, warnings, or the reason it was refused). Used by `npm run import` and
 * the admin import page alike.
 */
export type BatchFile = { name: string; bytes: Uint8Array; problem?: string };
export type BatchRow = { file: string; documents: number; kind: string; title: string; notes: string; refused: boolean };

export function isImportable(name: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

export function isArchive(name: string): boolean {
  return (ARCHIVE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** An uploaded or named file → the files to import: a .zip gives its supported entries (named zip/entry). */
export function expandFile(name: string, bytes: Uint8Array): { files: BatchFile[]; skipped: string[] } {
  if (!isArchive(name)) return { files: [{ name, bytes }], skipped: [] };
  const entries = readZipArchive(bytes, `“${path.basename(name)}”`);
  const files: BatchFile[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const entryName = `${path.basename(name)}/${entry.name}`;
    if (isImportable(entry.name)) files.push({ name: entryName, bytes: entry.bytes, ...(entry.problem ? { problem: entry.problem } : {}) });
    else if (isArchive(entry.name)) files.push({ name: entryName, bytes: entry.bytes, problem: "压缩包中的压缩包不会展开，请解压后再导入" });
    else skipped.push(entryName);
  }
  return { files, skipped };
}

/** Command-line paths → files to read: folders are walked (sorted, hidden entries skipped), files kept as given. */
export async function collectPaths(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const entry of paths) {
    const info = await stat(entry).catch(() => null);
    if (info?.isDirectory()) await walk(entry, files, skipped);
    else files.push(entry); // a missing or unreadable file is reported when it is read
  }
  return { files, skipped };
}

async function walk(folder: string, files: string[], skipped: string[]) {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, files, skipped);
    else if (isImportable(entry.name) || isArchive(entry.name)) files.push(full);
    else skipped.push(full);
  }
}

/** Reads a path and expands it when it is a .zip; an unreadable path throws (reported by the caller). */
export async function readBatchPath(file: string): Promise<{ files: BatchFile[]; skipped: string[] }> {
  const bytes = await readFile(file);
  return isArchive(file) ? expandFile(file, bytes) : { files: [{ name: path.basename(file), bytes }], skipped: [] };
}

export function importedRow(file: string, documents: ImportedDocument[]): BatchRow {
  const kinds = [...new Set(documents.map((doc) => IMPORT_KIND_LABELS[doc.kind]))];
  const warnings = [...new Set(documents.flatMap((doc) => (doc.warnings ?? []).map((warning) => warning.message)))];
  return {
    file,
    documents: documents.length,
    kind: kinds.join("、"),
    title: documents.length === 1 ? documents[0].title : `${documents[0]?.title ?? ""} 等 ${documents.length} 篇`,
    notes: warnings.join("；"),
    refused: false,
  };
}

export function refusedRow(file: string, reason: string): BatchRow {
  return { file, documents: 0, kind: "", title: "", notes: reason, refused: true };
}
