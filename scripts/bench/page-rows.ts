// Page rows of `npm run bench`: first-load JavaScript per public route (as served: the caching front
// removes the App Router runtime, see lib/http-cache/islands.ts), Lighthouse, and the 投稿 form
// under load.
import { execFileSync, spawnSync } from "node:child_process";
import http from "node:http";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { queryBench } from "./database";
import { median, percentile, runClosedLoop } from "./portal";
import { kb, ms, notAvailable, verdict, type BenchRow } from "./report";

export type PublicRoute = { label: string; path: string };

/** The script files a first visit loads (every <script src> of the page), gzipped as a browser gets them. */
export async function pageWeightRows(origin: string, routes: PublicRoute[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sizes = new Map<string, number>();
  for (const route of routes) {
    const response = await fetch(`${origin}${route.path}`);
    const html = await response.text();
    if (!response.ok) {
      rows.push(notAvailable("page weight", `first-load JS ${route.label} (${route.path})`, "≤ 100 KB gz", `HTTP ${response.status}`));
      continue;
    }
    // noModule scripts are the legacy polyfills: modern browsers neither download nor run them.
    const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((match) => !/\snomodule/i.test(match[0]));
    const scripts = [...new Set(tags.map((match) => match[1].replace(/&amp;/g, "&")))];
    let total = 0;
    for (const src of scripts) {
      if (!sizes.has(src)) {
        const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
        sizes.set(src, zlib.gzipSync(body, { level: 9 }).length);
      }
      total += sizes.get(src) ?? 0;
    }
    const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1]), 0);
    rows.push({
      area: "page weight",
      what: `first-load JS ${route.label} (${route.path})`,
      result: `${kb(total)} gz in ${scripts.length} files; HTML ${kb(Buffer.byteLength(html))}, inline scripts ${kb(inline)}`,
      target: "≤ 100 KB gz",
      verdict: verdict(total <= 100 * 1024),
      figures: { scripts, jsGzipBytes: total, htmlBytes: Buffer.byteLength(html), inlineScriptBytes: inline },
    });
  }
  return rows;
}

// ───────────────────────── Lighthouse ─────────────────────────

const LIGHTHOUSE_VERSION = "13.5.0";
const LIGHTHOUSE_DIR = path.join(tmpdir(), "zone-portal-lighthouse");

/** Lighthouse is a large tool that only the benchmark needs: installed on demand outside the project. */
function lighthouseBin(): string | { error: string } {
  const bin = path.join(LIGHTHOUSE_DIR, "node_modules/.bin/lighthouse");
  if (existsSync(bin)) return bin;
  mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", LIGHTHOUSE_DIR, `lighthouse@${LIGHTHOUSE_VERSION}`], { encoding: "utf8", timeout: 300_000 });
  if (result.status !== 0 || !existsSync(bin)) return { error: `npm install lighthouse failed: ${(result.stderr || result.stdout || "").trim().split("\n").at(-1)}` };
  return bin;
}

type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; seo: number; tbtMs: number; cls: number; lcpMs: number };

function runLighthouse(bin: string, url: string, chrome: string): LighthouseScores {
  const out = path.join(tmpdir(), `perf-lh-${process.pid}.json`);
  execFileSync(
    bin,
    [url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility,best-practices,seo", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "pipe"], timeout: 120_000 },
  );
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  rmSync(out, { force: true });
  const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
  };
}

