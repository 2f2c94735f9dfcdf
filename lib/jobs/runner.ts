import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/**
 * The background-work runner. Every node (each web process with RUN_JOBS, each `npm run worker`) runs
 * the same list of jobs; a job runs only while this node holds its lease (lib/jobs/lease.ts), so on
 * any number of nodes each job runs on one node at a time, about once per interval across them all.
 * A failing job is retried with exponential backoff; a node that dies mid-run stops renewing its lease,
 * which runs out after `leaseMs`, and the next node to poll takes the job over.
 *
 * The lease is the outer guard. Inside, each job still claims its items one by one (`FOR UPDATE SKIP
 * LOCKED` or a conditional update) and records each item's outcome, so a job taken over after a crash
 * redoes only what the crashed node had not committed. See lib/jobs/registry.ts for the contract.
 */
export type JobContext = {
  /** aborted when this node lost the lease (it could not renew it in time) or is shutting down */
  signal: AbortSignal;
  /** this node's id, as written in JobLease.owner */
  owner: string;
};

export type Job = {
  name: string;
  /** how often the job runs across all nodes after a success */
  intervalMs: number;
  /** how long a node may hold the job without renewing (renewed every third of it while running); default 60 s */
  leaseMs?: number;
  /** returns how many items it handled, for the log */
  run: (now: Date, context: JobContext) => Promise<number>;
};

export type LeaseOutcome = { nextRunInMs: number; failed: boolean; handled: number; error?: string };

/** Where leases live: PostgreSQL for real (lib/jobs/lease.ts), memory for one process and for tests. */
export interface LeaseStore {
  /** takes the lease if it is free and the job is due (or `force`): the job's consecutive failures, or null */
  acquire(job: string, owner: string, leaseMs: number, force: boolean): Promise<{ failures: number } | null>;
  /** extends a lease this owner still holds; false when it is no longer ours */
  renew(job: string, owner: string, leaseMs: number): Promise<boolean>;
  /** gives the lease back and schedules the next run */
  release(job: string, owner: string, outcome: LeaseOutcome): Promise<void>;
}

export type JobEvent =
  | { job: string; owner: string; handled: number; durationMs: number }
  | { job: string; owner: string; error: unknown; failures: number; retryInMs: number }
  | { job: string; owner: string; leaseLost: true };

export type JobLogger = (event: JobEvent) => void;

export type JobRunner = {
  owner: string;
  /** stops polling and waits for running jobs to finish (and release their leases) */
  stop: () => Promise<void>;
  /** runs every job now whose lease is free, ignoring the schedule; what each handled (0 when skipped) */
  runOnce: () => Promise<Record<string, number>>;
};

export type JobRunnerOptions = {
  leases?: LeaseStore;
  log?: JobLogger;
  owner?: string;
};

export const DEFAULT_LEASE_MS = 60_000;
export const MAX_BACKOFF_MS = 15 * 60_000;

/** After the n-th consecutive failure: interval × 2ⁿ, at most 15 minutes (never less than one interval). */
export function backoffMs(failures: number, intervalMs: number): number {
  return Math.min(intervalMs * 2 ** Math.max(0, failures), Math.max(MAX_BACKOFF_MS, intervalMs));
}

/** How often a node asks whether a job is due: twice per interval, so the cluster keeps to it closely. */
export function pollMs(intervalMs: number): number {
  return Math.min(Math.max(Math.round(intervalMs / 2), 100), 30_000);
}

export function nodeOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Leases in this process only: right for a single node (and the embedded database), and for tests. */
export function memoryLeaseStore(clock: () => number = Date.now): LeaseStore {
  const leases = new Map<string, { owner: string; until: number; nextRunAt: number; failures: number }>();
  return {
    async acquire(job, owner, leaseMs, force) {
      const now = clock();
      const lease = leases.get(job) ?? { owner, until: 0, nextRunAt: 0, failures: 0 };
      if (lease.until > now || (!force && lease.nextRunAt > now)) return null;
      leases.set(job, { ...lease, owner, until: now + leaseMs });
      return { failures: lease.failures };
    },
    async renew(job, owner, leaseMs) {
      const lease = leases.get(job);
      if (lease?.owner !== owner) return false;
      lease.until = clock() + leaseMs;
      return true;
    },
    async release(job, owner, outcome) {
      const lease = leases.get(job);
      if (lease?.owner !== owner) return;
      const now = clock();
      leases.set(job, {
        owner,
        until: now,
        nextRunAt: now + outcome.nextRunInMs,
        failures: outcome.failed ? lease.failures + 1 : 0,
      });
    },
  };
}

export function startJobRunner(jobs: Job[], { leases = memoryLeaseStore(), log = () => {}, owner = nodeOwnerId() }: JobRunnerOptions = {}): JobRunner {
  const running = new Map<string, Promise<number>>();
  const timers = new Set<NodeJS.Timeout>();
  const shutdown = new AbortController();

  const runLeased = async (job: Job, failures: number): Promise<number> => {
    const leaseMs = job.leaseMs ?? DEFAULT_LEASE_MS;
    const lost = new AbortController();
    const signal = AbortSignal.any([lost.signal, shutdown.signal]);
    const heartbeat = setInterval(() => {
      leases.renew(job.name, owner, leaseMs).then(
        (held) => {
          if (held || lost.signal.aborted) return;
          lost.abort();
          log({ job: job.name, owner, leaseLost: true });
        },
        () => {}, // a failed renewal is retried on the next beat; the lease outlives two of them
      );
    }, Math.max(Math.floor(leaseMs / 3), 50));
    heartbeat.unref();
    const started = Date.now();
    try {
      const handled = await job.run(new Date(), { signal, owner });
      await leases.release(job.name, owner, { nextRunInMs: job.intervalMs, failed: false, handled });
      log({ job: job.name, owner, handled, durationMs: Date.now() - started });
      return handled;
    } catch (error) {
      const retryInMs = backoffMs(failures + 1, job.intervalMs);
      const message = error instanceof Error ? error.message : String(error);
      await leases
        .release(job.name, owner, { nextRunInMs: retryInMs, failed: true, handled: 0, error: message.slice(0, 500) })
        .catch(() => {}); // the lease then simply runs out
      log({ job: job.name, owner, error, failures: failures + 1, retryInMs });
      return 0;
    } finally {
      clearInterval(heartbeat);
    }
  };

  const tick = (job: Job, force: boolean): Promise<number> => {
    const current = running.get(job.name);
    if (current) return current;
    const promise = leases
      .acquire(job.name, owner, job.leaseMs ?? DEFAULT_LEASE_MS, force)
      .then(
        (lease) => (lease ? runLeased(job, lease.failures) : 0),
        (error: unknown) => {
          log({ job: job.name, owner, error, failures: 0, retryInMs: pollMs(job.intervalMs) });
          return 0;
        },
      )
      .finally(() => running.delete(job.name));
    running.set(job.name, promise);
    return promise;
  };

  const schedule = (job: Job) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (shutdown.signal.aborted) return;
      void tick(job, false).finally(() => {
        if (!shutdown.signal.aborted) schedule(job);
      });
    }, pollMs(job.intervalMs));
    timer.unref();
    timers.add(timer);
  };
  jobs.forEach(schedule);

  return {
    owner,
    async stop() {
      shutdown.abort();
      timers.forEach(clearTimeout);
      timers.clear();
      await Promise.all(running.values());
    },
    async runOnce() {
      const results: Record<string, number> = {};
      for (const job of jobs) results[job.name] = await tick(job, true);
      return results;
    },
  };
}
