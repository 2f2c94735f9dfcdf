import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/log";
import { drainMailOutbox } from "./outbox";
import { isSmtpConfigured } from "./transport";

/**
 * Called by server actions that queued mail: with SMTP configured, the outbox is drained right after
 * the response is sent, so a notification leaves in seconds instead of at the jobs runner's next tick.
 * The visitor never waits for SMTP, and a failure here only leaves the row for the runner to retry.
 */
export function deliverMailSoon(): void {
  if (!isSmtpConfigured()) return;
  after(async () => {
    try {
      await drainMailOutbox(new Date(), { limit: 10 });
    } catch (error) {
      logger.warn({ err: error }, "mail: after-response delivery failed; the jobs runner will retry");
    }
  });
}
