import { createHash } from "node:crypto";
import { db } from "@/lib/db";

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
  const start = windowStart(now, rule.windowSeconds);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.ceil((start.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000);
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
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
