import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { chunkBytes } from "./chunks";

/**
 * Holds back an HTML response that Next.js writes to `res` until it is complete, so that the front can
 * rewrite it (lib/http-cache/islands.ts) before a byte leaves. Whether a response is HTML is decided
 * when Next.js first flushes headers or writes: anything else (RSC payloads, JSON, redirects, files)
 * goes through untouched and still streams. `rewrite` also runs for HEAD (its output is dropped), so
 * both get the same headers; it may change the status and headers on `res`; if it
 * throws, the response is sent as Next.js made it.
 */
export function rewriteHtmlResponse(res: ServerResponse, isHead: boolean, rewrite: (html: string) => Promise<string>): void {
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
  let mode: "undecided" | "pass" | "hold" = "undecided";
  const chunks: Buffer[] = [];

  function restore() {
    Object.assign(res, original);
  }

  function decide() {
    if (mode !== "undecided") return;
    const type = String(res.getHeader("content-type") ?? "");
    const encoding = res.getHeader("content-encoding");
    mode = /^text\/html\b/i.test(type) && (encoding === undefined || encoding === "identity") ? "hold" : "pass";
    if (mode === "pass") restore();
  }

  function keep(chunk: unknown, encoding: unknown) {
    const bytes = chunkBytes(chunk, encoding);
    if (bytes) chunks.push(bytes);
  }

  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    res.statusCode = statusCode;
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null) as OutgoingHttpHeaders | readonly unknown[] | undefined;
    if (Array.isArray(headers)) {
      const flat = headers.flat() as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(String(flat[i]), String(flat[i + 1]));
    } else if (headers) {
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
    }
    decide();
    return res;
  }) as ServerResponse["writeHead"];

  res.flushHeaders = () => {
    decide();
    if (mode === "pass") res.flushHeaders();
  };

  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    decide();
    if (mode === "pass") return (res.write as (...args: unknown[]) => boolean)(chunk, encoding, callback);
    keep(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => (done as () => void)());
    return true;
  }) as ServerResponse["write"];

  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    decide();
    if (mode === "pass") return (res.end as (...args: unknown[]) => ServerResponse)(chunk, encoding, callback);
    keep(chunk, encoding);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function") as (() => void) | undefined;
    const body = Buffer.concat(chunks);
    const send = (html: Buffer) => {
      restore();
      if (!res.headersSent) {
        res.removeHeader("transfer-encoding");
        if (isHead) res.removeHeader("content-length");
        else res.setHeader("content-length", html.length);
      }
      res.end(isHead ? undefined : html, done);
    };
    if (res.destroyed) {
      send(body);
      return res;
    }
    rewrite(body.toString("utf8")).then(
      (html) => send(Buffer.from(html, "utf8")),
      () => send(body),
    );
    return res;
  }) as ServerResponse["end"];
}
