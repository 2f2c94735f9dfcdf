import { db, Prisma, type PrismaClient } from "@/lib/db";
import type { LeaseStore } from "./runner";

/**
 * Job leases in PostgreSQL (table JobLease), shared by every node. Taking a lease is one
 * `INSERT … ON CONFLICT DO UPDATE … WHERE` statement: PostgreSQL locks the row and re-checks the
 * condition, so of two nodes asking at the same instant exactly one gets it. All times come from the
 * database's clock, so nodes whose clocks disagree still agree on who holds what.
 */
const NOW = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')`;
const plusMs = (ms: number) => Prisma.sql`(${NOW} + ${Math.round(ms)}::integer * interval '1 millisecond')`;

export function databaseLeaseStore(client: () => PrismaClient = db): LeaseStore {
  return {
    async acquire(job, owner, leaseMs, force) {
      const rows = await client().$queryRaw<{ failures: number }[]>`
        INSERT INTO "JobLease" ("name", "owner", "leasedUntil", "nextRunAt", "lastStartedAt", "runs")
        VALUES (${job}, ${owner}, ${plusMs(leaseMs)}, ${NOW}, ${NOW}, 1)
        ON CONFLICT ("name") DO UPDATE
          SET "owner" = EXCLUDED."owner", "leasedUntil" = EXCLUDED."leasedUntil",
              "lastStartedAt" = EXCLUDED."lastStartedAt", "runs" = "JobLease"."runs" + 1
          WHERE "JobLease"."leasedUntil" <= ${NOW} AND (${force}::boolean OR "JobLease"."nextRunAt" <= ${NOW})
        RETURNING "failures"`;
      return rows[0] ? { failures: Number(rows[0].failures) } : null;
    },
    async renew(job, owner, leaseMs) {
      const count = await client().$executeRaw`
        UPDATE "JobLease" SET "leasedUntil" = ${plusMs(leaseMs)} WHERE "name" = ${job} AND "owner" = ${owner}`;
      return count === 1;
    },
    async release(job, owner, { nextRunInMs, failed, handled, error }) {
      await client().$executeRaw`
        UPDATE "JobLease"
        SET "leasedUntil" = ${NOW}, "nextRunAt" = ${plusMs(nextRunInMs)},
            "failures" = CASE WHEN ${failed}::boolean THEN "failures" + 1 ELSE 0 END,
            "lastFinishedAt" = ${NOW}, "lastHandled" = ${handled}::integer, "lastError" = ${error ?? null}
        WHERE "name" = ${job} AND "owner" = ${owner}`;
    },
  };
}

export type JobStatus = {
  name: string;
  owner: string | null;
  isRunning: boolean;
  nextRunAt: Date;
  failures: number;
  runs: number;
  lastFinishedAt: Date | null;
  lastHandled: number | null;
  lastError: string | null;
};

/** What each job did last and who runs it now, for operators (readiness, admin). */
export async function listJobStatuses(client: PrismaClient = db()): Promise<JobStatus[]> {
  const rows = await client.$queryRaw<(Omit<JobStatus, "isRunning"> & { leasedUntil: Date; now: Date })[]>`
    SELECT "name", "owner", "leasedUntil", "nextRunAt", "failures", "runs", "lastFinishedAt", "lastHandled", "lastError", ${NOW} AS "now"
    FROM "JobLease" ORDER BY "name"`;
  return rows.map(({ leasedUntil, now, ...row }) => ({ ...row, isRunning: leasedUntil > now }));
}
