import { formatDuration } from "@/lib/contributions/status";
import type { InquiryStatusValue } from "./schema";

/** The inbox workflow, pure: labels, which moves are allowed, and the first-response clock. */
export const INQUIRY_STATUS_LABELS: Record<InquiryStatusValue, string> = {
  new: "新咨询",
  contacted: "已联系",
  qualified: "有效意向",
  closed: "已关闭",
};

/** Forward through the pipeline, close from anywhere, step back one, reopen a closed one as contacted. */
const NEXT: Record<InquiryStatusValue, readonly InquiryStatusValue[]> = {
  new: ["contacted", "closed"],
  contacted: ["qualified", "closed"],
  qualified: ["contacted", "closed"],
  closed: ["contacted"],
};

export function allowedInquiryTransitions(from: InquiryStatusValue): readonly InquiryStatusValue[] {
  return NEXT[from];
}

export function canTransitionInquiry(from: InquiryStatusValue, to: InquiryStatusValue): boolean {
  return NEXT[from].includes(to);
}

/** The first move out of "new" is the first response; later moves never reset it. */
export function firstResponseAfterMove(from: InquiryStatusValue, current: Date | null, now: Date): Date | null {
  if (current) return current;
  return from === "new" ? now : null;
}

/** We promise a reply within one working day; the inbox counts from the moment the inquiry arrived. */
export const FIRST_RESPONSE_TARGET_HOURS = 24;

export type ResponseClock = { minutes: number; isAnswered: boolean; isOverdue: boolean; label: string };

export function describeFirstResponse(createdAt: Date, firstRespondedAt: Date | null, now: Date, targetHours = FIRST_RESPONSE_TARGET_HOURS): ResponseClock {
  const end = firstRespondedAt ?? now;
  const minutes = Math.max(0, Math.floor((end.getTime() - createdAt.getTime()) / 60_000));
  const isOverdue = minutes > targetHours * 60;
  if (firstRespondedAt) return { minutes, isAnswered: true, isOverdue, label: `${formatDuration(minutes)}后首次响应` };
  return { minutes, isAnswered: false, isOverdue, label: `已等待 ${formatDuration(minutes)}` };
}

/** What the investor sees on the status page for each state. */
export const INQUIRY_PUBLIC_STATUS: Record<InquiryStatusValue, { label: string; text: string }> = {
  new: { label: "已受理", text: "我们已收到您的咨询，招商专员将在 1 个工作日内与您联系。" },
  contacted: { label: "已联系", text: "招商专员已与您联系。如未收到，请留意来电或邮件，也可拨打招商热线。" },
  qualified: { label: "对接中", text: "您的需求已转入对接，招商专员正在协调相关园区。" },
  closed: { label: "已办结", text: "本次咨询已办结。如有新的需求，欢迎再次咨询。" },
};
