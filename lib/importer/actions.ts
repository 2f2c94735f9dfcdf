"use server";

import { parseFormData } from "@/lib/auth/form-data";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { importDecoded } from "./index";
import { expandFile, importedRow, isArchive, isImportable, refusedRow, type BatchRow } from "./batch";
import { checkImportText, decodeDocument, MAX_IMPORT_BYTES, type DecodedDocument } from "./decode";
import { fetchUrl } from "./fetch-url";
import { documentFromForm } from "./form";
import { importFormSchema, importUrlSchema, type ImportedDocument } from "./schema";
import { storeImportedDocuments, type StoreOutcome } from "./store";

/** One pasted text or uploaded file: its text as read (for the side-by-side view) and what was parsed, or why not. */
export type ImportPreviewSource = { name: string; original: string; documents: ImportedDocument[]; error?: string };
/** `rows`: one line per source for the result table (documents, kind, title, warnings, or why it was refused). */
export type ImportPreview = { sources: ImportPreviewSource[]; rows: BatchRow[] };

const PASTED = "粘贴文本";
const PASTED_PAGE = "粘贴网页";
/** Files in one request, counting the files inside a .zip; the request itself is capped in next.config.ts. */
const MAX_FILES = 200;

/**
 * Parses pasted text (or the HTML the clipboard carried with it), a link (网址), and uploaded files — any
 * format the importer reads, many at once, .zip archives unpacked — for the editor to check; stores nothing.
 * Each source is reported on its own: one bad file never stops the others.
 */
export async function previewImport(_previous: ActionResult<ImportPreview> | null, formData: FormData): Promise<ActionResult<ImportPreview>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    await requirePermission("import.run");
    const text = formData.get("text");
    const html = formData.get("html");
    const rawUrl = formData.get("url");
    const files = formData.getAll("files").filter((value): value is File => value instanceof File && value.size > 0);
    const hasText = typeof text === "string" && text.trim() !== "";
    const hasHtml = typeof html === "string" && html.trim() !== "";
    const hasUrl = typeof rawUrl === "string" && rawUrl.trim() !== "";
    if (!hasText && !hasHtml && !hasUrl && files.length === 0) {
      throw new AppError("BAD_REQUEST", "请粘贴文本、填写网址或选择文件", { text: ["请粘贴文本、填写网址或选择文件"] });
    }
    const url = hasUrl ? importUrlSchema.safeParse(rawUrl) : null;
    if (url && !url.success) throw new AppError("BAD_REQUEST", url.error.issues[0].message, { url: url.error.issues.map((issue) => issue.message) });

    const sources: ImportPreviewSource[] = [];
    if (hasHtml) sources.push(await previewSource(PASTED_PAGE, () => decodeDocument(Buffer.from(html, "utf8"), `${PASTED_PAGE}.html`, { isFragment: true })));
    else if (hasText) sources.push(await previewSource(PASTED, async () => ({ text: checkImportText(text, PASTED), encoding: "UTF-8" })));
    if (url?.success) {
      sources.push(
        await previewSource(url.data, async () => {
          const fetched = await fetchUrl(url.data);
          return decodeDocument(fetched.bytes, fetched.fileName, { contentType: fetched.contentType, sourceUrl: fetched.url });
        }),
      );
    }
    let count = 0;
    for (const file of files) {
      for (const entry of await uploadedFiles(file)) {
        if ((count += 1) > MAX_FILES) throw new AppError("BAD_REQUEST", `一次最多导入 ${MAX_FILES} 个文件`, { files: [`一次最多导入 ${MAX_FILES} 个文件`] });
        sources.push(await previewSource(entry.name, entry.read));
      }
    }
    const rows = sources.map((source) => (source.error ? refusedRow(source.name, source.error) : importedRow(source.name, source.documents)));
    return { sources, rows };
  });
}

async function previewSource(name: string, read: () => Promise<DecodedDocument>): Promise<ImportPreviewSource> {
  try {
    const decoded = await read();
    const documents = importDecoded(decoded, name);
    if (!documents.length) return { name, original: decoded.text, documents, error: "没有识别出可导入的内容" };
    return { name, original: decoded.text, documents };
  } catch (error) {
    // A bad file is reported next to its name; the other files are still previewed.
    if (error instanceof AppError) return { name, original: "", documents: [], error: error.message };
    throw error;
  }
}

type Upload = { name: string; read: () => Promise<DecodedDocument> };

/** One uploaded file → the files to preview: itself, or the supported files of a .zip. */
async function uploadedFiles(file: File): Promise<Upload[]> {
  const refuse = (message: string): Upload[] => [{ name: file.name, read: () => Promise.reject(new AppError("BAD_REQUEST", message)) }];
  if (!isImportable(file.name) && !isArchive(file.name)) return refuse(`“${file.name}”的格式不支持，请上传 .txt、.md、.docx、.doc、.pdf、.html、.mhtml 或 .zip 文件`);
  if (!isArchive(file.name)) {
    if (file.size > MAX_IMPORT_BYTES) return refuse(`“${file.name}”过大，单个文件不能超过 8 MB`);
    return [{ name: file.name, read: async () => decodeDocument(new Uint8Array(await file.arrayBuffer()), file.name) }];
  }
  try {
    const { files } = expandFile(file.name, new Uint8Array(await file.arrayBuffer()));
    return files.map((entry) => ({
      name: entry.name,
      read: () => (entry.problem ? Promise.reject(new AppError("BAD_REQUEST", entry.problem)) : decodeDocument(entry.bytes, entry.name)),
    }));
  } catch (error) {
    if (error instanceof AppError) return refuse(error.message);
    throw error;
  }
}

export type SavedImport = { outcome: StoreOutcome };

/** Saves one previewed document, as corrected by the editor, as a draft (idempotent by content). */
export async function saveImportedDraft(_previous: ActionResult<SavedImport> | null, formData: FormData): Promise<ActionResult<SavedImport>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("import.run");
    const document = documentFromForm(parseFormData(importFormSchema, formData));
    const [outcome] = await storeImportedDocuments(db(), [document], { publish: false, actorId: user.id });
    return { outcome };
  });
}
