import iconv from "iconv-lite";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors";
import { decodeWith, guessTextEncoding } from "./formats/charset";
import { decodeDoc } from "./formats/doc";
import { decodeHtmlBytes, readHtmlPage } from "./formats/html";
import { readMhtml } from "./formats/mhtml";
import { decodePdf } from "./formats/pdf";
import type { ImportHints, ImportWarning } from "./schema";
import { CJK } from "./text";

/**
 * Bytes from an upload, a file or a fetched URL → text, or a clear message why not (AppError, nothing
 * stored). Plain text (UTF-8 with or without BOM, UTF-16 with BOM, GBK/GB18030, Big5), Word (.docx, .doc,
 * .wps where readable), PDF with a text layer, and web pages (.html, .htm, .mhtml/.mht). Formats that state
 * things about themselves (a page's meta tags) return them as `hints`; a format's own limits (images not
 * fetched, pages without text) come back as `warnings`. Every format's text then goes through the same
 * clean → classify → parse pipeline (`importDecoded` in ./index).
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const IMPORT_EXTENSIONS = [".txt", ".md", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".mhtml", ".mht"] as const;
/** Batches: a .zip is unpacked and each supported file in it imported (lib/importer/formats/zip.ts). */
export const ARCHIVE_EXTENSIONS = [".zip"] as const;
const SUPPORTED = ".txt、.md、.docx、.doc、.pdf、.html 或 .mhtml";

export type DecodedDocument = { text: string; encoding: string; hints?: ImportHints; warnings?: ImportWarning[] };
/**
 * What the transport knows: the HTTP Content-Type (charset, HTML or PDF) and the address fetched;
 * `isFragment` for HTML pasted from the clipboard (a selection, not a whole page with chrome).
 */
export type DecodeOptions = { contentType?: string; sourceUrl?: string; isFragment?: boolean };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const BINARY_SIGNATURES: { bytes: number[]; label: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], label: "PNG 图片" },
  { bytes: [0xff, 0xd8, 0xff], label: "JPEG 图片" },
  { bytes: [0x47, 0x49, 0x46, 0x38], label: "GIF 图片" },
  { bytes: [0x1f, 0x8b], label: "压缩包" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], label: "程序" },
];

export async function decodeDocument(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): Promise<DecodedDocument> {
  const name = displayName(fileName);
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", `${name} 是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${name} 过大（${megabytes(bytes.length)} MB），单个文件不能超过 ${megabytes(MAX_IMPORT_BYTES)} MB`);
  }
  const decoded = await decodeByFormat(bytes, name, extensionOf(fileName), options);
  const hints = options.sourceUrl ? { ...decoded.hints, sourceUrl: options.sourceUrl } : decoded.hints;
  return { ...decoded, ...(hints ? { hints } : {}), text: checkImportText(decoded.text, name) };
}

async function decodeByFormat(bytes: Uint8Array, name: string, extension: string, options: DecodeOptions): Promise<DecodedDocument> {
  const contentType = (options.contentType ?? "").toLowerCase();
  if (extension === ".zip") throw new AppError("BAD_REQUEST", `${name} 是压缩包，请用批量导入（命令行 npm run import -- 文件.zip，或在导入页面选择它）`);
  if (startsWith(bytes, PDF)) {
    const { text, warnings } = await decodePdf(bytes, name);
    return { text, encoding: "PDF", warnings };
  }
  if (startsWith(bytes, OLE)) return { text: await decodeDoc(bytes, name, extension), encoding: extension === ".wps" ? "WPS" : "DOC" };
  if (startsWith(bytes, ZIP)) {
    if (extension === ".wps") throw new AppError("BAD_REQUEST", `${name} 是 WPS 文字文件，无法直接读取；请在 WPS 中“另存为”Word 文档（.docx）后再导入`);
    return decodeDocx(bytes, name);
  }
  if (extension === ".pdf" || extension === ".doc") throw new AppError("BAD_REQUEST", `${name} 的内容不是${extension === ".pdf" ? " PDF" : " Word 文档"}，文件可能已损坏`);
  if (extension === ".mhtml" || extension === ".mht" || looksLikeMhtml(bytes)) {
    const page = readMhtml(bytes, name);
    return decodeHtml(page.bytes, { contentType: page.contentType, sourceUrl: options.sourceUrl ?? page.location });
  }
  if (extension === ".html" || extension === ".htm" || extension === ".xhtml" || contentType.includes("html") || looksLikeHtml(bytes)) {
    return decodeHtml(bytes, options);
  }
  return decodePlainText(bytes, name);
}

