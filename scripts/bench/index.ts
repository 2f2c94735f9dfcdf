// `npm run bench -- importer-quality [--verbose]` only scores the importer on labelled real pages (no build, no database);
// `npm run bench -- search-quality` only runs the labelled query set by query type (see searchQualityMain).
// `npm run bench [-- --quick] [--no-build] [--port N] [--lighthouse-runs N] [--search-documents N] [--only cached,uncached,freshness,forms,weight,nginx,editors,lighthouse,embedded,search,importer,importer-quality,catalogue]`: builds the production
// server, loads a generated corpus into PostgreSQL, runs every measurement of the performance issue in
// one go and prints a table with target and pass/fail per row; the figures go to bench/results/*.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { articlePath } from "@/lib/articles/routes";
import { runMain } from "../lib/cli";
import { buildProduction, isBuildStale, ROOT } from "../lib/build";
import { FULL_CORPUS, QUICK_CORPUS, type Corpus } from "./corpus";
import { benchImporterQuality } from "./importer-quality";
import { prepareBenchDatabase } from "./database";
import { cachedRows, freshnessRows, nginxRows, uncachedRows, type UncachedMix } from "./http-rows";
import { formRows, lighthouseRows, pageWeightRows, type PublicRoute } from "./page-rows";
import { percentile, startPortal, type RunningPortal } from "./portal";
import { ms, notAvailable, printTable, verdict, writeResults, type BenchRow } from "./report";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes("--quick");
const port = Number(option("--port") ?? 3108);
const lighthouseRuns = Number(option("--lighthouse-runs") ?? (quick ? 0 : 5));
/** `--only cached,uncached,…` runs some areas (cold start always runs: it starts the portal). */
const only = option("--only")?.split(",").map((area) => area.trim()) ?? (args.includes("importer-quality") ? ["importer-quality"] : undefined);
const want = (area: string) => !only || only.includes(area);
const searchDocuments = option("--search-documents") ? Number(option("--search-documents")) : quick ? 2000 : undefined;
const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const BENCH_DB = "zp_perf_bench";
const AUTH_SECRET = "bench-only-secret-0123456789abcdef0123456789";