export async function lighthouseRows(origin: string, routes: PublicRoute[], runs: number, progress: (line: string) => void): Promise<BenchRow[]> {
  const chrome = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  const target = "perf ≥ 95, TBT ≤ 100 ms, CLS ≤ 0.02, a11y 100, SEO 100, BP ≥ 95";
  if (!chrome) return [notAvailable("lighthouse", "mobile, median of runs", target, "Debian chromium is not installed")];
  progress("Lighthouse: installing on demand");
  const bin = lighthouseBin();
  if (typeof bin !== "string") return [notAvailable("lighthouse", "mobile, median of runs", target, bin.error)];
  const rows: BenchRow[] = [];
  for (const route of routes) {
    const results: LighthouseScores[] = [];
    let failure = "";
    for (let run = 0; run < runs; run += 1) {
      progress(`Lighthouse ${route.label}: run ${run + 1}/${runs}`);
      try {
        results.push(runLighthouse(bin, `${origin}${route.path}`, chrome));
      } catch (error) {
        failure = error instanceof Error ? error.message.split("\n")[0] : String(error);
      }
    }
    if (!results.length) {
      rows.push(notAvailable("lighthouse", `${route.label} (${route.path})`, target, failure || "no run finished"));
      continue;
    }
    const pick = (key: keyof LighthouseScores) => median(results.map((result) => result[key]));
    const m = { performance: pick("performance"), accessibility: pick("accessibility"), bestPractices: pick("bestPractices"), seo: pick("seo"), tbtMs: pick("tbtMs"), cls: pick("cls"), lcpMs: pick("lcpMs") };
    const ok = m.performance >= 95 && m.tbtMs <= 100 && m.cls <= 0.02 && m.accessibility === 100 && m.seo === 100 && m.bestPractices >= 95;
    rows.push({
      area: "lighthouse",
      what: `${route.label} (${route.path}), median of ${results.length}`,
      result: `perf ${m.performance}, TBT ${ms(m.tbtMs)}, CLS ${m.cls.toFixed(3)}, LCP ${ms(m.lcpMs)}, a11y ${m.accessibility}, SEO ${m.seo}, BP ${m.bestPractices}`,
      target,
      verdict: verdict(ok),
      figures: { runs: results },
    });
  }
  return rows;
}

// ───────────────────────── 投稿 under load ─────────────────────────

type FormTemplate = { action: string; fields: [string, string][]; names: Set<string>; categories: string[] };