function decodeHtml(bytes: Uint8Array, options: DecodeOptions): DecodedDocument {
  const { html, encoding } = decodeHtmlBytes(bytes, options.contentType);
  const page = readHtmlPage(html, { baseUrl: options.sourceUrl, isFragment: options.isFragment });
  return { text: page.text, encoding: `HTML ${encoding}`, hints: page.hints, warnings: page.warnings };
}

/** Pasted or decoded text: refuse what cannot be a document before any parsing. */
export function checkImportText(text: string, name = "文本"): string {
  if (!text.trim()) throw new AppError("BAD_REQUEST", `${name} 没有可导入的文字`);
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${name} 过大，单次导入不能超过 ${megabytes(MAX_IMPORT_BYTES)} MB`);
  }
  const visible = text.replace(/\s/g, "");
  const chinese = (visible.match(new RegExp(`[${CJK}]`, "g")) ?? []).length;
  if (chinese < 10 || chinese / visible.length < 0.2) {
    throw new AppError("BAD_REQUEST", `${name} 中未识别出中文正文（可能是乱码或非文本内容）`);
  }
  return text;
}

/** Plain text bytes → text; `supported` names the files the caller takes, for the refusal message. */
export function decodePlainText(bytes: Uint8Array, name: string, supported: string = SUPPORTED): DecodedDocument {
  const signature = BINARY_SIGNATURES.find((entry) => startsWith(bytes, entry.bytes));
  if (signature) throw new AppError("BAD_REQUEST", `${name} 是${signature.label}，请上传 ${supported} 文件`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: buffer.subarray(3).toString("utf8"), encoding: "UTF-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(buffer.subarray(2), "utf16le"), encoding: "UTF-16LE" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(buffer.subarray(2), "utf16be"), encoding: "UTF-16BE" };
  if (looksBinary(bytes)) throw new AppError("BAD_REQUEST", `${name} 不是文本文件，请上传 ${supported} 文件`);
  const encoding = guessTextEncoding(bytes);
  const text = encoding ? decodeWith(bytes, encoding) : null;
  if (!encoding || text === null) throw new AppError("BAD_REQUEST", `无法识别 ${name} 的文字编码，请另存为 UTF-8 或 GBK 后再导入`);
  return { text, encoding };
}

async function decodeDocx(bytes: Uint8Array, name: string): Promise<DecodedDocument> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: result.value, encoding: "DOCX" };
  } catch {
    // mammoth rejects a zip that is not a Word document; the editor needs to know which file, not the zip error.
    throw new AppError("BAD_REQUEST", `${name} 不是有效的 Word（.docx）文件`);
  }
}

/** Text that starts (after a BOM and blanks) with a doctype, <html>, or a comment before one. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<!--") && head.includes("<html"));
}

function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return /^(?:From|MIME-Version|Snapshot-Content-Location|Subject|Date):/m.test(head) && /multipart\/related/i.test(head);
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** NUL bytes or many control characters: not text in any encoding we read. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  }
  return control > sample.length / 100;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function megabytes(size: number): string {
  return (size / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}

function displayName(fileName: string): string {
  return `“${fileName.split(/[\\/]/).pop() || "文件"}”`;
}
