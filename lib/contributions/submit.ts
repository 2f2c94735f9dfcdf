import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { queueMailSafely } from "@/lib/mail/outbox";
import { submissionContentHash } from "./content-hash";
import { fieldErrorsFrom } from "./form-state";
import { contributionReceivedMails } from "./notifications";
import { contributionSchema, HONEYPOT_FIELD } from "./schema";
import { DUPLICATE_WINDOW_MS, enforceSubmissionLimits } from "./submission-guard";
import { generateTrackingCode, type TrackingPrefix } from "./tracking-code";

export type SubmissionContext = { clientHash: string; now?: Date };

/**
 * isStored: a row exists (new or the earlier duplicate). A filled honeypot gets a believable code and
 * nothing is stored, so the bot learns nothing.
 */
export type SubmissionOutcome = { trackingCode: string; isStored: boolean; isDuplicate: boolean };

export const INVALID_FORM_MESSAGE = "提交未成功，请根据提示修改标出的内容";

/**
 * Runs `create` with a fresh tracking code, again on a unique violation: a collision in 50 random bits
 * is unlikely, but retried rather than shown. Wrap the whole transaction, as a violation aborts it.
 */
export async function createWithTrackingCode<T>(prefix: TrackingPrefix, create: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await create(generateTrackingCode(prefix));
    } catch (error) {
      const code = typeof error === "object" && error && "code" in error ? (error as { code: unknown }).code : undefined;
      if (code !== "P2002" || attempt >= 3) throw error;
    }
  }
}

/**
 * A burst of submissions queues for the connection pool rather than failing: Prisma's default wait for a
 * transaction to start (2 s) refused a tenth of 500 concurrent posts with P2028 on a 10-connection pool.
 */
export const SUBMISSION_TRANSACTION = { maxWait: 15_000, timeout: 10_000 } as const;

/** Serialises submissions with the same key (email + content) inside a transaction. */
export async function lockSubmission(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${key}))`;
}

/**
 * A 投稿 from the public form. Order matters for reliability: validate, then in one transaction reuse a
 * duplicate or throttle and store; notifications are queued only after the commit and can never undo or
 * hide a stored submission.
 */
export async function submitContribution(raw: Record<string, unknown>, context: SubmissionContext): Promise<SubmissionOutcome> {
  const now = context.now ?? new Date();
  if (typeof raw[HONEYPOT_FIELD] === "string" && raw[HONEYPOT_FIELD].trim() !== "") {
    logger.info({ form: "contribution", clientHash: context.clientHash }, "honeypot filled; submission discarded");
    return { trackingCode: generateTrackingCode("TG"), isStored: false, isDuplicate: false };
  }

  const parsed = contributionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", INVALID_FORM_MESSAGE, fieldErrorsFrom(parsed.error));
  const input = parsed.data;

  let zoneId: string | null = null;
  if (input.zone) {
    const zone = await db().zone.findFirst({ where: { slug: input.zone, status: "published" }, select: { id: true } });
    if (!zone) throw new AppError("BAD_REQUEST", INVALID_FORM_MESSAGE, { zone: ["请从列表中选择园区，或留空"] });
    zoneId = zone.id;
  }

  const contentHash = submissionContentHash([input.title, input.body]);
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS);

  // One transaction, one commit: a duplicate (a double click, a resubmitted page) gets the code it
  // already has without spending the rate limit; otherwise the limits are counted and the row stored
  // together, and a refusal rolls the count back. A fresh code per attempt: a unique violation aborts
  // the transaction, so the whole of it is retried.
  const result = await createWithTrackingCode("TG", (trackingCode) =>
    db().$transaction(async (tx) => {
      await lockSubmission(tx, `contribution:${input.email}:${contentHash}`);
      const earlier = await tx.contribution.findFirst({
        where: { email: input.email, contentHash, createdAt: { gte: since } },
        orderBy: { createdAt: "asc" },
        select: { trackingCode: true },
      });
      if (earlier) return { row: null, trackingCode: earlier.trackingCode };
      await enforceSubmissionLimits("contribution", { clientHash: context.clientHash, email: input.email }, now, tx);
      const row = await tx.contribution.create({
        data: {
          trackingCode,
          title: input.title,
          body: input.body,
          category: input.category,
          authorName: input.authorName,
          organisation: input.organisation,
          email: input.email,
          phone: input.phone,
          region: input.region ?? null,
          zoneId,
          isOriginal: input.isOriginal,
          termsVersion: input.termsVersion,
          contentHash,
          clientHash: context.clientHash,
          createdAt: now,
        },
        // what the notifications need, not the body sent back over the wire
        select: { id: true, trackingCode: true, title: true, category: true, authorName: true, organisation: true, email: true },
      });
      await recordAudit({ action: "contribution.submit", entityType: "contribution", entityId: row.id, clientHash: context.clientHash }, tx);
      return { row, trackingCode: row.trackingCode };
    }, SUBMISSION_TRANSACTION),
  );

  if (!result.row) return { trackingCode: result.trackingCode, isStored: true, isDuplicate: true };
  await queueMailSafely(contributionReceivedMails(result.row, env().SITE_URL, env().NOTIFY_EMAIL));
  return { trackingCode: result.trackingCode, isStored: true, isDuplicate: false };
}
