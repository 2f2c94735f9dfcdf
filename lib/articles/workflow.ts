import { can, type Action } from "@/lib/auth/permissions";
import type { PublishStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * The editorial workflow as one pure function: given where an item stands, what someone wants to do
 * and their role, it says where the item goes — or why not. Actions and the job runner both ask it,
 * so the buttons on a page, the server action and the scheduler can never disagree.
 *
 * An approval holds for the version the reviewer saw: "approved" is `in_review` with
 * `approvedVersion === version`, so any later save falls back to plain review.
 */
export const WORKFLOW_ACTIONS = ["save", "submit", "approve", "return", "publish", "schedule", "unschedule", "unpublish", "archive", "restore"] as const;

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export type WorkflowState = "draft" | "in_review" | "approved" | "scheduled" | "published" | "archived";

export const WORKFLOW_STATES: readonly WorkflowState[] = ["draft", "in_review", "approved", "scheduled", "published", "archived"];

export const WORKFLOW_ACTION_LABELS: Record<WorkflowAction, string> = {
  save: "保存",
  submit: "提交审核",
  approve: "审核通过",
  return: "退回修改",
  publish: "立即发布",
  schedule: "定时发布",
  unschedule: "取消定时",
  unpublish: "撤回为草稿",
  archive: "归档",
  restore: "恢复为草稿",
};

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  draft: "草稿",
  in_review: "待审核",
  approved: "已通过审核",
  scheduled: "已排期",
  published: "已发布",
  archived: "已归档",
};

/** What the action needs from the permission matrix. */
export const ACTION_PERMISSION: Record<WorkflowAction, Action> = {
  save: "content.edit",
  submit: "content.submit",
  approve: "content.review",
  return: "content.review",
  publish: "content.publish",
  schedule: "content.publish",
  unschedule: "content.publish",
  unpublish: "content.publish",
  archive: "content.archive",
  restore: "content.archive",
};

/** "set" records the current version as approved, "clear" forgets an approval. */
export type Approval = "keep" | "set" | "clear";

type Move = { to: PublishStatus; approval: Approval };

export type Transition = ({ ok: true } & Move) | { ok: false; code: "FORBIDDEN" | "CONFLICT"; message: string };

const go = (to: PublishStatus, approval: Approval = "keep"): Move => ({ to, approval });

// state → action → move; a missing entry means the action makes no sense from that state.
const MOVES: Record<WorkflowState, Partial<Record<WorkflowAction, Move>>> = {
  draft: { save: go("draft"), submit: go("in_review", "clear"), publish: go("published", "clear"), schedule: go("scheduled", "clear"), archive: go("archived", "clear") },
  in_review: { save: go("in_review"), approve: go("in_review", "set"), return: go("draft", "clear"), publish: go("published", "clear"), schedule: go("scheduled", "clear"), archive: go("archived", "clear") },
  approved: { save: go("in_review", "clear"), return: go("draft", "clear"), publish: go("published", "clear"), schedule: go("scheduled", "clear"), archive: go("archived", "clear") },
  scheduled: { save: go("scheduled"), publish: go("published"), unschedule: go("draft"), archive: go("archived") },
  published: { save: go("published"), schedule: go("published"), unpublish: go("draft"), archive: go("archived") },
  archived: { restore: go("draft") },
};

/** Publishing without a review is the admin's privilege; editors publish what a reviewer approved. */
const NEEDS_APPROVAL: readonly WorkflowAction[] = ["publish", "schedule"];

export function workflowState(item: { status: PublishStatus; version: number; approvedVersion: number | null }): WorkflowState {
  if (item.status === "in_review" && item.approvedVersion === item.version) return "approved";
  return item.status;
}

export function decideTransition(state: WorkflowState, action: WorkflowAction, role: Role | null | undefined): Transition {
  if (!can(role ? { role } : null, ACTION_PERMISSION[action])) {
    return { ok: false, code: "FORBIDDEN", message: `没有权限${WORKFLOW_ACTION_LABELS[action]}` };
  }
  const move = MOVES[state][action];
  if (!move) {
    return { ok: false, code: "CONFLICT", message: `${WORKFLOW_STATE_LABELS[state]}状态下不能${WORKFLOW_ACTION_LABELS[action]}` };
  }
  if (NEEDS_APPROVAL.includes(action) && (state === "draft" || state === "in_review") && role !== "admin") {
    return { ok: false, code: "FORBIDDEN", message: "需先经审核员审核通过才能发布" };
  }
  return { ok: true, ...move };
}

/** The actions this role may take from this state, in the order the editor's toolbar shows them. */
export function availableActions(state: WorkflowState, role: Role | null | undefined): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => action !== "save" && decideTransition(state, action, role).ok);
}
