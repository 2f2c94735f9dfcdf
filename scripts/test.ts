// `npm test`: the whole suite — typecheck, lint, unit tests, integration tests on real PostgreSQL and on
// the embedded database, a production build, and Playwright journeys in Debian's Chromium on PostgreSQL.
// Missing system packages (PostgreSQL, chromium) are installed when running as root in CI, otherwise
// the exact command to run is printed. Ends with one summary line: "N passed, N failed".
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildProduction, ensurePrismaClient, isBuildStale, ROOT } from "./lib/build";
import { canConnect, postgresUnreachableMessage, TEST_PG_ADMIN_URL } from "./lib/postgres";
import { incompleteLockEntries, readLockfile } from "./lib/supply-chain";

const args = new Set(process.argv.slice(2));
const only = (name: string) => args.size === 0 || args.has(`--${name}`);
const isRoot = process.getuid?.() === 0;
const mayInstall = isRoot && (process.env.CI === "true" || args.has("--install"));

const ADMIN_URL = TEST_PG_ADMIN_URL;
const RESULTS = path.join(ROOT, "test-results");
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];

function step(title: string) {
  console.log(`\n━━ ${title} ━━`);
}

function sh(command: string, commandArgs: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function aptInstall(packages: string[]) {
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function requireSystemPackage(label: string, present: () => boolean, packages: string[]) {
  if (present()) return;
  if (mayInstall) {
    console.log(`▶ 安装 ${label}：apt-get install -y ${packages.join(" ")}`);
    aptInstall(packages);
    if (present()) return;
  }
  console.error(
    `✗ 缺少 ${label}。请先运行：\n    sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}\n  （以 root 运行 \`npm test -- --install\` 可自动安装）`,
  );
  process.exit(1);
}

async function ensurePostgres() {
  if (await canConnect(ADMIN_URL)) return;
  requireSystemPackage("PostgreSQL", () => existsSync("/usr/bin/pg_ctlcluster"), ["postgresql"]);
  if (isRoot) {
    const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }).trim().split("\n")[0]?.split(/\s+/);
    if (clusters?.[0]) {
      spawnSync("pg_ctlcluster", [clusters[0], clusters[1], "start"], { stdio: "inherit" });
      spawnSync("su", ["postgres", "-c", `psql -qc "ALTER USER postgres PASSWORD 'postgres'"`], { stdio: "inherit" });
    }
  }
  for (let attempt = 0; attempt < 20 && !(await canConnect(ADMIN_URL)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!(await canConnect(ADMIN_URL))) {
    console.error(postgresUnreachableMessage(ADMIN_URL));
    process.exit(1);
  }
}

/** A fresh database per run (and per checkout, so two work trees never share one): no leftovers. */
async function freshDatabase(baseName: string): Promise<string> {
  const name = `${baseName}_${createHash("sha256").update(ROOT).digest("hex").slice(0, 6)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
}

function vitest(project: string, label: string, env: Record<string, string> = {}) {
  const output = path.join(RESULTS, `${label}.json`);
  const ok = sh(
    "npx",
    ["vitest", "run", "--config", "tests/vitest.config.ts", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`],
    env,
  );
  countVitest(output);
  if (!ok) failedSteps.push(label);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
ensurePrismaClient();

if (only("static")) {
  step("锁文件检查 lockfile");
  const incomplete = incompleteLockEntries(readLockfile(ROOT));
  if (incomplete.length) {
    console.error(
      `✗ package-lock.json 有 ${incomplete.length} 个条目缺少 version 或 integrity，\`npm ci\` 无法按锁定版本安装：\n    ${incomplete.slice(0, 20).join("\n    ")}\n  请删除这些条目后运行 \`npm install\` 重新生成锁文件（不要手工补写）。`,
    );
    failedSteps.push("lockfile");
  } else console.log("✓ package-lock.json：每个条目都有 version 和 integrity");
  step("类型检查 typecheck");
  if (!sh("npx", ["tsc", "--noEmit"])) failedSteps.push("typecheck");
  step("代码检查 lint");
  if (!sh("npx", ["eslint", "."])) failedSteps.push("lint");
}

if (only("unit")) {
  step("单元测试 unit");
  vitest("unit", "unit");
}

if (only("integration") || only("e2e")) await ensurePostgres();

if (only("integration")) {
  step("集成测试 integration · PostgreSQL");
  vitest("integration", "integration-postgres", { DATABASE_URL: await freshDatabase("zone_portal_test_integration") });
  step("集成测试 integration · 内置数据库 PGlite");
  vitest("integration", "integration-pglite", { DATABASE_URL: "pglite:memory://" });
}

if (only("e2e")) {
  requireSystemPackage("Chromium", () => existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"), ["chromium"]);
  step("构建 build");
  buildProduction();
  step("端到端测试 e2e · Chromium · PostgreSQL");
  const url = await freshDatabase("zone_portal_test_e2e");
  const env = { DATABASE_URL: url, SEED_SAMPLE_CONTENT: "true" };
  if (!sh("npx", ["tsx", "scripts/db.ts", "seed"], env)) failedSteps.push("e2e seed");
  else {
    if (!sh("npx", ["playwright", "test", "--config", "tests/playwright.config.ts"], { E2E_DATABASE_URL: url })) failedSteps.push("e2e");
    countPlaywright(path.join(RESULTS, "e2e.json"));
  }
}

// Optional, never in the default run: load and fault tests (scripts/resilience.ts), after a build.
if (args.has("--resilience")) {
  await ensurePostgres();
  step("韧性测试 resilience");
  if (isBuildStale()) buildProduction();
  const url = await freshDatabase("zone_portal_test_resilience");
  if (!sh("npx", ["tsx", "scripts/resilience.ts"], { RESILIENCE_DATABASE_URL: url })) failedSteps.push("resilience");
}

console.log(`\n${failedSteps.length ? `✗ 未通过：${failedSteps.join(", ")}` : "✓ 全部通过"}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
