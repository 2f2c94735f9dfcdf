import type { ReactNode } from "react";

export type BadgeTone = "gray" | "blue" | "green" | "amber" | "red" | "purple";

const TONES: Record<BadgeTone, string> = {
  gray: "bg-gray-100 text-gray-700 ring-gray-300",
  blue: "bg-brand-50 text-brand-800 ring-brand-100",
  green: "bg-green-50 text-green-800 ring-green-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  purple: "bg-purple-50 text-purple-800 ring-purple-200",
};

export function Badge({ tone = "gray", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

/** Labels and tones of the publishing states (草稿/待审核/已排期/已发布/已归档), one place for every list. */
export const PUBLISH_STATUS_BADGE: Record<"draft" | "in_review" | "scheduled" | "published" | "archived", { label: string; tone: BadgeTone }> = {
  draft: { label: "草稿", tone: "gray" },
  in_review: { label: "待审核", tone: "amber" },
  scheduled: { label: "已排期", tone: "purple" },
  published: { label: "已发布", tone: "green" },
  archived: { label: "已归档", tone: "gray" },
};

export function PublishStatusBadge({ status }: { status: keyof typeof PUBLISH_STATUS_BADGE }) {
  const { label, tone } = PUBLISH_STATUS_BADGE[status];
  return <Badge tone={tone}>{label}</Badge>;
}
