import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { submissionContentHash } from "@/lib/contributions/content-hash";
import { fieldErrorsFrom } from "@/lib/contributions/form-state";
import { createWithTrackingCode, INVALID_FORM_MESSAGE, lockSubmission, SUBMISSION_TRANSACTION, type SubmissionContext, type SubmissionOutcome } from "@/lib/contributions/submit";
import { DUPLICATE_WINDOW_MS, enforceSubmissionLimits } from "@/lib/contributions/submission-guard";
import { generateTrackingCode } from "@/lib/contributions/tracking-code";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { queueMailSafely } from "@/lib/mail/outbox";
import { inquiryReceivedMails } from "./notifications";
import { addSuggestedZonesSchema, HONEYPOT_FIELD, inquirySchema, MAX_INQUIRY_ZONES } from "./schema";

/**
 * A 招商咨询 from the public form, under the same rules as a 投稿: validate, then in one transaction reuse a
 * duplicate or throttle and commit the row (with its zones), and only then queue notifications.
 */
export async function submitInquiry(raw: Record<string, unknown>, context: SubmissionContext): Promise<SubmissionOutcome> {
  const now = context.now ?? new Date();
  if (typeof raw[HONEYPOT_FIELD] === "string" && raw[HONEYPOT_FIELD].trim() !== "") {
    logger.info({ form: "inquiry", clientHash: context.clientHash }, "honeypot filled; submission discarded");
    return { trackingCode: generateTrackingCode("ZS"), isStored: false, isDuplicate: false };
  }

  const parsed = inquirySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", INVALID_FORM_MESSAGE, fieldErrorsFrom(parsed.error));
  const input = parsed.data;

  const zones = input.zones.length
    ? await db().zone.findMany({ where: { slug: { in: input.zones }, status: "published" }, select: { id: true, slug: true, name: true } })
    : [];
  if (zones.length !== input.zones.length) throw new AppError("BAD_REQUEST", INVALID_FORM_MESSAGE, { zones: ["所选园区中有已下线的园区，请重新选择"] });
  const zoneIds = zones.map((zone) => zone.id).sort();

  const contentHash = submissionContentHash([input.category, input.company, input.message, zoneIds.join(",")]);
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS);

  // As for a 投稿 (lib/contributions/submit.ts): duplicate check, limits and the row in one transaction.
  const result = await createWithTrackingCode("ZS", (trackingCode) =>
    db().$transaction(async (tx) => {
      await lockSubmission(tx, `inquiry:${input.email}:${contentHash}`);
      const earlier = await tx.inquiry.findFirst({ where: { email: input.email, contentHash, createdAt: { gte: since } }, orderBy: { createdAt: "asc" }, select: { trackingCode: true } });
      if (earlier) return { row: null, trackingCode: earlier.trackingCode };
      await enforceSubmissionLimits("inquiry", { clientHash: context.clientHash, email: input.email }, now, tx);
      const row = await tx.inquiry.create({
        data: {
          trackingCode,
          category: input.category,
          company: input.company,
          contactName: input.contactName,
          email: input.email,
          phone: input.phone,
          industry: input.industry ?? null,
          landAreaMu: input.landAreaMu ?? null,
          plantAreaM2: input.plantAreaM2 ?? null,
          timeline: input.timeline ?? null,
          message: input.message,
          clientHash: context.clientHash,
          contentHash,
          createdAt: now,
          zones: { create: zoneIds.map((zoneId) => ({ zoneId })) },
        },
      });
      await recordAudit({ action: "inquiry.submit", entityType: "inquiry", entityId: row.id, clientHash: context.clientHash }, tx);
      return { row, trackingCode: row.trackingCode };
    }, SUBMISSION_TRANSACTION),
  );

  if (!result.row) return { trackingCode: result.trackingCode, isStored: true, isDuplicate: true };
  await queueMailSafely(inquiryReceivedMails(result.row, zones.map((zone) => zone.name), env().SITE_URL, env().NOTIFY_EMAIL));
  return { trackingCode: result.trackingCode, isStored: true, isDuplicate: false };
}

/**
 * The investor ticks suggested zones on the confirmation page. The caller proves it made the inquiry
 * (the receipt cookie holds its code); zones are added as `suggested`, never removed.
 */
export async function addSuggestedZones(trackingCode: string, raw: Record<string, unknown>): Promise<{ added: number }> {
  const parsed = addSuggestedZonesSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "请至少勾选一个园区", fieldErrorsFrom(parsed.error));
  const inquiry = await db().inquiry.findUnique({ where: { trackingCode }, select: { id: true, _count: { select: { zones: true } } } });
  if (!inquiry) throw new AppError("NOT_FOUND", "没有找到这条咨询，请重新提交");
  const zones = await db().zone.findMany({ where: { slug: { in: parsed.data.zones }, status: "published" }, select: { id: true } });
  if (zones.length === 0) throw new AppError("BAD_REQUEST", "所选园区不存在或已下线", { zones: ["所选园区不存在或已下线"] });
  if (inquiry._count.zones + zones.length > MAX_INQUIRY_ZONES + 5) throw new AppError("BAD_REQUEST", "意向园区已经够多了，招商专员会与您进一步沟通");

  return db().$transaction(async (tx) => {
    const { count } = await tx.inquiryZone.createMany({
      data: zones.map((zone) => ({ inquiryId: inquiry.id, zoneId: zone.id, suggested: true })),
      skipDuplicates: true,
    });
    await recordAudit({ action: "inquiry.add_suggested_zones", entityType: "inquiry", entityId: inquiry.id, detail: { added: count } }, tx);
    return { added: count };
  });
}
