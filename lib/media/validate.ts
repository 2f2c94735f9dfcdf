/**
 * What an upload really is, by its first bytes (magic numbers), never by its name or the browser's
 * claimed type: only raster images we can serve safely. SVG is refused (it can carry script).
 */
export const MEDIA_MAX_BYTES = 5 * 1024 * 1024;

export type ImageType = { mimeType: "image/jpeg" | "image/png" | "image/gif" | "image/webp"; extension: ".jpg" | ".png" | ".gif" | ".webp" };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", extension: ".jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: "image/png", extension: ".png" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return { mimeType: "image/gif", extension: ".gif" };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { mimeType: "image/webp", extension: ".webp" };
  return null;
}

/** Width and height from the header, when the format puts them at a fixed place (PNG, GIF); else null. */
export function imageSize(bytes: Uint8Array, type: ImageType): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type.mimeType === "image/png" && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (type.mimeType === "image/gif" && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  return null;
}

export type UploadCheck = { ok: true; type: ImageType } | { ok: false; reason: "empty" | "too_large" | "not_an_image"; message: string };

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

export function checkUpload(bytes: Uint8Array, maxBytes = MEDIA_MAX_BYTES): UploadCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty", message: "文件是空的" };
  if (bytes.length > maxBytes) return { ok: false, reason: "too_large", message: `图片不能超过 ${sizeLabel(maxBytes)}` };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, reason: "not_an_image", message: "只能上传 JPEG、PNG、GIF 或 WebP 图片" };
  return { ok: true, type };
}

/** The public address of a stored file (served by app/api/media/[...key]/route.ts). */
export function mediaUrl(storageKey: string): string {
  return `/api/media/${storageKey}`;
}
