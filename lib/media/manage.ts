import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mediaKey, mediaStorage, type MediaStorage } from "./storage";
import { checkUpload, imageSize } from "./validate";

/**
 * Media library writes. The bytes go to the storage first, then the row: a failed insert leaves at
 * most an orphan file (harmless), never a row pointing at nothing.
 */
export async function uploadMedia(actor: { id: string }, file: { name: string; bytes: Uint8Array }, alt: string | null, storage?: MediaStorage) {
  const check = checkUpload(file.bytes);
  if (!check.ok) throw new AppError(check.reason === "too_large" ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", check.message, { file: [check.message] });
  const id = randomUUID().replace(/-/g, "");
  const stem = file.name.replace(/\.[^.]*$/, "");
  const storageKey = mediaKey(id, `${stem}${check.type.extension}`);
  await (storage ?? (await mediaStorage())).put(storageKey, file.bytes, { contentType: check.type.mimeType });
  const size = imageSize(file.bytes, check.type);
  return db().$transaction(async (tx) => {
    const asset = await tx.mediaAsset.create({
      data: { id, storageKey, originalName: file.name.slice(0, 200), mimeType: check.type.mimeType, byteSize: file.bytes.length, width: size?.width ?? null, height: size?.height ?? null, alt: alt ?? "", uploadedById: actor.id },
    });
    await recordAudit({ actorId: actor.id, action: "media.upload", detail: { mediaId: asset.id, storageKey, byteSize: asset.byteSize } }, tx);
    return asset;
  });
}

export async function updateMediaAlt(actor: { id: string }, id: string, alt: string) {
  await db().$transaction(async (tx) => {
    await tx.mediaAsset.update({ where: { id }, data: { alt } });
    await recordAudit({ actorId: actor.id, action: "media.update", detail: { mediaId: id } }, tx);
  });
}

export async function deleteMedia(actor: { id: string }, id: string, storage?: MediaStorage) {
  const asset = await db().mediaAsset.findUnique({ where: { id } });
  if (!asset) throw new AppError("NOT_FOUND", "文件不存在");
  await db().$transaction(async (tx) => {
    await tx.mediaAsset.delete({ where: { id } });
    await recordAudit({ actorId: actor.id, action: "media.delete", detail: { mediaId: id, storageKey: asset.storageKey } }, tx);
  });
  await (storage ?? (await mediaStorage())).delete(asset.storageKey);
}
