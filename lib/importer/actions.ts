"use server";

import { parseFormData } from "@/lib/auth/form-data";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { importText } from "./index";
import { checkImportText, decodeDocument, IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from "./decode";
import { documentFromForm } from "./form";
import { importFormSchema, type ImportedDocument } from "./schema";
import { storeImportedDocuments, type StoreOutcome } from "./store";

/** One pasted text or uploaded file: its text as read (for the side-by-side view) and what was parsed, or why not. */
export type ImportPreviewSource = { name: string; original: string; documents: ImportedDocument[]; error?: string };
export type ImportPreview = { sources: ImportPreviewSource[] };

const PASTED = "粘贴文本";
const MAX_FILES = 20;

/** Parses pasted text and uploaded .txt/.md/.docx files for the editor to check; stores nothing. */
export async function previewImport(_previous: ActionResult<ImportPreview> | null, formData: FormData): Promise<ActionResult<ImportPreview>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    await requirePermission("import.run");
    const text = formData.get("text");
    const files = formData.getAll("files").filter((value): value is File => value instanceof File && value.size > 0);
    const hasText = typeof text === "string" && text.trim() !== "";
    if (!hasText && files.length === 0) throw new AppError("BAD_REQUEST", "请粘贴文本或选择文件", { text: ["请粘贴文本或选择文件"] });
    if (files.length > MAX_FILES) throw new AppError("BAD_REQUEST", `一次最多导入 ${MAX_FILES} 个文件`, { files: [`一次最多导入 ${MAX_FILES} 个文件`] });

    const sources: ImportPreviewSource[] = [];
    if (hasText) sources.push(await previewSource(PASTED, async () => checkImportText(text, PASTED)));
    for (const file of files) sources.push(await previewSource(file.name, () => readUpload(file)));
    return { sources };
  });
}

async function previewSource(name: string, read: () => Promise<string>): Promise<ImportPreviewSource> {
  try {
    const original = await read();
    const documents = importText(original, name);
    if (!documents.length) return { name, original, documents, error: "没有识别出可导入的内容" };
    return { name, original, documents };
  } catch (error) {
    // A bad file is reported next to its name; the other files are still previewed.
    if (error instanceof AppError) return { name, original: "", documents: [], error: error.message };
    throw error;
  }
}

async function readUpload(file: File): Promise<string> {
  const extension = file.name.slice(file.name.lastIndexOf(".")).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new AppError("BAD_REQUEST", `“${file.name}”不是 .txt、.md 或 .docx 文件`);
  }
  if (file.size > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `“${file.name}”过大，单个文件不能超过 8 MB`);
  const { text } = await decodeDocument(new Uint8Array(await file.arrayBuffer()), file.name);
  return text;
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
