// `npm start`: builds the portal when needed, then serves it on http://localhost:3000 (or PORT).
// With DATABASE_URL unset it runs on the embedded database in .data/, created and seeded on first use.
import { spawn } from "node:child_process";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { sampleAccounts } from "@/prisma/seed/zones";
import { buildProduction, isBuildStale, ROOT } from "./lib/build";

const args = process.argv.slice(2);
const port = Number(args[args.indexOf("--port") + 1] || process.env.PORT || 3000);
const skipBuild = args.includes("--no-build");

if (!skipBuild && isBuildStale()) {
  console.log("▶ 正在构建生产版本（首次运行约需两三分钟）…");
  buildProduction();
}

const target = resolveDatabaseTarget(process.env.DATABASE_URL, ROOT);
const server = spawn("npx", ["next", "start", "--port", String(port)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, PORT: String(port) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
const started = Date.now();
for (;;) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (response.ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}
console.log(`\n✓ 开发区资讯门户已启动：${url}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
if (target.kind === "pglite") {
  const editor = sampleAccounts.find((account) => account.role === "editor");
  if (editor) console.log(`  编辑后台：${url}/admin　示例编辑账号：${editor.email}　密码：${editor.password}`);
}
