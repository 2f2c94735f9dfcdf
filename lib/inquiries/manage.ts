import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { InquiryStatusValue } from "./schema";
import { canTransitionInquiry, firstResponseAfterMove, INQUIRY_STATUS_LABELS } from "./status";

/**
 * Inbox operations, called by the server actions after their permission check (and by the tests).
 * Status moves are conditional on the status read, so two people moving the same inquiry at once get
 * a conflict instead of a silent overwrite.
 */
type Actor = Pick<SessionUser, "id">;

export async function changeInquiryStatus(actor: Actor, id: string, to: InquiryStatusValue, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({ where: { id }, select: { status: true, firstRespondedAt: true } });
    if (!inquiry) throw new AppError("NOT_FOUND", "咨询不存在");
    if (inquiry.status === to) return;
    if (!canTransitionInquiry(inquiry.status, to)) {
      throw new AppError("BAD_REQUEST", `不能从“${INQUIRY_STATUS_LABELS[inquiry.status]}”改为“${INQUIRY_STATUS_LABELS[to]}”`, { status: ["不允许的状态变更"] });
    }
    const { count } = await tx.inquiry.updateMany({
      where: { id, status: inquiry.status },
      data: { status: to, firstRespondedAt: firstResponseAfterMove(inquiry.status, inquiry.firstRespondedAt, now) },
    });
    if (count === 0) throw new AppError("CONFLICT", "这条咨询刚被其他人更新，请刷新后再试");
    await recordAudit({ actorId: actor.id, action: "inquiry.status", entityType: "inquiry", entityId: id, detail: { from: inquiry.status, to } }, tx);
  });
}

export async function assignInquiry(actor: Actor, id: string, assigneeId: string | null): Promise<void> {
  if (assigneeId) {
    const assignee = await db().user.findUnique({ where: { id: assigneeId }, select: { role: true, status: true } });
    if (!assignee || assignee.status !== "active" || !can(assignee, "inquiry.manage")) {
      throw new AppError("BAD_REQUEST", "不能指派给这个账号", { assigneeId: ["请选择可处理咨询的账号"] });
    }
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.inquiry.updateMany({ where: { id }, data: { assigneeId } });
    if (count === 0) throw new AppError("NOT_FOUND", "咨询不存在");
    await recordAudit({ actorId: actor.id, action: "inquiry.assign", entityType: "inquiry", entityId: id, detail: { assigneeId } }, tx);
  });
}

export async function addInquiryNote(actor: Actor, id: string, body: string): Promise<{ noteId: string }> {
  return db().$transaction(async (tx) => {
    const exists = await tx.inquiry.count({ where: { id } });
    if (!exists) throw new AppError("NOT_FOUND", "咨询不存在");
    const note = await tx.inquiryNote.create({ data: { inquiryId: id, authorId: actor.id, body } });
    await recordAudit({ actorId: actor.id, action: "inquiry.note", entityType: "inquiry", entityId: id, detail: { noteId: note.id } }, tx);
    return { noteId: note.id };
  });
}
