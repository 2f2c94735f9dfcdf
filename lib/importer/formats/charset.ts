import chardet from "chardet";
import iconv from "iconv-lite";

/**
 * Which encoding undeclared bytes are in: strict UTF-8 first, then the Chinese legacy encodings chardet
 * recognises (GBK/GB2312 read as their superset GB18030, and Big5); null when it is none of these.
 */
const CHINESE_ENCODINGS = new Set(["GB18030", "GBK", "GB2312", "Big5"]);

export function detectTextEncoding(bytes: Uint8Array): string {
  return guessTextEncoding(bytes) ?? "UTF-8";
}

export function guessTextEncoding(bytes: Uint8Array): string | null {
  if (isStrictUtf8(bytes)) return "UTF-8";
  const candidate = chardet.analyse(bytes).find((match) => CHINESE_ENCODINGS.has(match.name) && match.confidence >= 10);
  if (!candidate) return null;
  return candidate.name === "Big5" ? "Big5" : "GB18030";
}

/** The text, or null when too much of it does not decode (the guess was wrong). */
export function decodeWith(bytes: Uint8Array, encoding: string): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  return replaced > Math.max(3, text.length / 200) ? null : text;
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
