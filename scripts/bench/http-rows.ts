// Load rows of `npm run bench`: cached pages side by side with a bare node:http server, uncached pages
// on PostgreSQL, nginx in front, and freshness after a publish.
import { spawn } from "node:child_process";
import http from "node:http";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../lib/build";
import { queryBench } from "./database";
import { median, percentile } from "./portal";
import { kb, ms, notAvailable, rate, verdict, type BenchRow } from "./report";
import { runWrk, type WrkResult } from "./wrk";

export type LoadSettings = { seconds: number; rounds: number };

/** A bypass cookie the caching front does not know: the request goes to Next.js, as a miss would. */
export const MISS_HEADERS = { cookie: "zp-bench=miss", "accept-encoding": "br, gzip" };
const BROWSER_HEADERS = { "accept-encoding": "br, gzip", accept: "text/html" };

type Captured = { headers: [string, string][]; bodyBase64: string; cache: string | null; bytes: number };

/** The raw bytes (still compressed) and headers of one response, as a browser would receive them. */
export function capture(url: string, headers: Record<string, string> = BROWSER_HEADERS): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const kept: [string, string][] = [];
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined || ["content-length", "date", "connection", "keep-alive", "transfer-encoding"].includes(name)) continue;
          kept.push([name, Array.isArray(value) ? value.join(", ") : value]);
        }
        resolve({ headers: kept, bodyBase64: body.toString("base64"), cache: String(response.headers["x-cache"] ?? "") || null, bytes: body.length });
      });
    });
    request.on("error", reject);
  });
}

async function startBare(captured: Captured, port: number): Promise<() => void> {
  const dir = path.join(tmpdir(), "perf-bare");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `page-${port}.json`);
  writeFileSync(file, JSON.stringify(captured));
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/bench/bare-server.ts"), file, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return () => child.kill("SIGTERM");
}

export type CachedPage = { label: string; path: string };

/** wrk at 64 connections, bare server and portal alternated, `rounds` times each. */
export async function cachedRows(origin: string, pages: CachedPage[], barePort: number, settings: LoadSettings, progress: (line: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const page of pages) {
    // Twice: the first answer may be the miss that fills the cache.
    await capture(`${origin}${page.path}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const captured = await capture(`${origin}${page.path}`);
    const encoding = captured.headers.find(([name]) => name === "content-encoding")?.[1] ?? "identity";
    const stopBare = await startBare(captured, barePort);
    const bare: WrkResult[] = [];
    const portal: WrkResult[] = [];
    try {
      for (let round = 0; round < settings.rounds; round += 1) {
        progress(`${page.label}: round ${round + 1}/${settings.rounds}, bare node:http`);
        bare.push(await runWrk({ origin: `http://127.0.0.1:${barePort}`, paths: [page.path], connections: 64, seconds: settings.seconds, headers: BROWSER_HEADERS }));
        progress(`${page.label}: round ${round + 1}/${settings.rounds}, portal`);
        portal.push(await runWrk({ origin, paths: [page.path], connections: 64, seconds: settings.seconds, headers: BROWSER_HEADERS }));
      }
    } finally {
      stopBare();
    }
    const portalRps = median(portal.map((r) => r.rps));
    const bareRps = median(bare.map((r) => r.rps));
    const ratio = portalRps / bareRps;
    const p99 = Math.max(...portal.map((r) => r.p99Ms));
    const non2xx = portal.reduce((sum, r) => sum + r.non2xx + r.socketErrors, 0);
    const figures = { path: page.path, bytes: captured.bytes, encoding, cacheHeader: captured.cache, bare, portal, ratio };
    rows.push(
      { area: "cached", what: `${page.label} req/s vs bare (${kb(captured.bytes)} ${encoding})`, result: `${rate(portalRps)} / ${rate(bareRps)} = ${ratio.toFixed(2)}×`, target: "≥ 0.5× bare", verdict: verdict(ratio >= 0.5), figures },
      { area: "cached", what: `${page.label} p99 at 64 connections`, result: ms(p99), target: "≤ 20 ms", verdict: verdict(p99 <= 20) },
      { area: "cached", what: `${page.label} non-2xx and socket errors`, result: String(non2xx), target: "0", verdict: verdict(non2xx === 0 && captured.cache === "HIT") },
    );
  }
  return rows;
}

export type UncachedMix = { label: string; paths: string[] };

