import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import { env, type Env } from "@/lib/env";

/**
 * Where media bytes live. The database (lib/media) owns everything *about* a file — its name, MIME
 * type, size, who uploaded it — and hands this interface an opaque key; the storage only keeps bytes.
 * Disk (MEDIA_DIR) is the default; MEDIA_STORAGE=s3 puts them in any S3-compatible object store, which
 * every app node shares — the choice for more than one node (a disk folder must then be a shared volume).
 *
 * Keys are lowercase paths like `2026/11/ck3x…-cover.jpg`: [a-z0-9] segments with `.`, `_` and `-`,
 * separated by `/`; never absolute, never `..`. Callers build them with `mediaKey()`.
 */
export type MediaObject = {
  /** a fresh stream for each call; hand it to `new Response(body)` */
  body: ReadableStream<Uint8Array>;
  size: number;
};

export interface MediaStorage {
  readonly kind: "disk" | "s3";
  /** stores the bytes under the key, replacing what was there; atomic for readers */
  put(key: string, bytes: Uint8Array, options: { contentType: string }): Promise<void>;
  /** null when nothing is stored under the key */
  get(key: string): Promise<MediaObject | null>;
  /** removing a missing key is not an error */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export function isValidMediaKey(key: string): boolean {
  return key.length <= 512 && KEY_PATTERN.test(key) && !key.split("/").some((segment) => segment === "." || segment === "..");
}

function assertMediaKey(key: string): void {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
}

/** `2026/11/<id>-<safe-name>.<ext>`: unique by id, readable by name, spread over month folders. */
export function mediaKey(id: string, fileName: string, now: Date = new Date()): string {
  const extension = path.extname(fileName).toLowerCase().replace(/[^a-z0-9.]/g, "");
  const stem = path
    .basename(fileName, path.extname(fileName))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  const safeId = id.toLowerCase().replace(/[^a-z0-9]/g, "");
  return `${now.getUTCFullYear()}/${month}/${safeId}${stem ? `-${stem}` : ""}${extension}`;
}

export class DiskMediaStorage implements MediaStorage {
  readonly kind = "disk";
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertMediaKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write beside, then rename: a reader never sees a half-written file.
    const temporary = `${target}.${randomUUID()}.partial`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }

  async get(key: string): Promise<MediaObject | null> {
    const file = this.pathOf(key);
    const info = await statOrNull(file);
    if (!info?.isFile()) return null;
    return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return (await statOrNull(this.pathOf(key)))?.isFile() ?? false;
  }
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
    throw error;
  }
}

/** The subset of the AWS SDK client this module uses, so tests can hand in a recording double. */
export type S3Sender = Pick<S3Client, "send">;

function isNotFound(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return status === 404;
}

export class S3MediaStorage implements MediaStorage {
  readonly kind = "s3";

  constructor(
    private readonly client: S3Sender,
    private readonly bucket: string,
  ) {}

  async put(key: string, bytes: Uint8Array, { contentType }: { contentType: string }): Promise<void> {
    assertMediaKey(key);
    const { PutObjectCommand } = await import("@aws-sdk/client-s3");
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }));
  }

  async get(key: string): Promise<MediaObject | null> {
    assertMediaKey(key);
    const { GetObjectCommand } = await import("@aws-sdk/client-s3");
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!result.Body) return null;
      return { body: result.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: Number(result.ContentLength ?? 0) };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertMediaKey(key);
    const { DeleteObjectCommand } = await import("@aws-sdk/client-s3");
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertMediaKey(key);
    const { HeadObjectCommand } = await import("@aws-sdk/client-s3");
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}

/** Builds the storage the configuration names. The AWS SDK is only loaded when S3 is configured. */
export async function createMediaStorage(config: Env = env()): Promise<MediaStorage> {
  if (config.MEDIA_STORAGE === "disk") return new DiskMediaStorage(config.MEDIA_DIR);
  const { S3Client } = await import("@aws-sdk/client-s3");
  const credentials =
    config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
      : undefined; // → the SDK's default chain (instance role, AWS_* variables)
  const client = new S3Client({
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials,
  });
  return new S3MediaStorage(client, config.S3_BUCKET ?? "");
}

let shared: Promise<MediaStorage> | undefined;

/** The storage of this process. */
export function mediaStorage(): Promise<MediaStorage> {
  shared ??= createMediaStorage();
  return shared;
}
