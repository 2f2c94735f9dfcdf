"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { mailIdSchema } from "./schema";
import { isSmtpConfigured } from "./transport";

/** Puts a failed or logged message back in the queue, for after SMTP has been fixed or configured. */
export async function requeueMail(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("mail.view");
    const parsed = mailIdSchema.safeParse({ id: formData.get("id") });
    if (!parsed.success) throw new AppError("BAD_REQUEST", "参数不正确");
    if (!isSmtpConfigured()) throw new AppError("CONFLICT", "尚未配置邮件服务（SMTP_URL），无法重新发送");
    await db().$transaction(async (tx) => {
      const { count } = await tx.mailOutbox.updateMany({
        where: { id: parsed.data.id, status: { in: ["failed", "logged"] } },
        data: { status: "pending", attempts: 0, availableAt: new Date(), lastError: null },
      });
      if (count === 0) throw new AppError("CONFLICT", "这封邮件不在可重新发送的状态");
      await recordAudit({ actorId: user.id, action: "mail.requeue", detail: { mailId: parsed.data.id } }, tx);
    });
    revalidatePath("/admin/mail");
    return { id: parsed.data.id };
  });
}