const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s`;
function progress(line: string) {
  console.log(`  [${elapsed()}] ${line}`);
}
function step(title: string) {
  console.log(`\n▶ [${elapsed()}] ${title}`);
}

function pagesOf(corpus: Corpus) {
  const news = corpus.articles.filter((article) => article.kind === "news");
  const policies = corpus.articles.filter((article) => article.kind === "policy");
  const reports = corpus.articles.filter((article) => article.kind === "report");
  const article = news[Math.floor(news.length / 2)];
  const path_ = (a: (typeof news)[number]) => articlePath(a.kind, a.slug);
  return {
    article,
    articlePath: path_(article),
    newsPaths: news.slice(0, 120).map(path_),
    policyPaths: policies.slice(0, 60).map(path_),
    reportPath: path_(reports[0]),
    policyPath: path_(policies[0]),
    zonePaths: corpus.zones.slice(0, 60).map((zone) => `/zones/${zone.slug}`),
    bulletinPath: `/bulletins/${corpus.bulletins[0].slug}`,
    issuer: policies[0].issuer ?? "",
    province: corpus.zones[0].province ?? "",
  };
}

/** Calls a measurement written by another area (search, importer) when its module is there. */
async function optionalRows(file: string, exportName: string, area: string, what: string, target: string, options: Record<string, unknown>): Promise<BenchRow[]> {
  const full = path.join(ROOT, "scripts/bench", file);
  if (!existsSync(full)) return [notAvailable(area, what, target, `scripts/bench/${file} has not landed yet`)];
  const loaded = (await import(full)) as Record<string, unknown>;
  const measure = loaded[exportName];
  if (typeof measure !== "function") return [notAvailable(area, what, target, `scripts/bench/${file} has no ${exportName}()`)];
  try {
    const result = (await measure(options)) as unknown;
    const list = Array.isArray(result) ? result : [result];
    return list.map((entry, index) => normaliseRow(entry, area, index === 0 ? what : `${what} (${index + 1})`, target));
  } catch (error) {
    return [{ area, what, result: `error: ${error instanceof Error ? error.message : String(error)}`, target, verdict: "fail" }];
  }
}

/** Accepts a ready row ({ what, result, target, verdict/pass }) or a bag of figures. */
function normaliseRow(entry: unknown, area: string, what: string, target: string): BenchRow {
  if (entry && typeof entry === "object") {
    const row = entry as Record<string, unknown>;
    if (typeof row.mbPerSecond === "number" && typeof row.result !== "string") {
      const documents = typeof row.documents === "number" ? ` over ${row.documents} documents` : "";
      return { area, what, result: `${row.mbPerSecond} MB/s${documents}`, target, verdict: row.mbPerSecond >= 1 ? "pass" : "fail", figures: row };
    }
    const passed = typeof row.verdict === "string" ? row.verdict : typeof row.pass === "boolean" ? (row.pass ? "pass" : "fail") : typeof row.ok === "boolean" ? (row.ok ? "pass" : "fail") : "n/a";
    const result = typeof row.result === "string" ? row.result : JSON.stringify(row).slice(0, 160);
    return {
      area: typeof row.area === "string" ? row.area : area,
      what: typeof row.what === "string" ? row.what : what,
      result,
      target: typeof row.target === "string" ? row.target : target,
      verdict: passed === "pass" || passed === "fail" ? passed : "n/a",
      figures: row,
    };
  }
  return { area, what, result: String(entry), target, verdict: "n/a" };
}

/** scripts/bench/editors.ts in its own process (server-only modules need the react-server condition). */
function editorRows(databaseUrl: string, rounds: number): BenchRow[] {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/editors.ts", String(rounds)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET, NODE_ENV: "production", LOG_LEVEL: "warn" },
    encoding: "utf8",
    timeout: 300_000,
  });
  const line = run.stdout.split("\n").find((entry) => entry.startsWith("EDITORS_JSON "));
  if (!line) return [notAvailable("editors", "save / publish / preview p95", "≤ 300 ms", `scripts/bench/editors.ts failed: ${(run.stderr || "").trim().split("\n").slice(0, 2).join(" ")}`)];
  const timings = JSON.parse(line.slice("EDITORS_JSON ".length)) as Record<"save" | "publish" | "preview", number[]>;
  return (["save", "publish", "preview"] as const).map((name) => {
    const p95 = percentile(timings[name], 95);
    return { area: "editors", what: `${name} p95 (${timings[name].length} times, domain layer on PostgreSQL)`, result: `${ms(p95)} (p50 ${ms(percentile(timings[name], 50))})`, target: "≤ 300 ms", verdict: verdict(p95 <= 300) };
  });
}

/**
 * `npm run bench -- search-quality`: the labelled query set by query type (exact, alias, pinyin, homophone,
 * typo, 文号) on a scratch embedded database — no build, no portal, so every ranking change shows its cost.
 */
async function searchQualityMain() {
  step("search quality by query type (embedded engine, sample content + invented quality corpus)");
  const { benchSearchQualityByType } = await import("./search");
  const { figures, failures } = await benchSearchQualityByType({ onProgress: progress });
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const rows: BenchRow[] = figures.map((figure) => ({
    area: "search-quality",
    what: `${figure.type} (${figure.queries} queries): success@1 / success@3 / MRR`,
    result: `${percent(figure.successAt1)} / ${percent(figure.successAt3)} / ${figure.mrr.toFixed(3)}`,
    target: figure.type === "all" ? "s@3 100 %, s@1 ≥ 90 %" : "s@3 100 %",
    verdict: verdict(figure.successAt3 === 1 && (figure.type !== "all" || figure.successAt1 >= 0.9)),
  }));
  for (const failure of failures) progress(`not first: [${failure.type}] ${failure.q} → #${failure.rank ?? "–"}; top 3: ${failure.top3.join(" | ")}`);
  finish(rows);
}

/** Areas measured inside this process, needing neither the build nor the portal. */
const IN_PROCESS_AREAS = ["search", "importer", "importer-quality", "catalogue"];

