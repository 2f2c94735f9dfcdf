import "server-only";
import { db } from "@/lib/db";
import { mediaUrl } from "./validate";

export async function listMedia(limit = 60) {
  const rows = await db().mediaAsset.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map((row) => ({ ...row, url: mediaUrl(row.storageKey) }));
}

/** The stored file behind a public media address, when there is one. */
export async function getMediaByKey(storageKey: string) {
  return db().mediaAsset.findUnique({ where: { storageKey }, select: { storageKey: true, mimeType: true, byteSize: true } });
}
