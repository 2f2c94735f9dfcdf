import chardet from "chardet";
import iconv from "iconv-lite";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors";
import { CJK } from "./text";

/**
 * Bytes from an upload or a file → text, or a clear message why not (AppError, nothing stored).
 * UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030 and Big5 plain text, and .docx.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const IMPORT_EXTENSIONS = [".txt", ".md", ".docx"] as const;

export type DecodedDocument = { text: string; encoding: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const BINARY_SIGNATURES: { bytes: number[]; label: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], label: "PDF" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], label: "PNG 图片" },
  { bytes: [0xff, 0xd8, 0xff], label: "JPEG 图片" },
  { bytes: [0x47, 0x49, 0x46, 0x38], label: "GIF 图片" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], label: "旧版 Word（.doc）" },
  { bytes: [0x1f, 0x8b], label: "压缩包" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], label: "程序" },
];
const CHINESE_ENCODINGS = new Set(["GB18030", "GBK", "GB2312", "Big5"]);

export async function decodeDocument(bytes: Uint8Array, fileName: string): Promise<DecodedDocument> {
  const name = displayName(fileName);
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", `${name} 是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${name} 过大（${megabytes(bytes.length)} MB），单个文件不能超过 ${megabytes(MAX_IMPORT_BYTES)} MB`);
  }
  const decoded = startsWith(bytes, ZIP) ? await decodeDocx(bytes, name) : decodePlainText(bytes, name);
  return { ...decoded, text: checkImportText(decoded.text, name) };
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

export function decodePlainText(bytes: Uint8Array, name: string): DecodedDocument {
  const signature = BINARY_SIGNATURES.find((entry) => startsWith(bytes, entry.bytes));
  if (signature) throw new AppError("BAD_REQUEST", `${name} 是${signature.label}，请上传 .txt、.md 或 .docx 文件`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: buffer.subarray(3).toString("utf8"), encoding: "UTF-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(buffer.subarray(2), "utf16le"), encoding: "UTF-16LE" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(buffer.subarray(2), "utf16be"), encoding: "UTF-16BE" };
  if (looksBinary(bytes)) throw new AppError("BAD_REQUEST", `${name} 不是文本文件，请上传 .txt、.md 或 .docx 文件`);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "UTF-8" };
  const candidate = chardet.analyse(bytes).find((match) => CHINESE_ENCODINGS.has(match.name) && match.confidence >= 10);
  if (!candidate) throw new AppError("BAD_REQUEST", `无法识别 ${name} 的文字编码，请另存为 UTF-8 或 GBK 后再导入`);
  const encoding = candidate.name === "Big5" ? "Big5" : "GB18030";
  const text = iconv.decode(buffer, encoding);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > Math.max(3, text.length / 200)) {
    throw new AppError("BAD_REQUEST", `无法识别 ${name} 的文字编码，请另存为 UTF-8 或 GBK 后再导入`);
  }
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

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
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
