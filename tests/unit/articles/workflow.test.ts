import { describe, expect, it } from "vitest";
import { availableActions, decideTransition, WORKFLOW_ACTIONS, WORKFLOW_STATES, workflowState, type WorkflowAction, type WorkflowState } from "@/lib/articles/workflow";

// Every allowed move, written out by hand per role as "state action → status". Anything not listed
// must be refused, so a change to the workflow has to be a deliberate change here too.
const ADMIN = `
draft save draft | draft submit in_review | draft publish published | draft schedule scheduled | draft archive archived
in_review save in_review | in_review approve in_review | in_review return draft | in_review publish published | in_review schedule scheduled | in_review archive archived
approved save in_review | approved return draft | approved publish published | approved schedule scheduled | approved archive archived
scheduled save scheduled | scheduled publish published | scheduled unschedule draft | scheduled archive archived
published save published | published schedule published | published unpublish draft | published archive archived
archived restore draft`;

// Editors publish only what a reviewer approved (or what is already scheduled/published).
const EDITOR = ADMIN.replace("draft publish published | draft schedule scheduled | ", "").replace("in_review publish published | in_review schedule scheduled | ", "");

// Reviewers approve and return; nothing else, and never publish.
const REVIEWER = "in_review approve in_review | in_review return draft | approved return draft";

function parse(table: string): Map<string, string> {
  return new Map(
    table
      .split(/[|\n]/)
      .map((entry) => entry.trim().split(/\s+/))
      .filter((parts) => parts.length === 3)
      .map(([state, action, to]) => [`${state} ${action}`, to]),
  );
}

const EXPECTED = { admin: parse(ADMIN), editor: parse(EDITOR), reviewer: parse(REVIEWER), anonymous: new Map<string, string>() };

describe("editorial workflow", () => {
  for (const [role, allowed] of Object.entries(EXPECTED)) {
    for (const state of WORKFLOW_STATES) {
      for (const action of WORKFLOW_ACTIONS) {
        const to = allowed.get(`${state} ${action}`);
        it(`${role}: ${state} + ${action} → ${to ?? "refused"}`, () => {
          const decision = decideTransition(state, action, role === "anonymous" ? null : (role as "admin" | "editor" | "reviewer"));
          if (to) expect(decision).toMatchObject({ ok: true, to });
          else expect(decision.ok).toBe(false);
        });
      }
    }
  }

  it("says FORBIDDEN for a missing permission and CONFLICT for a move that makes no sense", () => {
    expect(decideTransition("approved", "publish", "reviewer")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decideTransition("draft", "publish", "editor")).toMatchObject({ ok: false, code: "FORBIDDEN", message: "需先经审核员审核通过才能发布" });
    expect(decideTransition("archived", "publish", "admin")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(decideTransition("draft", "approve", "reviewer")).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("records an approval on approve and drops it when the approved text is edited", () => {
    expect(decideTransition("in_review", "approve", "reviewer")).toMatchObject({ approval: "set" });
    expect(decideTransition("approved", "save", "editor")).toMatchObject({ to: "in_review", approval: "clear" });
    expect(decideTransition("approved", "return", "reviewer")).toMatchObject({ approval: "clear" });
  });

  it("derives the approved state from the approved version", () => {
    expect(workflowState({ status: "in_review", version: 4, approvedVersion: 4 })).toBe("approved");
    expect(workflowState({ status: "in_review", version: 5, approvedVersion: 4 })).toBe("in_review");
    expect(workflowState({ status: "draft", version: 4, approvedVersion: 4 })).toBe("draft");
  });

  it("offers each role only the buttons it may press", () => {
    expect(availableActions("approved", "editor")).toEqual<WorkflowAction[]>(["return", "publish", "schedule", "archive"]);
    expect(availableActions("approved", "reviewer")).toEqual<WorkflowAction[]>(["return"]);
    expect(availableActions("published", null)).toEqual([]);
    const states: WorkflowState[] = ["draft", "in_review", "approved", "scheduled", "published"];
    for (const state of states) expect(availableActions(state, "reviewer")).not.toContain("publish");
  });
});
