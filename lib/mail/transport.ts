import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";

/** One outgoing message; plain text only, so nothing a submitter typed can turn into markup in a mail client. */
export type MailMessage = { to: string; subject: string; text: string };

/** Sends one message or throws; the outbox decides what a failure means. */
export type MailSender = (message: MailMessage) => Promise<void>;

export function isSmtpConfigured(smtpUrl: string | undefined = env().SMTP_URL): boolean {
  return Boolean(smtpUrl?.trim());
}

let transporter: Transporter | undefined;

/** nodemailer over SMTP_URL (smtp://user:pass@host:587 or smtps://…), created on first use. */
export const sendWithSmtp: MailSender = async (message) => {
  const smtpUrl = env().SMTP_URL?.trim();
  if (!smtpUrl) throw new Error("SMTP_URL is not configured");
  if (!transporter) {
    const nodemailer = await import("nodemailer");
    transporter = nodemailer.createTransport(smtpUrl);
  }
  await transporter.sendMail({ from: env().MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
};