/**
 * Requests the caching front passes to Next.js (as misses), on PostgreSQL, at 20 connections. With
 * `cpuMs` (the portal's CPU time so far) each row also reports the CPU one render cost.
 */
export async function uncachedRows(origin: string, mixes: UncachedMix[], seconds: number, breakdown: boolean, progress: (line: string) => void, cpuMs: () => number = () => Number.NaN): Promise<BenchRow[]> {
  const measure = async (paths: string[], runSeconds: number) => {
    const before = cpuMs();
    const result = await runWrk({ origin, paths, connections: 20, seconds: runSeconds, headers: MISS_HEADERS });
    const cpuPerRequestMs = (cpuMs() - before) / Math.max(1, result.requests);
    return { result, cpuPerRequestMs };
  };
  const cpuText = (value: number) => (Number.isFinite(value) ? `, ${value.toFixed(1)} ms CPU a render` : "");
  const all = mixes.flatMap((mix) => mix.paths);
  // The first pass renders most URLs for the first time in a fresh process: JIT warm-up, the shared data
  // cache filled, charts drawn. Reported on its own; the rows with targets measure the steady state that
  // follows — a miss in the caching front when the process is warm, as after a purge.
  progress(`first renders: each of the mix's ${all.length} URLs once, 20 at a time`);
  const first = await firstRenders(origin, all, 20, cpuMs);
  progress(`mixed uncached pages (${all.length} URLs), 20 connections`);
  const { result: mixed, cpuPerRequestMs } = await measure(all, seconds);
  const rows: BenchRow[] = [
    {
      area: "uncached",
      what: "first renders: every URL of the mix once, in a fresh process",
      result: `${rate(first.rps)}, p95 ${ms(first.p95Ms)}, ${first.failures} non-2xx${cpuText(first.cpuPerRequestMs)}`,
      target: "report",
      verdict: "n/a",
      figures: first,
    },
    { area: "uncached", what: "mixed pages req/s (PostgreSQL)", result: `${rate(mixed.rps)}${cpuText(cpuPerRequestMs)}`, target: "≥ 300 req/s", verdict: verdict(mixed.rps >= 300), figures: { ...mixed, cpuPerRequestMs, mixes } },
    { area: "uncached", what: "mixed pages p95 at 20 connections", result: ms(mixed.p95Ms), target: "≤ 100 ms", verdict: verdict(mixed.p95Ms <= 100) },
    { area: "uncached", what: "mixed pages non-2xx", result: String(mixed.non2xx + mixed.socketErrors), target: "0", verdict: verdict(mixed.non2xx + mixed.socketErrors === 0) },
  ];
  if (breakdown) {
    for (const mix of mixes) {
      progress(`uncached ${mix.label}`);
      const { result, cpuPerRequestMs: cpu } = await measure(mix.paths, Math.max(3, Math.round(seconds / 2)));
      rows.push({
        area: "uncached",
        what: `${mix.label}: req/s, p95, non-2xx`,
        result: `${rate(result.rps)}, ${ms(result.p95Ms)}, ${result.non2xx}${cpuText(cpu)}`,
        target: "≥ 300, ≤ 100 ms, 0",
        verdict: verdict(result.rps >= 300 && result.p95Ms <= 100 && result.non2xx === 0),
        figures: { ...result, cpuPerRequestMs: cpu },
      });
    }
  }
  return rows;
}

/** Each path once, `concurrency` at a time: the renders that fill the data cache in a fresh process. */
async function firstRenders(origin: string, paths: string[], concurrency: number, cpuMs: () => number) {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const before = cpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const begin = performance.now();
        try {
          const response = await fetch(`${origin}${path}`, { headers: MISS_HEADERS });
          await response.arrayBuffer();
          if (!response.ok) failures += 1;
        } catch {
          failures += 1;
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: paths.length, seconds, rps: paths.length / seconds, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), failures, cpuPerRequestMs: (cpuMs() - before) / paths.length };
}

