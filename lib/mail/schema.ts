import { z } from "zod";

export const MAIL_STATUSES = ["pending", "sent", "failed", "logged"] as const;
export type MailStatusValue = (typeof MAIL_STATUSES)[number];

export const MAIL_STATUS_LABELS: Record<MailStatusValue, string> = {
  pending: "待发送",
  sent: "已发送",
  failed: "发送失败",
  logged: "已记录（未配置邮件服务）",
};

/** The outbox page's filters, read from the URL. */
export const mailFilterSchema = z.object({
  status: z.enum(MAIL_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type MailFilter = z.infer<typeof mailFilterSchema>;

export const mailIdSchema = z.object({ id: z.string().min(1).max(40) }).strict();
