import type { ContributionStatusValue } from "./schema";
import { REVIEW_SLA_HOURS } from "./terms";

/** Labels and the rules of the moderation workflow, pure so that the pages and tests agree. */
export const CONTRIBUTION_STATUS_LABELS: Record<ContributionStatusValue, string> = {
  received: "已收稿",
  in_review: "审阅中",
  accepted: "已采用",
  published: "已发布",
  returned: "已退回",
};

/** From which states a reviewer may accept or return: decided stays decided. */
export function canDecideContribution(status: ContributionStatusValue): boolean {
  return status === "received" || status === "in_review";
}

/**
 * What the submitter sees. An accepted piece becomes an article that editors publish later through
 * their own workflow, so "published" is read from the article rather than kept in step by hand.
 */
export function effectiveContributionStatus(status: ContributionStatusValue, articleStatus: string | null | undefined): ContributionStatusValue {
  if ((status === "accepted" || status === "published") && articleStatus === "published") return "published";
  if (status === "published" && articleStatus !== "published") return "accepted";
  return status;
}

export type TimelineStep = { key: "received" | "in_review" | "decided" | "published"; label: string; state: "done" | "current" | "upcoming" | "skipped" };

/** The four-step progress line on the status page. */
export function contributionTimeline(status: ContributionStatusValue): TimelineStep[] {
  const order: ContributionStatusValue[] = ["received", "in_review", "accepted", "published"];
  const position = status === "returned" ? 2 : order.indexOf(status);
  const stateAt = (index: number): TimelineStep["state"] => {
    if (status === "returned" && index === 3) return "skipped";
    if (index < position) return "done";
    if (index === position) return status === "published" || status === "returned" ? "done" : "current";
    return "upcoming";
  };
  return [
    { key: "received", label: "已收稿", state: stateAt(0) },
    { key: "in_review", label: "审阅中", state: stateAt(1) },
    { key: "decided", label: status === "returned" ? "已退回" : "已采用", state: stateAt(2) },
    { key: "published", label: "已发布", state: stateAt(3) },
  ];
}

export type SlaState = { dueAt: Date; remainingMinutes: number; isOverdue: boolean; isMet: boolean | null; label: string };

/** "剩余 5小时12分" / "已超时 3小时" / "1天2小时内完成": the 24-hour review promise for one contribution. */
export function describeReviewSla(createdAt: Date, now: Date, reviewedAt: Date | null = null, hours = REVIEW_SLA_HOURS): SlaState {
  const dueAt = new Date(createdAt.getTime() + hours * 3_600_000);
  if (reviewedAt) {
    const took = Math.max(0, Math.round((reviewedAt.getTime() - createdAt.getTime()) / 60_000));
    const isMet = reviewedAt.getTime() <= dueAt.getTime();
    return { dueAt, remainingMinutes: 0, isOverdue: false, isMet, label: `${formatDuration(took)}内处理${isMet ? "" : "（超时）"}` };
  }
  const remainingMinutes = Math.floor((dueAt.getTime() - now.getTime()) / 60_000);
  if (remainingMinutes < 0) return { dueAt, remainingMinutes, isOverdue: true, isMet: null, label: `已超时 ${formatDuration(-remainingMinutes)}` };
  return { dueAt, remainingMinutes, isOverdue: false, isMet: null, label: `剩余 ${formatDuration(remainingMinutes)}` };
}

/** 75 → "1小时15分", 1500 → "1天1小时", 5 → "5分钟". */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days}天${hours}小时` : `${days}天`;
  if (hours > 0) return rest > 0 ? `${hours}小时${rest}分` : `${hours}小时`;
  return `${rest}分钟`;
}

/** Queue age filter → createdAt bounds. */
export function ageBounds(age: "lt24h" | "gt24h" | "gt7d" | undefined, now: Date): { gte?: Date; lt?: Date } {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  if (age === "lt24h") return { gte: hoursAgo(24) };
  if (age === "gt24h") return { lt: hoursAgo(24) };
  if (age === "gt7d") return { lt: hoursAgo(24 * 7) };
  return {};
}