/** nginx from Debian with deploy/nginx-cache.conf in front of the portal, against the same bare server. */
export async function nginxRows(origin: string, page: CachedPage, ports: { nginx: number; bare: number }, seconds: number, progress: (line: string) => void): Promise<BenchRow[]> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));
  if (!nginx) return [notAvailable("nginx", "nginx in front (cached article)", "≥ 0.5× bare", "nginx is not installed (apt-get install -y nginx-light)")];
  const dir = path.join(tmpdir(), `perf-nginx-${ports.nginx}`);
  mkdirSync(path.join(dir, "cache"), { recursive: true });
  const upstream = new URL(origin).host;
  const site = readFileSync(path.join(ROOT, "deploy/nginx-cache.conf"), "utf8").replaceAll("app:3000", upstream).replaceAll("/var/cache/nginx/zone-portal", path.join(dir, "cache"));
  const conf = `worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  include /etc/nginx/mime.types;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n${site.replace(/listen 80;/, `listen 127.0.0.1:${ports.nginx};`)}\n}\n`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  try {
    const via = `http://127.0.0.1:${ports.nginx}`;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        await capture(`${via}${page.path}`);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const captured = await capture(`${origin}${page.path}`);
    const stopBare = await startBare(captured, ports.bare);
    try {
      progress("nginx: bare node:http");
      const bare = await runWrk({ origin: `http://127.0.0.1:${ports.bare}`, paths: [page.path], connections: 64, seconds, headers: BROWSER_HEADERS });
      progress("nginx: nginx → portal");
      const proxied = await runWrk({ origin: via, paths: [page.path], connections: 64, seconds, headers: BROWSER_HEADERS });
      const ratio = proxied.rps / bare.rps;
      return [
        {
          area: "nginx",
          what: `${page.label} through nginx (1 s micro-cache)`,
          result: `${rate(proxied.rps)} / ${rate(bare.rps)} = ${ratio.toFixed(2)}×, p99 ${ms(proxied.p99Ms)}, non-2xx ${proxied.non2xx}`,
          target: "≥ 0.5× bare, p99 ≤ 20 ms",
          verdict: verdict(ratio >= 0.5 && proxied.p99Ms <= 20 && proxied.non2xx === 0),
          figures: { bare, proxied },
        },
      ];
    } finally {
      stopBare();
    }
  } finally {
    child.kill("SIGQUIT");
  }
}

/**
 * Freshness: an article is edited and published from "another node" — the row changes in PostgreSQL
 * and its path is revalidated in the shared cache's tag table, as revalidatePath does on that node —
 * and this node's public page is polled until the new title shows, then checked to be a cache hit again.
 */
export async function freshnessRows(origin: string, databaseUrl: string, article: { id: string; path: string; title: string }): Promise<BenchRow[]> {
  const url = `${origin}${article.path}`;
  const get = async () => {
    const response = await fetch(url, { headers: { "accept-encoding": "br" } });
    return { text: await response.text(), cache: response.headers.get("x-cache") };
  };
  await get();
  await new Promise((resolve) => setTimeout(resolve, 300));
  if ((await get()).cache !== "HIT") return [notAvailable("freshness", "publish → new content served", "≤ 1 s, then hits", "the article page is not cached by the front")];
  const tables = await queryBench<{ name: string | null }>(databaseUrl, `SELECT to_regclass('"NextCacheTag"')::text AS name`);
  if (!tables[0]?.name) return [notAvailable("freshness", "publish → new content served", "≤ 1 s, then hits", "no shared revalidation table (lib/cache)")];
  const title = `${article.title}（已更新 ${Date.now().toString(36)}）`;
  await queryBench(databaseUrl, `UPDATE "Article" SET "title" = $1, "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $2`, [title, article.id]);
  // The clock starts when the publish has committed: the edit, then the revalidation that node records.
  await queryBench(
    databaseUrl,
    `INSERT INTO "NextCacheTag" ("tag", "revalidatedAt") VALUES ($1, (extract(epoch from clock_timestamp()) * 1000)::bigint)
     ON CONFLICT ("tag") DO UPDATE SET "revalidatedAt" = EXCLUDED."revalidatedAt"`,
    [`_N_T_${decodeURIComponent(article.path)}`],
  );
  const started = performance.now();
  let seconds = Number.NaN;
  let polls = 0;
  while (performance.now() - started < 10_000) {
    polls += 1;
    if ((await get()).text.includes(title.slice(-12))) {
      seconds = (performance.now() - started) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await get();
  return [
    { area: "freshness", what: "publish on another node → new content served", result: Number.isFinite(seconds) ? `${seconds.toFixed(2)} s (${polls} polls)` : "not within 10 s", target: "≤ 1 s", verdict: verdict(seconds <= 1) },
    { area: "freshness", what: "then served from the cache again", result: after.cache ?? "—", target: "HIT", verdict: verdict(after.cache === "HIT" && after.text.includes(title.slice(-12))) },
  ];
}
