// `npm run test:resilience`: load and fault tests on loopback against the production build (run
// `npm run build` first). 500 concurrent public submissions (投稿 and 招商咨询), a database outage in the
// middle of a second wave, and a one-client burst against the rate limit. Prints each figure and exits
// non-zero if any falls short. Bounded: a few minutes on a busy machine.
// The outage: by default this run's own database is cut off (its connections terminated, new ones
// refused for OUTAGE_MS) so other work on a shared PostgreSQL is not disturbed; `-- --restart-postgres`
// (root) restarts the whole cluster with `pg_ctlcluster 15 main restart` instead, as CI does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./lib/build";
import { readAsvsFigure } from "./lib/asvs";
import { canConnect, postgresUnreachableMessage, TEST_PG_ADMIN_URL } from "./lib/postgres";
import { floorViolations, installedVersion, readLockfile, runNpmAudit, VERSION_FLOORS } from "./lib/supply-chain";

const ADMIN_URL = TEST_PG_ADMIN_URL;
const PORT = Number(process.env.RESILIENCE_PORT ?? 3119);
const BASE = `http://127.0.0.1:${PORT}`;
const TOTAL = Number(process.env.RESILIENCE_SUBMISSIONS ?? 500);
const CONCURRENCY = Number(process.env.RESILIENCE_CONCURRENCY ?? 500);
const isRoot = process.getuid?.() === 0;
const restartCluster = process.argv.includes("--restart-postgres");
const OUTAGE_MS = 6000;

type Figure = { name: string; value: string; ok: boolean };
const figures: Figure[] = [];
function figure(name: string, value: string | number, ok: boolean): void {
  figures.push({ name, value: String(value), ok });
  console.log(`${ok ? "✓" : "✗"} ${name}: ${value}`);
}

