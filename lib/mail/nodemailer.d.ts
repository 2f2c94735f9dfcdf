// The part of nodemailer's API the portal uses; the package ships no types and @types/nodemailer is not installed.
declare module "nodemailer" {
  export type SendMailOptions = { from?: string; to: string; subject: string; text: string; headers?: Record<string, string> };
  export type SentMessageInfo = { messageId: string; accepted: unknown[]; rejected: unknown[] };
  export interface Transporter {
    sendMail(options: SendMailOptions): Promise<SentMessageInfo>;
    close(): void;
  }
  export function createTransport(options: string | Record<string, unknown>): Transporter;
  const nodemailer: { createTransport: typeof createTransport };
  export default nodemailer;
}
