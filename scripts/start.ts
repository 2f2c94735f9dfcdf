// `npm start`: builds the portal when needed, then serves it on http://localhost:3000 (or PORT) behind
// the caching front (lib/http-cache). With DATABASE_URL unset it runs on the embedded database in .data/,
// created and seeded on first use. `npm run serve` does the same without the build check.
import http from "node:http";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { withOutageStatus } from "@/lib/database/outage";
import { env } from "@/lib/env";
import { createCachingFront } from "@/lib/http-cache/front";
import { startTagFeed } from "@/lib/http-cache/tag-feed";
import { parseTrustedProxies } from "@/lib/rate-limit/client-address";
import { withRequestGuards } from "@/lib/security/request-guard";
import { sampleAccounts } from "@/prisma/seed/zones";
import { buildProduction, isBuildStale, ROOT } from "./lib/build";

const args = process.argv.slice(2);
const portArg = args.includes("--port") ? Number(args[args.indexOf("--port") + 1]) : undefined;
const skipBuild = args.includes("--no-build");

if (!skipBuild && isBuildStale()) {
  console.log("▶ 正在构建生产版本（首次运行约需两三分钟）…");
  buildProduction();
}

// React and Next.js pick their production code paths from NODE_ENV, so it is set before either loads.
Object.assign(process.env, { NODE_ENV: "production" });
const config = env();
const port = portArg || config.PORT;
const started = Date.now();

const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
// The front also serves public pages without the App Router runtime, so it runs even with the cache off
// (HTTP_CACHE_MB=0: nothing is stored).
// What every request that reaches Next.js goes through (cache hits never do, so they stay on the front's
// short path): TRACE refused and the client address resolved from the socket (lib/security/request-guard.ts),
// and a database outage answered 503 with Retry-After instead of the error page's 500 (lib/database/outage.ts).
const toNext = withOutageStatus(withRequestGuards((req, res) => nextHandler(req, res), parseTrustedProxies(config.TRUSTED_PROXIES)));
const front = createCachingFront(toNext, { maxBytes: config.HTTP_CACHE_MB * 1024 * 1024, ttlMs: config.HTTP_CACHE_TTL_SECONDS * 1000 });
const target = resolveDatabaseTarget(config.DATABASE_URL, ROOT);
// On PostgreSQL other app nodes may publish: their revalidations reach this node's front through the database.
const tagFeed = config.HTTP_CACHE_MB > 0 && target.kind === "postgres" ? startTagFeed(target.url, 100, (line) => console.warn(line)) : null;
const server = http.createServer(front.handle);
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) => server.listen(port, resolve));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    front.close();
    void tagFeed?.stop();
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  });
}

const url = `http://localhost:${port}`;
for (;;) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (response.ok) break;
  } catch {
    // the first request may wait for the database to be prepared
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}
console.log(`\n✓ 开发区资讯门户已启动：${url}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
if (target.kind === "pglite") {
  const editor = sampleAccounts.find((account) => account.role === "editor");
  if (editor) console.log(`  编辑后台：${url}/admin　示例编辑账号：${editor.email}　密码：${editor.password}`);
}