/** `npm test -- --resilience` hands over a fresh database; run alone, this makes its own (dropped first). */
async function freshDatabase(): Promise<string> {
  if (process.env.RESILIENCE_DATABASE_URL) return process.env.RESILIENCE_DATABASE_URL;
  const url = new URL(ADMIN_URL);
  url.pathname = `/zp_security_resilience_${createHash("sha256").update(ROOT).digest("hex").slice(0, 6)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  for (const statement of ["DROP DATABASE IF EXISTS $1 WITH (FORCE)", "CREATE DATABASE $1"]) await admin.query(statement.replace("$1", `"${url.pathname.slice(1)}"`));
  await admin.end();
  return url.toString();
}

function startServer(databaseUrl: string): ChildProcess {
  const server = spawn("npx", ["tsx", "scripts/start.ts", "--no-build", "--port", String(PORT)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "resilience-secret-resilience-secret-0123", SITE_URL: BASE, RUN_JOBS: "true", TRUSTED_PROXIES: "loopback" },
    detached: true,
  });
  // The server's output goes to test-results/resilience-server.log; its error lines (pino level ≥ 50 on
  // stdout, error headlines on stderr) are summarised at the end.
  mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  const log = createWriteStream(SERVER_LOG);
  server.stdout?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    serverErrors.push(...chunk.toString().split("\n").filter((line) => /"level":(5|6)\d/.test(line)));
  });
  server.stderr?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    serverErrors.push(...chunk.toString().split("\n").filter((line) => /^\s*(⨯ )?\w*Error\b|^\s*⚠/.test(line)));
  });
  return server;
}
const serverErrors: string[] = [];
const SERVER_LOG = path.join(ROOT, "test-results/resilience-server.log");

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** The hidden fields of a public form (server action ids included), as a browser without JavaScript posts them. */
async function scrapeHiddenFields(pagePath: string, label: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${BASE}${pagePath}`)).text();
  const form = new RegExp(`<form[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    if (!/type="hidden"/.test(attributes)) continue;
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (name) fields[decodeEntities(name)] = decodeEntities(/\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? "");
  }
  if (!Object.keys(fields).some((name) => name.startsWith("$ACTION"))) throw new Error(`${pagePath}: no server action fields found in form “${label}”`);
  return fields;
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

const BODY = "本文介绍开发区近期的招商引资进展、产业配套与营商环境改善情况，供投资者参考。".repeat(30);

function contributionFields(index: number, tag: string): Record<string, string> {
  return {
    title: `韧性测试投稿 ${tag} 第${index}篇`,
    body: `${BODY}（编号 ${tag}-${index}）`,
    category: "招商资讯",
    authorName: "测试作者",
    organisation: "韧性测试单位",
    email: `c-${tag}-${index}@resilience.example.cn`,
    phone: `138${String(10_000_000 + index).slice(-8)}`,
    isOriginal: "on",
    acceptTerms: "on",
    website: "",
  };
}

function inquiryFields(index: number, tag: string): Record<string, string> {
  return {
    category: "policy",
    company: `韧性测试企业 ${tag}-${index}`,
    contactName: "测试联系人",
    email: `i-${tag}-${index}@resilience.example.cn`,
    phone: `139${String(10_000_000 + index).slice(-8)}`,
    message: `想了解开发区的招商政策与落地流程，编号 ${tag}-${index}。`,
    consent: "on",
    website: "",
  };
}

type Outcome = { kind: "contribution" | "inquiry" | "page or handler"; email: string; status: number; acknowledged: boolean; body: string; retryAfter: string | null };

async function submit(kind: Outcome["kind"], hidden: Record<string, string>, fields: Record<string, string>, client: string): Promise<Outcome> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...hidden, ...fields })) form.append(name, value);
  const pagePath = kind === "contribution" ? "/contribute" : "/inquiry";
  try {
    const response = await fetch(`${BASE}${pagePath}`, { method: "POST", body: form, redirect: "manual", headers: { "x-forwarded-for": client, origin: BASE }, signal: AbortSignal.timeout(120_000) });
    const body = await response.text();
    // No-JS success: the action redirects to the confirmation page (303 + Location …/received).
    const acknowledged = response.status === 303 && /\/received/.test(response.headers.get("location") ?? "");
    return { kind, email: fields.email ?? "", status: response.status, acknowledged, body, retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    return { kind, email: fields.email ?? "", status: 0, acknowledged: false, body: String(error), retryAfter: null };
  }
}

// Read while the database is away (one after another, from the cut until the restore): the form pages (their zone list may come from the shared cache, so
// they can still answer 200), a route handler, and a zone page under a new address each time (no cache can
// answer it: the render must ask the database). Each failure must be a 503 in Chinese with Retry-After.
let probeNumber = 0;
const OUTAGE_PROBES: { name: string; kind: "page" | "handler"; path: () => string }[] = [
  { name: "/contribute", kind: "page", path: () => "/contribute" },
  { name: "/inquiry", kind: "page", path: () => "/inquiry" },
  { name: "/zones/<new>", kind: "page", path: () => `/zones/resilience-probe-${++probeNumber}` },
  { name: "/api/search", kind: "handler", path: () => `/api/search?q=${encodeURIComponent(`园区${++probeNumber}`)}` },
];

/** One read during the outage; `email` holds the probe's name. */
async function probe(target: (typeof OUTAGE_PROBES)[number]): Promise<Outcome> {
  try {
    const response = await fetch(`${BASE}${target.path()}`, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
    return { kind: "page or handler", email: target.name, status: response.status, acknowledged: false, body: await response.text(), retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    return { kind: "page or handler", email: target.name, status: 0, acknowledged: false, body: String(error), retryAfter: null };
  }
}

/** A failure is clean when it is a 503 with a Chinese message and Retry-After (not a 500, not a dropped connection). */
const isUncleanFailure = (outcome: Outcome) => (outcome.status >= 500 || outcome.status === 0) && (outcome.status !== 503 || !/[\u4e00-\u9fff]/.test(outcome.body) || !outcome.retryAfter);

async function pool<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await (tasks[index] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

async function storedCounts(databaseUrl: string, outcomes: Outcome[]): Promise<{ missing: number; duplicated: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let missing = 0;
  let duplicated = 0;
  for (const [table, kind] of [["Contribution", "contribution"], ["Inquiry", "inquiry"]] as const) {
    const emails = outcomes.filter((outcome) => outcome.kind === kind && outcome.acknowledged).map((outcome) => outcome.email);
    const rows = await client.query<{ email: string; n: string }>(`SELECT email, count(*) AS n FROM "${table}" WHERE email = ANY($1) GROUP BY email`, [emails]);
    const counts = new Map(rows.rows.map((row) => [row.email, Number(row.n)]));
    for (const email of emails) {
      const count = counts.get(email) ?? 0;
      if (count === 0) missing++;
      if (count > 1) duplicated++;
    }
  }
  await client.end();
  return { missing, duplicated };
}

function wave(tag: string, total: number, hidden: { contribution: Record<string, string>; inquiry: Record<string, string> }): (() => Promise<Outcome>)[] {
  // Each simulated client sends at most 5 (the per-client limit is 10 an hour), each email once.
  return Array.from({ length: total }, (_, index) => {
    const client = `10.${tag.length}.${Math.floor(index / 5) >> 8}.${Math.floor(index / 5) & 255}`;
    return index % 2 === 0
      ? () => submit("contribution", hidden.contribution, contributionFields(index, tag), client)
      : () => submit("inquiry", hidden.inquiry, inquiryFields(index, tag), client);
  });
}

const SQLMAP_TARGETS = [
  "/api/search?q=%E5%9B%AD%E5%8C%BA&kind=news&region=%E6%B1%9F%E8%8B%8F&year=2020&sort=date&page=1",
  "/api/search/suggest?q=%E5%9B%AD%E5%8C%BA",
  "/zones?province=%E6%B1%9F%E8%8B%8F&level=national&industry=x&sort=name",
];

/** sqlmap (Debian package), boolean/error/union techniques, level 1, each target capped at 4 minutes. */
function runSqlmap(): void {
  if (spawnSync("sqlmap", ["--version"], { encoding: "utf8" }).status !== 0) {
    console.log("– sqlmap skipped: not installed (apt-get install -y sqlmap)");
    return;
  }
  let injectable = 0;
  let tested = 0;
  for (const target of SQLMAP_TARGETS) {
    const run = spawnSync(
      "sqlmap",
      ["-u", `${BASE}${target}`, "--batch", "--level", "1", "--risk", "1", "--technique", "BEU", "--threads", "4", "--disable-coloring", "--flush-session", "--output-dir", "/tmp/security-sqlmap"],
      { encoding: "utf8", timeout: 240_000 },
    );
    const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
    tested += new URL(`${BASE}${target}`).searchParams.size;
    const found = output.split("\n").filter((line) => /parameter '.+' (is|appears to be) .*injectable/i.test(line) && !/not injectable|does not seem/i.test(line));
    injectable += found.length;
    const verdict = found.length
      ? found.join("; ")
      : run.error
        ? `stopped (${run.error.message})`
        : /do not appear to be injectable/.test(output)
          ? "all tested parameters do not appear to be injectable"
          : `no verdict: ${output.trim().split("\n").at(-1) ?? ""}`;
    console.log(`  sqlmap ${target.split("?")[0]}: ${verdict}`);
  }
  figure(`sqlmap injectable parameters (of ${tested} tested)`, injectable, injectable === 0);
}

/**
 * Cuts this run's database off — new connections refused, open ones terminated — runs `during` while it is
 * away (each probe one after another, so the server is not flooded), and restores it after `ms`.
 */
async function cutOffDatabase(databaseUrl: string, ms: number, during: (until: number) => Promise<void>): Promise<boolean> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    const until = Date.now() + ms;
    await Promise.all([during(until), new Promise((resolve) => setTimeout(resolve, ms))]);
    return true;
  } finally {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

/** Restarts the whole cluster (root, CI) while `during` runs. */
async function restartPostgres(during: (until: number) => Promise<void>): Promise<boolean> {
  const restart = new Promise<boolean>((resolve) => spawn("pg_ctlcluster", ["15", "main", "restart"], { stdio: "inherit" }).on("exit", (code) => resolve(code === 0)));
  const [restarted] = await Promise.all([restart, during(Date.now() + 3000)]);
  return restarted;
}

/** Status, page title and the first message-looking text of an answer, for the log. */
function describe(outcome: Outcome): string {
  const title = /<title>([^<]*)<\/title>/.exec(outcome.body)?.[1] ?? "";
  const alert = /role="(?:alert|status)"[^>]*>([\s\S]{0,240})/.exec(outcome.body)?.[1]?.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() ?? "";
  return `${outcome.kind} ${outcome.status} “${title}” ${alert}`.slice(0, 300);
}

function countBy(values: readonly (number | string)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The most frequent server error messages, for the log. */
function summariseServerErrors(): string {
  const messages = serverErrors.map((line) => {
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; code?: string; message?: string } };
      return `${entry.msg ?? ""}: ${entry.err?.type ?? ""} ${entry.err?.code ?? ""} ${entry.err?.message ?? ""}`.replace(/\s+/g, " ").slice(0, 200);
    } catch {
      return line.trim().slice(0, 200);
    }
  });
  const counts = Object.entries(countBy(messages)).sort((a, b) => b[1] - a[1]);
  return counts.slice(0, 4).map(([message, count]) => `${count}× ${message}`).join("\n    ");
}

/** A form answered with the generic INTERNAL message: a bug or an unhandled condition, never a proper refusal. */
const isInternalError = (outcome: Outcome) => outcome.body.includes("服务器内部错误");

const leaksStack = (outcome: Outcome) => /\bat [\w.<>]+ \(|node_modules|Error: .*\n\s+at /.test(outcome.body);

async function main(): Promise<void> {
  // It needs a PostgreSQL it may create a database on (and cut off): say so, rather than die on ECONNREFUSED.
  if (!(await canConnect(process.env.RESILIENCE_DATABASE_URL || ADMIN_URL))) {
    console.error(postgresUnreachableMessage(process.env.RESILIENCE_DATABASE_URL || ADMIN_URL));
    process.exit(1);
  }
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    console.error("✗ 没有生产构建：请先运行 npm run build");
    process.exit(1);
  }
  const databaseUrl = await freshDatabase();
  console.log("▶ 准备数据库（迁移 + 示例数据）…");
  if (spawnSync("npx", ["tsx", "scripts/db.ts", "seed"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl, SEED_SAMPLE_CONTENT: "true" } }).status !== 0) {
    console.error("✗ 数据库准备失败");
    process.exit(1);
  }
  const server = startServer(databaseUrl);
  const stop = () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.on("exit", stop);
  try {
    if (!(await waitFor(`${BASE}/api/health`, 180_000))) throw new Error("server did not start");
    const hidden = { contribution: await scrapeHiddenFields("/contribute", "投稿表单"), inquiry: await scrapeHiddenFields("/inquiry", "招商咨询表单") };

    // 1. 500 concurrent submissions
    console.log(`▶ ${TOTAL} 份并发提交（投稿与招商咨询各半，并发 ${CONCURRENCY}）…`);
    let started = Date.now();
    const first = await pool(wave("a", TOTAL, hidden), CONCURRENCY);
    const acknowledged = first.filter((outcome) => outcome.acknowledged).length;
    const fiveHundreds = first.filter((outcome) => outcome.status >= 500).length;
    const stored = await storedCounts(databaseUrl, first);
    figure(`acknowledged submissions (of ${TOTAL}, ${((Date.now() - started) / 1000).toFixed(0)} s)`, acknowledged, acknowledged > 0);
    figure("5xx responses under load", fiveHundreds, fiveHundreds === 0);
    figure("acknowledged but missing in the database", stored.missing, stored.missing === 0);
    figure("acknowledged but stored more than once", stored.duplicated, stored.duplicated === 0);
    const internal = first.filter(isInternalError).length;
    figure("submissions refused with an internal error under load", internal, internal === 0);
    const refused = first.filter((outcome) => !outcome.acknowledged);
    if (refused.length) console.log(`  (not acknowledged: ${JSON.stringify(countBy(refused.map((o) => o.status)))}; e.g. ${describe(refused[0] as Outcome)})`);

    // 2. A database outage in the middle of a second wave
    if (restartCluster && !(isRoot && existsSync("/usr/bin/pg_ctlcluster"))) throw new Error("--restart-postgres needs root and pg_ctlcluster");
    console.log(restartCluster ? "▶ 第二轮提交期间重启 PostgreSQL…" : `▶ 第二轮提交期间切断本次数据库 ${OUTAGE_MS / 1000} 秒…`);
    started = Date.now();
    const second = pool(wave("bb", 200, hidden), 50);
    const probes: Outcome[] = [];
    const probeUntil = async (until: number) => {
      while (Date.now() < until) for (const target of OUTAGE_PROBES) probes.push(await probe(target));
    };
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const outage = restartCluster ? await restartPostgres(probeUntil) : await cutOffDatabase(databaseUrl, OUTAGE_MS, probeUntil);
    const outcomes = await second;
    const during = outcomes.filter((outcome) => !outcome.acknowledged);
    const unclean = [...during, ...probes].filter(isUncleanFailure);
    const stacks = [...outcomes, ...probes].filter(leaksStack);
    const probed503 = (kind: "page" | "handler") => probes.filter((outcome) => outcome.status === 503 && OUTAGE_PROBES.some((target) => target.name === outcome.email && target.kind === kind)).length;
    if (unclean.length) console.log(`  (e.g. ${describe(unclean[0] as Outcome)})`);
    figure(restartCluster ? "PostgreSQL restart" : "database cut off and restored", outage ? "done" : "failed", outage);
    figure("failures during the outage that were not a clean 503 in Chinese with Retry-After (form posts, pages, route handlers)", unclean.length, unclean.length === 0);
    figure(
      `reads during the outage (${probes.length}) answered 503 — pages, route handlers`,
      `${probed503("page")}, ${probed503("handler")} (${OUTAGE_PROBES.map((target) => `${target.name} ${JSON.stringify(countBy(probes.filter((o) => o.email === target.name).map((o) => o.status)))}`).join(", ")})`,
      probed503("page") > 0 && probed503("handler") > 0,
    );
    figure("responses with a stack trace", stacks.length, stacks.length === 0);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await submit("inquiry", hidden.inquiry, inquiryFields(1, "recovery"), "10.9.9.9");
    figure("recovered without an app restart (a submission after the outage is acknowledged)", after.acknowledged ? "yes" : `no (${after.status})`, after.acknowledged);
    const kept = await storedCounts(databaseUrl, outcomes);
    figure(`acknowledged during the outage wave (${outcomes.filter((o) => o.acknowledged).length}) but missing`, kept.missing, kept.missing === 0);
    figure("stored more than once (outage wave)", kept.duplicated, kept.duplicated === 0);
    console.log(`  (outage wave took ${((Date.now() - started) / 1000).toFixed(0)} s; ${during.length} refused during the outage; statuses ${JSON.stringify(countBy(during.map((o) => o.status)))})`);

    // 3. Rate limit: one client bursts, another is not blocked
    const burst = await pool(Array.from({ length: 30 }, (_, index) => () => submit("inquiry", hidden.inquiry, inquiryFields(index, "burst"), "10.200.0.1")), 30);
    const burstAccepted = burst.filter((outcome) => outcome.acknowledged).length;
    const other = await submit("inquiry", hidden.inquiry, inquiryFields(1, "other"), "10.200.0.2");
    figure("burst of 30 from one client: accepted (limit 10 an hour)", burstAccepted, burstAccepted <= 10);
    figure("burst answered with 5xx", burst.filter((outcome) => outcome.status >= 500).length, burst.every((outcome) => outcome.status < 500));
    figure("another client during the burst is accepted", other.acknowledged ? "yes" : `no (${other.status})`, other.acknowledged);
    // Search engine down while editors publish: publishing writes the outbox row in the same transaction and
    // the index catches up after recovery (ids and versions compared) — proved by
    // tests/integration/search-sync.test.ts ("catches up after the engine fails…"), not repeated here.
    console.log("– search engine outage while publishing: see tests/integration/search-sync.test.ts (index = database after recovery)");

    // 4. sqlmap against the public search API and the list filters (bounded; skipped when not installed)
    runSqlmap();

    // 5. Supply chain: version floors always; npm audit only when the registry can audit (never "passed" otherwise)
    const violations = floorViolations(readLockfile(ROOT), (name) => installedVersion(ROOT, name));
    figure(`version floors (${Object.entries(VERSION_FLOORS).map(([name, floor]) => `${name} ≥ ${floor}`).join(", ")}) broken`, violations.length ? violations.join("; ") : 0, violations.length === 0);
    const audit = runNpmAudit(ROOT);
    if (audit.status === "unavailable") console.log(`– npm audit (high/critical): unavailable — ${audit.detail}`);
    else figure("npm audit high/critical advisories", `${audit.high + audit.critical} (${audit.detail})`, audit.status === "passed");

    // 6. The ASVS 5.0 L2 checklist (docs/security/asvs-l2.md): a share to report, not a pass/fail line
    const asvs = readAsvsFigure(ROOT);
    console.log(
      `– ASVS 5.0 L2 applicable requirements met: ${Math.round(asvs.metShare * 100)} % (${asvs.met} met, ${asvs.partial} partial, ${asvs.open} open of ${asvs.applicable}; ${asvs["N/A"]} N/A)`,
    );
  } finally {
    stop();
  }
  if (serverErrors.length) console.log(`  (server error lines: ${serverErrors.length}, in ${path.relative(ROOT, SERVER_LOG)}; most frequent:\n    ${summariseServerErrors()})`);
  const failed = figures.filter((item) => !item.ok);
  console.log(`\n${failed.length ? `✗ ${failed.length} figure(s) fell short` : "✓ every figure holds"}`);
  process.exit(failed.length ? 1 : 0);
}

await main();
