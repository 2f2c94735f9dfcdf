import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMedia, uploadMedia } from "@/lib/media/manage";
import { getMediaByKey, listMedia } from "@/lib/media/queries";
import { DiskMediaStorage } from "@/lib/media/storage";
import { createEditor } from "@/tests/factories/editorial";
import { useTestDatabase } from "@/tests/support/database";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0]);

describe(`media library (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  let folder: string;
  let storage: DiskMediaStorage;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "content-media-"));
    storage = new DiskMediaStorage(folder);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));
  beforeEach(useTestDatabase);

  it("stores an image's bytes and its row, serves it by key, and deletes both", async () => {
    const editor = await createEditor("editor");
    const asset = await uploadMedia(editor, { name: "园区全景.PNG", bytes: PNG }, "园区全景", storage);
    expect(asset).toMatchObject({ mimeType: "image/png", byteSize: PNG.length, width: 2, height: 3, alt: "园区全景" });
    expect(asset.storageKey).toMatch(/^\d{4}\/\d{2}\/[a-z0-9]+\.png$/);
    expect(await storage.exists(asset.storageKey)).toBe(true);
    expect(await getMediaByKey(asset.storageKey)).toMatchObject({ mimeType: "image/png" });
    expect((await listMedia()).map((item) => item.url)).toEqual([`/api/media/${asset.storageKey}`]);
    expect(await db().auditEvent.count({ where: { action: "media.upload" } })).toBe(1);

    await deleteMedia(editor, asset.id, storage);
    expect(await storage.exists(asset.storageKey)).toBe(false);
    expect(await getMediaByKey(asset.storageKey)).toBeNull();
  });

  it("refuses files that are not images, whatever their name, and stores nothing", async () => {
    const editor = await createEditor("editor");
    await expect(uploadMedia(editor, { name: "cover.png", bytes: new TextEncoder().encode("<svg onload=alert(1)>") }, null, storage)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(uploadMedia(editor, { name: "big.png", bytes: new Uint8Array(6 * 1024 * 1024) }, null, storage)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await db().mediaAsset.count()).toBe(0);
  });
});