async function inProcessRows(rows: BenchRow[]) {
  if (want("search")) step("search (embedded engine)");
  if (want("search")) rows.push(...(await optionalRows("search.ts", "benchSearchLatency", "search", "mixed queries over generated documents: p95", "≤ 50 ms", { quick, documents: searchDocuments })));
  if (want("search")) rows.push(...(await optionalRows("search.ts", "benchSearchQuality", "search", "labelled queries: success@3, MRR", "every expected document in the top 3", { quick })));

  if (want("importer")) step("importer throughput");
  if (want("importer")) rows.push(...(await optionalRows("importer.ts", "benchImporter", "importer", "sample documents, repeated: MB/s of raw text", "≥ 1 MB/s", { quick })));

  if (want("importer-quality")) step("importer quality: labelled real pages (IMPORT_QUALITY_DIR)");
  if (want("importer-quality")) rows.push(...(await benchImporterQuality({ verbose: args.includes("--verbose") })));

  if (want("catalogue")) step("zone catalogue import: 2 543 generated rows, preview and apply (embedded database)");
  if (want("catalogue")) rows.push(...(await optionalRows("catalogue.ts", "benchCatalogueImport", "catalogue", "zones:import of 2 543 rows: read + preview + apply", "< 10 s", {})));
}

function finish(rows: BenchRow[]) {
  console.log("");
  printTable(rows);
  const file = writeResults(rows, { mode: quick ? "quick" : "full", seconds: Math.round((performance.now() - began) / 1000) });
  const failed = rows.filter((row) => row.verdict === "fail").length;
  console.log(`\n${rows.filter((row) => row.verdict === "pass").length} passed, ${failed} failed, ${rows.filter((row) => row.verdict === "n/a").length} not measured — ${path.relative(ROOT, file)} (${elapsed().trim()})`);
}

