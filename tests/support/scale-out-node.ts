// One "app node" for the scale-out test (tests/integration/scale-out.test.ts), run as its own process:
// the portal's real jobs on database leases (as `npm run worker` / RUN_JOBS run them, with short intervals),
// the real shared cache handler Next.js loads, and the real editorial writes, behind a small HTTP API on
// PORT. Job events go to stdout as JSON lines. Run with `tsx --conditions=react-server` (server-only modules).
//
// SCALE_OUT_CRASH_SCHEDULER=1 replaces this node's scheduler by one that claims due articles and then hangs
// inside its transaction: a node that dies mid-run, once the test kills it.
import { createServer, type IncomingMessage } from "node:http";
import SharedCacheHandler from "@/lib/cache/pg-cache-handler.mjs";
import { createArticleDraft, transitionArticle, type Editor } from "@/lib/articles/editing";
import { articleFormSchema, type TransitionInput } from "@/lib/articles/schema";
import { db } from "@/lib/db";
import { databaseLeaseStore } from "@/lib/jobs/lease";
import { portalJobs } from "@/lib/jobs/registry";
import { startJobRunner, type Job } from "@/lib/jobs/runner";

const port = Number(process.env.PORT);
const leaseMs = Number(process.env.SCALE_OUT_LEASE_MS ?? 1_500);
const crashScheduler = process.env.SCALE_OUT_CRASH_SCHEDULER === "1";

const emit = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ node: port, ...event })}\n`);

const hangingScheduler: Job["run"] = () =>
  db().$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Article" WHERE status = 'scheduled' AND "publishAt" <= now() FOR UPDATE SKIP LOCKED`;
      if (!claimed.length) return 0; // nothing due yet: an ordinary, empty run
      emit({ event: "scheduler-hanging", claimed: claimed.length });
      return new Promise<number>(() => {}); // never commits: the process is killed here
    },
    { timeout: 10 * 60_000, maxWait: 10_000 },
  );

const jobs = portalJobs().map((job) => ({
  ...job,
  intervalMs: Math.min(job.intervalMs, 400),
  leaseMs,
  ...(crashScheduler && job.name === "scheduled-publishing" ? { run: hangingScheduler } : {}),
}));

const runner = startJobRunner(jobs, {
  leases: databaseLeaseStore(),
  log: (event) => emit({ event: "job", ...event, error: "error" in event ? String(event.error) : undefined }),
});

const cache = new SharedCacheHandler();

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

/** Drafts and schedules (or publishes) articles through the editorial code path, as the admin does. */
async function writeArticles({ editorId, count, publishInMs, prefix }: Record<string, unknown>) {
  const editor: Editor = { id: String(editorId), role: "admin" };
  const ids: string[] = [];
  for (let index = 0; index < Number(count); index++) {
    const form = articleFormSchema.parse({
      kind: "news",
      title: `${String(prefix)}第${index + 1}篇：园区项目集中签约`,
      summary: "开发区集中签约一批重点项目，涵盖新能源、生物医药和高端装备。",
      source: "园区管委会",
      body: "开发区今天集中签约一批重点项目。\n\n项目涵盖新能源、生物医药和高端装备等领域。",
    });
    const draft = await createArticleDraft(editor, { ...form, publishedAt: publishInMs ? null : new Date() });
    // seconds matter here, which the form's minute-precision date field cannot carry: build the parsed input
    const transition: TransitionInput = {
      id: draft.id,
      version: draft.version,
      intent: publishInMs ? "schedule" : "publish",
      comment: null,
      publishAt: publishInMs ? new Date(Date.now() + Number(publishInMs)) : null,
      unpublishAt: null,
    };
    await transitionArticle(editor, transition);
    ids.push(draft.id);
  }
  return { ids };
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://node");
    const input = request.method === "POST" ? await body(request) : {};
    let result: unknown;
    if (url.pathname === "/articles") result = await writeArticles(input);
    else if (url.pathname === "/cache/get") {
      const entry = await cache.get(String(url.searchParams.get("key")), { kind: "APP_PAGE" });
      result = { hit: !!entry, html: entry ? Buffer.from((entry.value as { html: Uint8Array }).html).toString("utf8") : null };
    } else if (url.pathname === "/cache/set") {
      await cache.set(String(input.key), { kind: "APP_PAGE", html: Buffer.from(String(input.html)), headers: { "x-next-cache-tags": String(input.tags) }, status: 200 }, {});
      result = { ok: true };
    } else if (url.pathname === "/revalidate") {
      await cache.revalidateTag(input.tags as string[]);
      result = { ok: true };
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(result));
  } catch (error) {
    response.writeHead(500, { "Content-Type": "application/json" }).end(JSON.stringify({ error: String(error) }));
  }
});

server.listen(port, "127.0.0.1", () => emit({ event: "ready", owner: runner.owner }));
process.once("SIGTERM", () => {
  server.close();
  void runner.stop().then(() => process.exit(0));
});
