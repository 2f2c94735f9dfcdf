import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/**
 * public/enhance.js, the one script of public pages (lib/http-cache/islands.ts removes the App Router
 * runtime). Pages reference it with a content hash in the query, so the caching front can serve that
 * exact URL as immutable (lib/http-cache/front.ts) and a new version is fetched as soon as pages change.
 */
export const ENHANCE_SCRIPT_PATH = "/enhance.js";

export type EnhanceScript = {
  /** the versioned URL pages reference, e.g. `/enhance.js?v=Ab3…` */
  src: string;
  etag: string;
  bodies: { identity: Buffer; br: Buffer; gzip: Buffer };
};

let cached: EnhanceScript | null = null;

/** The script as read once from public/ (it changes only with a new build), with its compressed forms. */
export function enhanceScript(): EnhanceScript {
  if (!cached) {
    const identity = readFileSync(path.join(process.cwd(), "public", ENHANCE_SCRIPT_PATH));
    const version = createHash("sha256").update(identity).digest("base64url").slice(0, 12);
    cached = {
      src: `${ENHANCE_SCRIPT_PATH}?v=${version}`,
      etag: `"${version}"`,
      bodies: { identity, br: zlib.brotliCompressSync(identity), gzip: zlib.gzipSync(identity, { level: 9 }) },
    };
  }
  return cached;
}

/** The versioned URL of the enhancement script, for the public layout. */
export function enhanceScriptSrc(): string {
  return enhanceScript().src;
}
