import { db, type PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { isSmtpConfigured, sendWithSmtp, type MailMessage, type MailSender } from "./transport";

/**
 * Every notification goes through the MailOutbox table. With SMTP configured a row starts `pending` and
 * drainMailOutbox delivers it (with retries); without SMTP it is written `logged` and shown in the admin
 * (/admin/mail), so a message is never lost either way.
 */
export const MAX_MAIL_ATTEMPTS = 5;
/** A claimed row is invisible to other drainers for this long; a crash mid-send makes it retry after. */
export const MAIL_LEASE_MS = 10 * 60_000;

type Client = PrismaClient | Prisma.TransactionClient;

export async function queueMail(message: MailMessage, client: Client = db(), smtpConfigured = isSmtpConfigured()): Promise<string> {
  const row = await client.mailOutbox.create({
    data: {
      to: message.to,
      subject: message.subject.slice(0, 300),
      text: message.text,
      status: smtpConfigured ? "pending" : "logged",
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * For use after a submission has committed: queues the messages and swallows every failure (logged),
 * because a notification problem must never fail a request whose data is already stored.
 */
export async function queueMailSafely(messages: readonly MailMessage[]): Promise<number> {
  let queued = 0;
  for (const message of messages) {
    try {
      await queueMail(message);
      queued += 1;
    } catch (error) {
      logger.error({ err: error, subject: message.subject }, "mail: could not queue a notification");
    }
  }
  return queued;
}

/** Minutes to wait before attempt n+1: 1, 4, 9, 16 … */
export function retryDelayMs(attempts: number): number {
  return Math.min(attempts * attempts, 24 * 60) * 60_000;
}

type ClaimedMail = { id: string; to: string; subject: string; text: string; attempts: number };

/**
 * Delivers due `pending` rows. Rows are claimed with FOR UPDATE SKIP LOCKED and leased by pushing
 * availableAt forward in the same statement, so several app nodes (and the jobs runner next to an
 * after-response kick) never send the same row twice, and no transaction stays open during SMTP.
 * Returns how many rows it handled. Without SMTP, pending rows are turned into `logged` ones.
 */
export async function drainMailOutbox(
  now: Date = new Date(),
  { limit = 20, send = sendWithSmtp, smtpConfigured = isSmtpConfigured() }: { limit?: number; send?: MailSender; smtpConfigured?: boolean } = {},
): Promise<number> {
  if (!smtpConfigured) {
    const { count } = await db().mailOutbox.updateMany({ where: { status: "pending" }, data: { status: "logged" } });
    return count;
  }
  const leaseUntil = new Date(now.getTime() + MAIL_LEASE_MS);
  const claimed = await db().$queryRaw<ClaimedMail[]>`
    UPDATE "MailOutbox" SET "attempts" = "attempts" + 1, "availableAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "MailOutbox"
      WHERE "status" = 'pending'::"MailStatus" AND "availableAt" <= ${now}
      ORDER BY "availableAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "attempts"`;

  for (const mail of claimed) {
    try {
      await send({ to: mail.to, subject: mail.subject, text: mail.text });
      await db().mailOutbox.update({ where: { id: mail.id }, data: { status: "sent", sentAt: new Date(), lastError: null } });
    } catch (error) {
      const attempts = Number(mail.attempts);
      const isFinal = attempts >= MAX_MAIL_ATTEMPTS;
      const message = error instanceof Error ? error.message : String(error);
      await db().mailOutbox.update({
        where: { id: mail.id },
        data: {
          status: isFinal ? "failed" : "pending",
          lastError: message.slice(0, 500),
          availableAt: new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      logger.warn({ mailId: mail.id, attempts, final: isFinal }, "mail: delivery failed");
    }
  }
  return claimed.length;
}
