import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly server packages stay in node_modules instead of being bundled.
  serverExternalPackages: [
    "@node-rs/jieba",
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "opencc-js",
    "pino",
    "@aws-sdk/client-s3",
  ],
  // Compression happens once, ahead of time, in the caching front (see README, Performance).
  compress: false,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  turbopack: { root: path.resolve(import.meta.dirname) },
  outputFileTracingRoot: path.resolve(import.meta.dirname),
};

export default nextConfig;
