import { describe, expect, it } from "vitest";
import { ageBounds, contributionTimeline, describeReviewSla, effectiveContributionStatus, formatDuration } from "@/lib/contributions/status";
import { allowedInquiryTransitions, canTransitionInquiry, describeFirstResponse, firstResponseAfterMove } from "@/lib/inquiries/status";

const created = new Date("2026-11-20T02:00:00Z");
const later = (minutes: number) => new Date(created.getTime() + minutes * 60_000);

describe("the 24-hour review SLA", () => {
  it("shows the time left while open", () => {
    const sla = describeReviewSla(created, later(60 * 18 + 48));
    expect(sla).toMatchObject({ remainingMinutes: 312, isOverdue: false, label: "剩余 5小时12分" });
    expect(sla.dueAt.toISOString()).toBe("2026-11-21T02:00:00.000Z");
  });

  it("turns overdue after 24 hours", () => {
    expect(describeReviewSla(created, later(60 * 27))).toMatchObject({ isOverdue: true, label: "已超时 3小时" });
    expect(describeReviewSla(created, later(60 * 24)).isOverdue).toBe(false);
    expect(describeReviewSla(created, later(60 * 24 + 1)).isOverdue).toBe(true);
  });

  it("records whether a decided piece met the promise", () => {
    expect(describeReviewSla(created, later(9999), later(90))).toMatchObject({ isMet: true, isOverdue: false, label: "1小时30分内处理" });
    expect(describeReviewSla(created, later(9999), later(60 * 30)).isMet).toBe(false);
  });

  it("formats durations the Chinese way", () => {
    expect(formatDuration(5)).toBe("5分钟");
    expect(formatDuration(120)).toBe("2小时");
    expect(formatDuration(1500)).toBe("1天1小时");
    expect(formatDuration(2880)).toBe("2天");
    expect(formatDuration(-3)).toBe("0分钟");
  });

  it("turns the queue's age filter into createdAt bounds", () => {
    const now = later(0);
    expect(ageBounds("lt24h", now)).toEqual({ gte: later(-1440) });
    expect(ageBounds("gt7d", now)).toEqual({ lt: later(-1440 * 7) });
    expect(ageBounds(undefined, now)).toEqual({});
  });
});

describe("contribution status as the submitter sees it", () => {
  it("reads published from the article, in both directions", () => {
    expect(effectiveContributionStatus("accepted", "published")).toBe("published");
    expect(effectiveContributionStatus("published", "archived")).toBe("accepted");
    expect(effectiveContributionStatus("accepted", "draft")).toBe("accepted");
    expect(effectiveContributionStatus("returned", null)).toBe("returned");
  });

  it("draws the timeline with the current step, and skips publishing for a returned piece", () => {
    expect(contributionTimeline("in_review").map((step) => step.state)).toEqual(["done", "current", "upcoming", "upcoming"]);
    expect(contributionTimeline("published").map((step) => step.state)).toEqual(["done", "done", "done", "done"]);
    const returned = contributionTimeline("returned");
    expect(returned.map((step) => step.state)).toEqual(["done", "done", "done", "skipped"]);
    expect(returned[2]?.label).toBe("已退回");
  });
});

describe("the inquiry workflow", () => {
  it("moves forward new → contacted → qualified → closed", () => {
    expect(canTransitionInquiry("new", "contacted")).toBe(true);
    expect(canTransitionInquiry("contacted", "qualified")).toBe(true);
    expect(canTransitionInquiry("qualified", "closed")).toBe(true);
  });

  it("never skips contact, and never goes back to new", () => {
    expect(canTransitionInquiry("new", "qualified")).toBe(false);
    for (const from of ["contacted", "qualified", "closed"] as const) expect(allowedInquiryTransitions(from)).not.toContain("new");
    expect(allowedInquiryTransitions("closed")).toEqual(["contacted"]);
  });

  it("stamps the first response on the first move out of new, and never again", () => {
    const now = later(30);
    expect(firstResponseAfterMove("new", null, now)).toBe(now);
    expect(firstResponseAfterMove("contacted", later(10), now)).toEqual(later(10));
    expect(firstResponseAfterMove("contacted", null, now)).toBeNull();
  });

  it("runs the first-response clock until answered", () => {
    expect(describeFirstResponse(created, null, later(90))).toMatchObject({ isAnswered: false, isOverdue: false, label: "已等待 1小时30分" });
    expect(describeFirstResponse(created, null, later(60 * 25)).isOverdue).toBe(true);
    expect(describeFirstResponse(created, later(45), later(99999))).toMatchObject({ isAnswered: true, isOverdue: false, label: "45分钟后首次响应" });
  });
});