/** Reads the 投稿 form as a browser without JavaScript would post it: hidden action fields included. */
function readForm(html: string, pagePath: string): FormTemplate | null {
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/g)?.find((candidate) => /name="body"/.test(candidate));
  if (!form) return null;
  // action="" (a server action without JavaScript) posts back to the page itself.
  const action = form.match(/<form[^>]*action="([^"]*)"/)?.[1] || pagePath;
  const fields: [string, string][] = [];
  const names = new Set<string>();
  for (const input of form.matchAll(/<(input|textarea|select)\b[^>]*>/g)) {
    const tag = input[0];
    const name = tag.match(/name="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    if (!name) continue;
    names.add(name);
    if (/type="hidden"/.test(tag)) fields.push([name, (tag.match(/value="([^"]*)"/)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  const categories = [...form.matchAll(/<option[^>]*value="([^"]+)"/g)].map((match) => match[1]);
  return { action: action.startsWith("javascript:") ? pagePath : action.replace(/&amp;/g, "&"), fields, names, categories };
}

const FILLER = "开发区坚持以招商引资为抓手，持续优化营商环境，推动重点项目早落地、早投产、早见效，园区经济保持平稳较快增长。";

/**
 * 500 (or `total`) 投稿 posts at `concurrency` connections, as browsers without JavaScript post the form
 * (multipart, the server action's hidden fields), each from its own visitor. The bodies are encoded before
 * the clock starts and sent over keep-alive `node:http` sockets, so the load generator costs little of the
 * CPU the portal is measured on (fetch with FormData cost 2.4 ms a post on this machine, a third of what
 * the portal spends). The first `2 × total` posts a fresh process takes are reported on their own, as the
 * uncached rows' first renders are: the action's modules load and its code paths (multipart parsing,
 * Prisma's writes, Next.js's action handling) are optimised while they run — measured in runs of 250, a
 * fresh process went 139, 180, 206, 263 … posts/s and held about 280 after some 1 500. The target applies
 * to the `total` posts that follow.
 */
export async function formRows(origin: string, databaseUrl: string, total: number, concurrency: number): Promise<BenchRow[]> {
  const what = `${total} contribution posts at ${concurrency} connections`;
  const target = "p99 ≤ 200 ms, 0 errors, all stored";
  const page = await fetch(`${origin}/contribute`);
  if (!page.ok) return [notAvailable("forms", what, target, `/contribute answers ${page.status}`)];
  const template = readForm(await page.text(), "/contribute");
  if (!template) return [notAvailable("forms", what, target, "no 投稿 form with a body field on /contribute")];
  const run = Date.now().toString(36);
  const url = new URL(template.action, origin);
  const warmUp = 2 * total;
  const posts = await Promise.all(Array.from({ length: warmUp + total }, async (_, index) => {
    const values: Record<string, string> = {
      title: `基准测试投稿第${index + 1}篇：园区招商进展`,
      body: `第${index + 1}篇（${run}）。${FILLER.repeat(25)}`.slice(0, 1500),
      category: template.categories[0] ?? "招商资讯",
      authorName: "测试作者",
      organisation: "基准测试开发区管委会",
      email: `bench-${run}-${index}@example.com`,
      phone: `139${String(10_000_000 + index).slice(-8)}`,
      isOriginal: "on",
      acceptTerms: "on",
    };
    const form = new FormData();
    for (const [name, value] of template.fields) form.append(name, value);
    for (const [name, value] of Object.entries(values)) if (template.names.has(name)) form.append(name, value);
    // The platform's own multipart encoding, done now rather than on the clock.
    const encoded = new Request(url, { method: "POST", body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    // Each post as from its own visitor: a distinct address in the one X-Forwarded-For entry the app
    // trusts from loopback (lib/rate-limit/client-address.ts), so per-client limits see that many visitors.
    return { body, contentType: encoded.headers.get("content-type") ?? "", visitor: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` };
  }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  // A stored submission answers with the redirect to its receipt page; a refused one re-renders the form (200).
  const post = ({ body, contentType, visitor }: (typeof posts)[number]) =>
    new Promise<boolean>((resolve, reject) => {
      const request = http.request(url, { method: "POST", agent, headers: { "content-type": contentType, "content-length": body.length, "x-forwarded-for": visitor, origin } }, (response) => {
        response.resume();
        response.on("end", () => resolve((response.statusCode ?? 0) >= 300 && (response.statusCode ?? 0) < 400));
      });
      request.on("error", reject);
      request.end(body);
    });
  const count = async () => Number((await queryBench<{ count: string }>(databaseUrl, `SELECT count(*)::text AS count FROM "Contribution"`))[0].count);
  const first = await runClosedLoop(warmUp, concurrency, (index) => post(posts[index]));
  const before = await count();
  const result = await runClosedLoop(total, concurrency, (index) => post(posts[warmUp + index]));
  const stored = (await count()) - before;
  agent.destroy();
  const p99 = percentile(result.latencies, 99);
  return [
    { area: "forms", what: `the first ${warmUp} posts in a fresh process (warm-up)`, result: `p99 ${ms(percentile(first.latencies, 99))} (p50 ${ms(percentile(first.latencies, 50))}, ${Math.round(warmUp / first.seconds)} posts/s), ${first.errors} errors`, target: "report", verdict: "n/a" },
    { area: "forms", what: `${what}, warm process: p99`, result: `${ms(p99)} (p50 ${ms(percentile(result.latencies, 50))}, ${Math.round(total / result.seconds)} posts/s)`, target: "≤ 200 ms", verdict: verdict(p99 <= 200), figures: { seconds: result.seconds, p50Ms: percentile(result.latencies, 50), p90Ms: percentile(result.latencies, 90) } },
    { area: "forms", what: `${what}: errors, rows stored`, result: `${result.errors} errors, ${stored} stored`, target: `0, ${total}`, verdict: verdict(result.errors === 0 && stored === total) },
  ];
}
