/**
 * A chunk as Node's `res.write(chunk, encoding)` / `res.end(chunk, encoding)` receive it, copied into a
 * Buffer of its own (the caller may reuse its memory once the call returns); null for what carries no
 * bytes (nothing, or a callback in the chunk's place). Used by the front's copy of a response
 * (front.ts) and by the hold-back of public HTML (html-response.ts).
 */
export function chunkBytes(chunk: unknown, encoding?: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
  return null;
}
