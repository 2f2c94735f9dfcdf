import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { useTestDatabase } from "@/tests/support/database";

/**
 * Done-when test of issue 10: two node processes (tests/support/scale-out-node.ts: the real jobs on
 * database leases, the real shared cache handler, the real editorial writes) against one PostgreSQL.
 * Node A's scheduler claims the due articles and hangs mid-transaction; A is then killed. Shows: every
 * scheduled article published exactly once (by B, after A's lease ran out and its row locks died with
 * its connection), every search-outbox row applied exactly once across both nodes, and a cache
 * revalidation on one node seen by the other at its next read. Prints what it measured.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
// Long enough that a renewal (every third of it) never misses on a loaded CI machine; short enough for a quick takeover.
const LEASE_MS = 4_000;
const PER_NODE = 12;

type NodeEvent = { node: number; event: string; job?: string; handled?: number; claimed?: number; owner?: string; error?: string };

class NodeProcess {
  readonly events: NodeEvent[] = [];
  private waiters: { match: (event: NodeEvent) => boolean; resolve: (event: NodeEvent) => void }[] = [];
  readonly child: ChildProcess;
  stderr = "";

  constructor(
    readonly port: number,
    extraEnv: Record<string, string> = {},
  ) {
    // `node --import tsx`, not the tsx binary: that one runs the script in a child process of its own,
    // which a SIGKILL of the parent would leave running.
    this.child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "tests/support/scale-out-node.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), SCALE_OUT_LEASE_MS: String(LEASE_MS), LOG_LEVEL: "warn", ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stderr?.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      const event = JSON.parse(line) as NodeEvent;
      this.events.push(event);
      this.waiters = this.waiters.filter((waiter) => !(waiter.match(event) && (waiter.resolve(event), true)));
    });
  }

  waitFor(match: (event: NodeEvent) => boolean, timeoutMs = 30_000): Promise<NodeEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`node ${this.port}: timed out; stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({ match, resolve: (event) => (clearTimeout(timer), resolve(event)) });
    });
  }

  async call<T>(pathname: string, body?: unknown): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.port}${pathname}`, {
      method: body === undefined ? "GET" : "POST",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const result = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(`node ${this.port} ${pathname}: ${result.error}`);
    return result;
  }

  handled(job: string): number {
    return this.events.filter((event) => event.event === "job" && event.job === job).reduce((sum, event) => sum + (event.handled ?? 0), 0);
  }

  stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.kill(signal);
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("two app nodes on one PostgreSQL", () => {
  const nodes: NodeProcess[] = [];
  afterAll(() => Promise.all(nodes.map((node) => node.stop("SIGKILL"))));

  let editorId = "";
  beforeAll(async () => {
    await useTestDatabase();
    const editor = await db().user.create({ data: { email: "scale-out@example.cn", name: "扩容测试", passwordHash: "-", role: "admin" } });
    editorId = editor.id;
  });

  it("publishes every scheduled article once, applies every outbox row once, shares cache revalidation, and survives a node killed mid-run", async () => {
    const measured: Record<string, number> = {};
    const started = Date.now();

    // Node A: its scheduler will claim the due articles and hang inside its transaction.
    const a = new NodeProcess(await freePort(), { SCALE_OUT_CRASH_SCHEDULER: "1" });
    nodes.push(a);
    await a.waitFor((event) => event.event === "ready", 60_000);
    measured.nodeStartMs = Date.now() - started;
    const timer = Date.now();
    const { ids: viaA } = await a.call<{ ids: string[] }>("/articles", { editorId, count: PER_NODE, publishInMs: 1_500, prefix: "经A排期" });
    const hanging = await a.waitFor((event) => event.event === "scheduler-hanging");
    measured.rowsLockedByHangingNode = hanging.claimed ?? 0;

    measured.scheduleOneArticleMs = Math.round((Date.now() - timer) / PER_NODE);
    // Node B starts while A holds the scheduler's lease (and row locks on A's articles).
    const b = new NodeProcess(await freePort());
    nodes.push(b);
    await b.waitFor((event) => event.event === "ready", 60_000);
    const { ids: viaB } = await b.call<{ ids: string[] }>("/articles", { editorId, count: PER_NODE, publishInMs: 1_500, prefix: "经B排期" });
    const { ids: publishedNow } = await a.call<{ ids: string[] }>("/articles", { editorId, count: 4, prefix: "经A发布" });
    publishedNow.push(...(await b.call<{ ids: string[] }>("/articles", { editorId, count: 4, prefix: "经B发布" })).ids);

    // The shared cache: B serves what A rendered; a revalidation on A is seen by B at its next read.
    await a.call("/cache/set", { key: "/news", html: "<h1>旧版</h1>", tags: "_N_T_/layout,_N_T_/news" });
    expect(await b.call("/cache/get?key=/news")).toEqual({ hit: true, html: "<h1>旧版</h1>" });
    const revalidatedAt = Date.now();
    await a.call("/revalidate", { tags: ["_N_T_/news"] });
    expect(await b.call("/cache/get?key=/news")).toEqual({ hit: false, html: null });
    measured.revalidationVisibleOnOtherNodeMs = Date.now() - revalidatedAt;
    await b.call("/cache/set", { key: "/news", html: "<h1>新版</h1>", tags: "_N_T_/layout,_N_T_/news" });
    expect(await a.call("/cache/get?key=/news")).toEqual({ hit: true, html: "<h1>新版</h1>" });

    // B's scheduler cannot run while A holds the lease: nothing scheduled is published yet.
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS));
    expect(await db().article.count({ where: { id: { in: [...viaA, ...viaB] }, status: "published" } })).toBe(0);

    // Let the outbox drain on both nodes, then kill A mid-run (its scheduler transaction still open).
    await until(() => db().searchOutbox.count({ where: { status: "pending" } }), (pending) => pending === 0);
    const killedAt = Date.now();
    await a.stop("SIGKILL");

    const scheduled = [...viaA, ...viaB];
    const remaining = await until(
      () => db().article.count({ where: { id: { in: scheduled }, status: { not: "published" } } }),
      (count) => count === 0,
    );
    expect(remaining).toBe(0);
    measured.takeoverAfterKillMs = Date.now() - killedAt;
    await until(() => db().searchOutbox.count({ where: { status: "pending" } }), (pending) => pending === 0);

    // Exactly once: one scheduled-publish event and one version step per article, none for the others.
    const publishEvents = await db().auditEvent.groupBy({ by: ["entityId"], where: { action: "article.publish_scheduled" }, _count: true });
    expect(publishEvents.map((event) => event.entityId).sort()).toEqual([...scheduled].sort());
    expect(publishEvents.every((event) => event._count === 1)).toBe(true);
    const versions = await db().article.findMany({ where: { id: { in: scheduled } }, select: { version: true } });
    expect(new Set(versions.map((article) => article.version))).toEqual(new Set([3])); // draft 1 → scheduled 2 → published 3

    // Every outbox row applied once: all done, each claimed a single time, and the nodes' counts add up.
    // The writes made create, schedule, publish | create, publish rows; the version guard adds one more
    // whenever an edit landed while a node was projecting that article (lib/search/sync/worker.ts).
    const outbox = await db().searchOutbox.findMany({ select: { status: true, attempts: true } });
    const written = scheduled.length * 3 + publishedNow.length * 2;
    expect(outbox.length).toBeGreaterThanOrEqual(written);
    expect(outbox.length - written).toBeLessThanOrEqual(scheduled.length + publishedNow.length);
    expect(outbox.every((row) => row.status === "done" && row.attempts === 1)).toBe(true);
    expect(a.handled("search-outbox") + b.handled("search-outbox")).toBe(outbox.length);
    expect(b.handled("scheduled-publishing")).toBe(scheduled.length);

    // And the index ends equal to the database: every article at its current version.
    const current = await db().article.findMany({ where: { id: { in: [...scheduled, ...publishedNow] } }, select: { id: true, version: true } });
    const indexed = await db().$queryRaw<{ entity: string; version: number }[]>`
      SELECT split_part("id", ':', 1) || ':' || split_part("id", ':', 2) AS entity, max("sourceVersion")::int AS version
      FROM "SearchDocument" WHERE "id" LIKE 'article:%' GROUP BY 1`;
    const expected = new Map(current.map((article) => [`article:${article.id}`, article.version]));
    expect(new Map(indexed.filter((row) => expected.has(row.entity)).map((row) => [row.entity, row.version]))).toEqual(expected);

    const [lease] = await db().jobLease.findMany({ where: { name: "scheduled-publishing" } });
    expect(lease.owner).toBe(b.events.find((event) => event.event === "ready")?.owner);
    expect(b.events.filter((event) => event.error)).toEqual([]);

    measured.outboxRowsByNodeA = a.handled("search-outbox");
    measured.outboxRowsByNodeB = b.handled("search-outbox");
    measured.totalMs = Date.now() - started;
    console.log(`scale-out measurements: ${JSON.stringify(measured)}`);
  }, 120_000);
});
