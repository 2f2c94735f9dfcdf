import iconv from "iconv-lite";
import { AppError } from "@/lib/errors";
import { headerCharset } from "./html";

/**
 * A page saved as one file (.mhtml / .mht, "Web archive"): a MIME multipart/related message. Its first
 * text/html part is the page; the address it was saved from (Snapshot-Content-Location or the part's
 * Content-Location) is where the page came from. Parts are decoded from quoted-printable or base64.
 */
export type MhtmlPage = { bytes: Uint8Array; contentType: string; location?: string };

export function readMhtml(bytes: Uint8Array, name: string): MhtmlPage {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = parseHeaders(head);
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(headers.get("content-type") ?? "")?.[1];
  if (!boundary) {
    // A single-part archive: the body is the page itself.
    if (/text\/html/i.test(headers.get("content-type") ?? "")) {
      return { bytes: decodeBody(rest.join("\n\n"), headers), contentType: headers.get("content-type") ?? "text/html", location: headers.get("content-location") };
    }
    throw new AppError("BAD_REQUEST", `${name} 不是有效的网页归档（.mhtml）文件`);
  }
  const body = rest.join("\n\n");
  for (const part of body.split(`--${boundary}`).slice(1)) {
    if (part.startsWith("--")) break;
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const partHeaders = parseHeaders(part.slice(0, split.index));
    const contentType = partHeaders.get("content-type") ?? "";
    if (!/text\/html/i.test(contentType)) continue;
    return {
      bytes: decodeBody(part.slice(split.index + split[0].length), partHeaders),
      contentType,
      location: headers.get("snapshot-content-location") ?? partHeaders.get("content-location"),
    };
  }
  throw new AppError("BAD_REQUEST", `${name} 中没有网页内容`);
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, headers: Map<string, string>): Uint8Array {
  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64");
  const bytes =
    encoding === "quoted-printable"
      ? Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1")
      : Buffer.from(body, "latin1");
  // A part declared in a charset the HTML does not name itself: re-encode to UTF-8 so the page decoder agrees.
  const charset = headerCharset(headers.get("content-type"));
  return charset && iconv.encodingExists(charset) && !/utf-?8/i.test(charset) ? Buffer.from(iconv.decode(bytes, charset), "utf8") : bytes;
}