async function main() {
  if (args[0] === "search-quality") return searchQualityMain();
  const rows: BenchRow[] = [];
  const settings = quick ? { seconds: 3, rounds: 1, uncachedSeconds: 5, forms: 200 } : { seconds: 10, rounds: 2, uncachedSeconds: 10, forms: 500 };
  console.log(`Zone Portal benchmark (${quick ? "quick" : "full"}) — ${new Date().toISOString()}`);
  if (only?.every((area) => IN_PROCESS_AREAS.includes(area))) {
    // `--only search,importer,catalogue`: no build, no generated corpus, no portal
    await inProcessRows(rows);
    finish(rows);
    return;
  }
  for (const tool of ["wrk"]) {
    if (spawnSync("which", [tool]).status !== 0) throw new Error(`${tool} is missing: apt-get install -y ${tool}`);
  }

  step("production build");
  if (args.includes("--no-build")) progress("skipped (--no-build)");
  else if (isBuildStale()) buildProduction();
  else progress("up to date");

  step(`database: ${quick ? "quick" : "full"} generated corpus into PostgreSQL (${BENCH_DB})`);
  const { url: databaseUrl, corpus } = await prepareBenchDatabase(ADMIN_URL, BENCH_DB, quick ? QUICK_CORPUS : FULL_CORPUS, progress);
  const pages = pagesOf(corpus);
  progress(`${corpus.articles.length} articles, ${corpus.zones.length} zones, ${corpus.bulletins.length} bulletins`);

  step("cold start: `npm run serve` on the existing build (PostgreSQL) to the first 200");
  const logDir = mkdtempSync(path.join(tmpdir(), "perf-bench-"));
  let portal: RunningPortal | undefined;
  try {
    portal = await startPortal({
      port,
      logFile: path.join(logDir, "portal.log"),
      env: { DATABASE_URL: databaseUrl, AUTH_SECRET, SITE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn", SEED_SAMPLE_CONTENT: "false" },
    });
    rows.push({ area: "cold start", what: "npm run serve → first 200 (PostgreSQL)", result: `${portal.coldStartSeconds.toFixed(1)} s`, target: "report", verdict: "n/a" });
    progress(`answered after ${portal.coldStartSeconds.toFixed(1)} s`);
    const origin = portal.origin;

    if (want("cached")) step("cached pages: wrk, 64 connections, alternated with a bare node:http server");
    if (want("cached")) rows.push(
      ...(await cachedRows(
        origin,
        [
          { label: "home", path: "/" },
          { label: "list", path: "/news" },
          { label: "article", path: pages.articlePath },
        ],
        port + 1,
        settings,
        progress,
      )),
    );

    if (want("uncached")) step("uncached pages (front bypassed): wrk, 20 connections, PostgreSQL");
    const mixes: UncachedMix[] = [
      { label: "article pages", paths: pages.newsPaths.slice(0, quick ? 40 : 120) },
      { label: "policy pages", paths: pages.policyPaths },
      { label: "zone profiles", paths: pages.zonePaths },
      { label: "filtered lists", paths: ["/news?page=2", "/news?page=7", `/policies?issuer=${encodeURIComponent(pages.issuer)}`, `/zones?province=${encodeURIComponent(pages.province)}`, "/policies?page=3", "/bulletins"] },
      { label: "search results", paths: ["开发区", "招商引资", "营商环境", "生物医药", "政策", "高新区"].map((q) => `/search?q=${encodeURIComponent(q)}`) },
    ];
    if (want("uncached")) rows.push(...(await uncachedRows(origin, mixes, settings.uncachedSeconds, !quick, progress, portal.cpuMs)));

    if (want("freshness")) step("freshness: publish on another node, poll this node");
    // Renders still queued from the load rows finish first, so the poll measures the publish, not a backlog.
    if (want("freshness")) await new Promise((resolve) => setTimeout(resolve, 3000));
    if (want("freshness")) rows.push(...(await freshnessRows(origin, databaseUrl, { id: pages.article.id, path: pages.articlePath, title: pages.article.title })));

    if (want("forms")) step(`form submissions: ${settings.forms} contribution posts at 32 connections`);
    if (want("forms")) rows.push(...(await formRows(origin, databaseUrl, settings.forms, 32)));

    if (want("weight")) step("page weight: first-load JS per public route");
    const routes: PublicRoute[] = [
      { label: "home", path: "/" },
      { label: "news list", path: "/news" },
      { label: "article", path: pages.articlePath },
      { label: "policy", path: pages.policyPath },
      { label: "report", path: pages.reportPath },
      { label: "bulletin", path: pages.bulletinPath },
      { label: "bulletin archive", path: "/bulletins" },
      { label: "zone directory", path: "/zones" },
      { label: "zone profile", path: pages.zonePaths[0] },
      { label: "search", path: `/search?q=${encodeURIComponent("开发区")}` },
      { label: "contribute", path: "/contribute" },
      { label: "inquiry", path: "/inquiry" },
      { label: "contribution tracking", path: "/contribute/track" },
    ];
    if (want("weight")) rows.push(...(await pageWeightRows(origin, routes)));

    if (want("nginx")) step("nginx from Debian in front (deploy/nginx-cache.conf)");
    if (want("nginx")) rows.push(...(await nginxRows(origin, { label: "article", path: pages.articlePath }, { nginx: port + 2, bare: port + 1 }, settings.seconds, progress)));

    if (want("editors")) step("editors: save, publish, preview");
    if (want("editors")) rows.push(...editorRows(databaseUrl, quick ? 10 : 30));

    if (!want("lighthouse")) {
      // not asked for
    } else if (lighthouseRuns > 0) {
      step(`Lighthouse: mobile, median of ${lighthouseRuns}`);
      const lighthouseRoutes = routes.filter((route) => ["home", "article", "news list", "zone profile", "search"].includes(route.label));
      rows.push(...(await lighthouseRows(origin, lighthouseRoutes, lighthouseRuns, progress)));
    } else {
      rows.push(notAvailable("lighthouse", "mobile, median of 5", "perf ≥ 95 …", "skipped in --quick"));
    }
  } finally {
    await portal?.stop();
  }

  if (want("embedded") && !quick) {
    step("cold start on the embedded database (the README's `npm start`)");
    const dataDir = path.join(logDir, "pglite");
    for (const label of ["first start: creates, migrates and seeds the database", "next start: existing database"]) {
      const embedded = await startPortal({ port, logFile: path.join(logDir, "embedded.log"), env: { DATABASE_URL: `pglite:${dataDir}`, LOG_LEVEL: "warn", SITE_URL: `http://127.0.0.1:${port}` } });
      await embedded.stop();
      progress(`${label}: ${embedded.coldStartSeconds.toFixed(1)} s`);
      rows.push({ area: "cold start", what: `npm start (embedded), ${label} → first 200`, result: `${embedded.coldStartSeconds.toFixed(1)} s`, target: "report", verdict: "n/a" });
    }
  }

  await inProcessRows(rows);

  rmSync(logDir, { recursive: true, force: true });
  finish(rows);
}

void runMain(main);
