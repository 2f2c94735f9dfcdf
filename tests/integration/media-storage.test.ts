import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createMediaStorage, isValidMediaKey, mediaKey, type MediaStorage } from "@/lib/media/storage";

async function text(storage: MediaStorage, key: string): Promise<string | null> {
  const object = await storage.get(key);
  return object ? new Response(object.body).text() : null;
}

/** The behaviour every storage must share, run against disk and against an S3-compatible server. */
function behavesLikeMediaStorage(open: () => MediaStorage) {
  it("stores, replaces, reads, checks and deletes bytes by key", async () => {
    const storage = open();
    const key = "2026/11/abc-cover.txt";
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, new TextEncoder().encode("第一版"), { contentType: "text/plain" });
    await storage.put(key, new TextEncoder().encode("第二版内容"), { contentType: "text/plain" });
    expect(await storage.exists(key)).toBe(true);
    const object = await storage.get(key);
    expect(object?.size).toBe(new TextEncoder().encode("第二版内容").length);
    expect(await text(storage, key)).toBe("第二版内容");
    await storage.delete(key);
    await storage.delete(key); // a missing key is not an error
    expect(await storage.exists(key)).toBe(false);
  });

  it("refuses keys that could leave the storage root", async () => {
    const storage = open();
    for (const key of ["../etc/passwd", "/abs/file", "a/../../b", "A/Upper.png", "a//b"]) {
      await expect(storage.put(key, new Uint8Array([1]), { contentType: "x/y" })).rejects.toThrow(/Invalid media key/);
    }
  });
}

describe("media keys", () => {
  it("are built from an id and a file name, month-bucketed and safe", () => {
    const key = mediaKey("ck9ZX_1", "滨海 Report 2026.PDF", new Date("2026-03-05T00:00:00Z"));
    expect(key).toBe("2026/03/ck9zx1-report-2026.pdf");
    expect(isValidMediaKey(key)).toBe(true);
    expect(isValidMediaKey(mediaKey("x", "照片.jpg"))).toBe(true);
  });
});

describe("disk media storage", () => {
  let root = "";
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "ops-media-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  let storage: MediaStorage;
  beforeAll(async () => {
    storage = await createMediaStorage(parseEnv({ MEDIA_DIR: root }));
  });

  behavesLikeMediaStorage(() => storage);

  it("leaves no partial files behind", async () => {
    await storage.put("2026/01/x.bin", new Uint8Array(1024), { contentType: "application/octet-stream" });
    expect(await readdir(path.join(root, "2026", "01"))).toEqual(["x.bin"]);
  });
});

describe("S3 media storage (AWS SDK against a local S3-compatible endpoint)", () => {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; url: string; signed: boolean }[] = [];
  let server: Server;
  let endpoint = "";

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push({ method: request.method ?? "", url: request.url ?? "", signed: /AWS4-HMAC-SHA256/.test(request.headers.authorization ?? "") });
      const key = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const stored = objects.get(key);
        if (request.method === "PUT") {
          objects.set(key, { body: Buffer.concat(chunks), contentType: String(request.headers["content-type"]) });
          response.writeHead(200, { ETag: '"1"' }).end();
        } else if (request.method === "DELETE") {
          objects.delete(key);
          response.writeHead(204).end();
        } else if (!stored) {
          response.writeHead(404, { "Content-Type": "application/xml" });
          response.end(request.method === "HEAD" ? undefined : "<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>");
        } else {
          response.writeHead(200, { "Content-Type": stored.contentType, "Content-Length": stored.body.length });
          response.end(request.method === "HEAD" ? undefined : stored.body);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const s3Env = () =>
    parseEnv({ MEDIA_STORAGE: "s3", S3_BUCKET: "zone-media", S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "test-key", S3_SECRET_ACCESS_KEY: "test-secret" });

  let storage: MediaStorage;
  beforeAll(async () => {
    storage = await createMediaStorage(s3Env());
  });

  behavesLikeMediaStorage(() => storage);

  it("uses the bucket in the path, signs every request and keeps the content type", async () => {
    await storage.put("2026/11/logo.png", new Uint8Array([137, 80, 78, 71]), { contentType: "image/png" });
    expect(objects.get("/zone-media/2026/11/logo.png")?.contentType).toBe("image/png");
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((request) => request.signed)).toBe(true);
  });

  it("is only chosen with a bucket", () => {
    expect(() => parseEnv({ MEDIA_STORAGE: "s3" })).toThrow(/S3_BUCKET/);
  });
});
