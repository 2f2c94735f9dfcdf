import { Badge, type BadgeTone } from "@/components/admin/badge";
import type { ContributionStatusValue } from "@/lib/contributions/schema";
import { CONTRIBUTION_STATUS_LABELS, type SlaState } from "@/lib/contributions/status";
import type { InquiryStatusValue } from "@/lib/inquiries/schema";
import { INQUIRY_STATUS_LABELS, type ResponseClock } from "@/lib/inquiries/status";

const CONTRIBUTION_TONES: Record<ContributionStatusValue, BadgeTone> = { received: "blue", in_review: "amber", accepted: "green", published: "purple", returned: "gray" };
const INQUIRY_TONES: Record<InquiryStatusValue, BadgeTone> = { new: "blue", contacted: "amber", qualified: "green", closed: "gray" };

export function ContributionStatusBadge({ status }: { status: ContributionStatusValue }) {
  return <Badge tone={CONTRIBUTION_TONES[status]}>{CONTRIBUTION_STATUS_LABELS[status]}</Badge>;
}

export function InquiryStatusBadge({ status }: { status: InquiryStatusValue }) {
  return <Badge tone={INQUIRY_TONES[status]}>{INQUIRY_STATUS_LABELS[status]}</Badge>;
}

/** The 24-hour review promise, or the first-response clock: red when overdue, text not colour alone. */
export function ClockText({ clock }: { clock: Pick<SlaState, "label" | "isOverdue"> | Pick<ResponseClock, "label" | "isOverdue"> }) {
  return <span className={clock.isOverdue ? "font-semibold text-red-700" : "text-gray-700"}>{clock.label}</span>;
}
