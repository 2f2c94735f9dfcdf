import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashClient, hitRateLimit, hitRateLimits, type RateLimitRule } from "@/lib/rate-limit/limiter";

/**
 * Abuse rules shared by both public forms (投稿 and 招商咨询): counters live in the database
 * (RateLimit), so every app node sees the same numbers. Only submissions that pass validation count, so
 * a person correcting a mistake is never throttled by their own errors.
 */
export type PublicForm = "contribution" | "inquiry";

export const SUBMISSION_LIMITS: Record<"perClient" | "perEmail" | "perEmailDaily", RateLimitRule> = {
  // Offices behind one NAT share an address, so this is generous; the email rules are the tight ones.
  perClient: { limit: 10, windowSeconds: 60 * 60 },
  perEmail: { limit: 5, windowSeconds: 60 * 60 },
  perEmailDaily: { limit: 20, windowSeconds: 24 * 60 * 60 },
};

/** Status lookups (查询码 + 邮箱): enough for a person, too few to guess codes. */
export const LOOKUP_LIMIT: RateLimitRule = { limit: 30, windowSeconds: 10 * 60 };

export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

function retryMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes >= 60 ? `提交过于频繁，请约 ${Math.ceil(minutes / 60)} 小时后再试` : `提交过于频繁，请 ${minutes} 分钟后再试`;
}

/**
 * Counts a submission against every rule in one statement. Call it in the transaction that stores the
 * submission: a refusal throws, the transaction rolls back, and the refused attempt is not counted.
 */
export async function enforceSubmissionLimits(form: PublicForm, who: { clientHash: string; email: string }, now: Date, tx: Prisma.TransactionClient): Promise<void> {
  const emailKey = hashClient(who.email, `${form}-email`);
  // Always in this order (client, email, email per day): concurrent transactions lock the rows alike.
  const results = await hitRateLimits(
    [
      [`${form}:client:${who.clientHash}`, SUBMISSION_LIMITS.perClient],
      [`${form}:email:${emailKey}`, SUBMISSION_LIMITS.perEmail],
      [`${form}:email-day:${emailKey}`, SUBMISSION_LIMITS.perEmailDaily],
    ],
    now,
    tx,
  );
  const refused = results.filter((result) => !result.allowed);
  if (refused.length) throw new AppError("RATE_LIMITED", retryMessage(Math.max(...refused.map((result) => result.retryAfterSeconds))));
}

export async function enforceLookupLimit(form: PublicForm, clientHash: string, now = new Date()): Promise<void> {
  const result = await hitRateLimit(`${form}:lookup:${clientHash}`, LOOKUP_LIMIT, now);
  if (!result.allowed) throw new AppError("RATE_LIMITED", `查询过于频繁，请 ${Math.max(1, Math.ceil(result.retryAfterSeconds / 60))} 分钟后再试`);
}
