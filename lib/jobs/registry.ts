import { runScheduledPublishing } from "@/lib/articles/scheduling";
import { pruneSharedCache } from "@/lib/cache/prune";
import { notifyPublishedContributions } from "@/lib/contributions/published-notices";
import { drainMailOutbox } from "@/lib/mail/outbox";
import { pruneRateLimits } from "@/lib/rate-limit/limiter";
import { expireSearchPages } from "@/lib/search/sync/expire-pages";
import { drainSearchOutbox } from "@/lib/search/sync/worker";
import type { Job } from "./runner";

/**
 * Every background job of the portal, in one list: started with each web process (RUN_JOBS=true) and by
 * `npm run worker`. Add a job with one entry here. The contract every job keeps, because any number of
 * nodes run this list against one database (lib/jobs/runner.ts):
 *
 * 1. **Claim items, don't just read them.** Select work with `FOR UPDATE SKIP LOCKED` (or a conditional
 *    `UPDATE … WHERE status = 'pending'`) and mark it taken in the same statement or transaction — the
 *    job lease already keeps two nodes apart, this keeps a job safe even when a lease runs out mid-run.
 * 2. **Commit each item's outcome with the item.** A crash then loses at most the item in hand, and the
 *    node that takes over redoes only that one; side effects outside the database (mail, search engine)
 *    must tolerate being repeated once (upserts, idempotent deletes).
 * 3. **No transaction open across slow I/O** (SMTP, Meilisearch): claim, commit, do the I/O, record.
 * 4. **Bounded batches.** Handle at most a batch per run and return how many items were handled; stop
 *    early when `context.signal` is aborted (lease lost or shutting down).
 * 5. **Throw only for a failure of the whole run** (database down): the runner retries it with backoff.
 *    An item that fails records its own attempts/`availableAt` and the run goes on.
 * 6. **intervalMs** is the cadence across the whole cluster, not per node; keep runs far shorter than
 *    `leaseMs` (default 60 s) or raise it.
 */
export function portalJobs(): Job[] {
  return [
    { name: "scheduled-publishing", intervalMs: 15_000, run: runScheduledPublishing },
    // Notifications: sent through SMTP when configured (retried with back-off), otherwise kept as `logged`.
    { name: "deliver-mail", intervalMs: 30_000, run: (now) => drainMailOutbox(now) },
    { name: "contribution-published-notices", intervalMs: 5 * 60_000, run: () => notifyPublishedContributions() },
    {
      name: "prune-rate-limits",
      intervalMs: 10 * 60_000,
      run: (now) => pruneRateLimits(new Date(now.getTime() - 24 * 60 * 60_000)),
    },
    { name: "prune-shared-cache", intervalMs: 30 * 60_000, run: () => pruneSharedCache() },
    { name: "search-outbox", intervalMs: 5_000, run: drainSearchOutboxAndExpirePages },
  ];
}

/** The index changed: the cached search result pages go with it (see expireSearchPages). */
async function drainSearchOutboxAndExpirePages(now: Date, { signal }: { signal: AbortSignal }): Promise<number> {
  const handled = await drainSearchOutbox({ now, signal });
  if (handled) await expireSearchPages();
  return handled;
}
