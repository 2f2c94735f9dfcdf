import path from "node:path";
import type { NextConfig } from "next";
import { OUTSIDE_ADMIN_SOURCE, publicCspHeaders, securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native and WebAssembly server packages stay in node_modules instead of being bundled.
  serverExternalPackages: [
    "@node-rs/jieba",
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "opencc-js",
    "pino",
    "@aws-sdk/client-s3",
    // importer formats: pdfjs loads its worker module and font data from its own folder; linkedom probes for canvas
    "pdfjs-dist",
    "linkedom",
    "word-extractor",
  ],
  // One cache for every app node, in PostgreSQL (README, "Shared cache"); no per-process copy in front of
  // it, or a node would keep serving what another node has just revalidated.
  cacheHandler: path.resolve(import.meta.dirname, "lib/cache/pg-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Compression happens once, ahead of time, in the caching front (see README, Performance).
  compress: false,
  poweredByHeader: false,
  // Uploads go through server actions: the admin import page (lib/importer/decode.ts allows 8 MB a file,
  // many files or a .zip at once) and the media library (5 MB an image, lib/media/validate.ts).
  experimental: { serverActions: { bodySizeLimit: "64mb" } },
  reactStrictMode: true,
  // Security headers on every response (lib/security/headers.ts); admin pages add a nonce CSP in proxy.ts.
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [
      { source: "/:path*", headers: securityHeaders(production) },
      { source: OUTSIDE_ADMIN_SOURCE, headers: publicCspHeaders(production) },
    ];
  },
  typedRoutes: false,
  turbopack: { root: path.resolve(import.meta.dirname) },
  outputFileTracingRoot: path.resolve(import.meta.dirname),
};

export default nextConfig;
