import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Fixed-window counters in PostgreSQL (table RateLimit), so every app node sees the same counts and no
 * Redis is needed. One atomic upsert per hit.
 */
export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

export function windowStart(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const [result] = await hitRateLimits([[key, rule]], now);
  return result;
}

/**
 * Several counters in one statement (one round trip). In a caller's transaction the counted rows stay
 * locked until it ends, and a rollback un-counts them: a refused or failed attempt is then not counted.
 * Rows are upserted in the order given, so callers that always pass keys in one order cannot deadlock.
 */
export async function hitRateLimits(hits: ReadonlyArray<readonly [key: string, rule: RateLimitRule]>, now = new Date(), client: Prisma.TransactionClient = db()): Promise<RateLimitResult[]> {
  if (!hits.length) return [];
  const starts = hits.map(([, rule]) => windowStart(now, rule.windowSeconds));
  const rows = await client.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES ${Prisma.join(hits.map(([key], index) => Prisma.sql`(${key}, ${starts[index]}, 1)`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "key", "count"`;
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
  return hits.map(([key, rule], index) => {
    const count = counts.get(key) ?? 1;
    const retryAfterSeconds = Math.ceil((starts[index].getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000);
    return { allowed: count <= rule.limit, count, retryAfterSeconds };
  });
}

/** Old windows are useless once over; the jobs runner prunes them. */
export async function pruneRateLimits(olderThan: Date): Promise<number> {
  const { count } = await db().rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}

/** Client addresses are kept only as salted hashes. */
export function hashClient(value: string, salt = "zone-portal"): string {
  return createHash("sha256").update(`${salt}:${value}`).digest("hex").slice(0, 32);
}
