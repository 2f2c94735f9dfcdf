import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: one pure table, unit-tested role by action. Every admin page, server action and
 * route handler asks `can(user, action)` (through requireRole/requirePermission) itself.
 */
export const ACTIONS = [
  "admin.access", // see the admin area at all
  "content.read_drafts", // drafts, previews, revisions
  "content.create",
  "content.edit",
  "content.submit", // submit for review
  "content.review", // approve or return with a comment
  "content.publish", // publish, schedule, unpublish
  "content.archive",
  "content.delete",
  "bulletin.compose",
  "zone.edit",
  "zone.merge",
  "import.run",
  "media.upload",
  "contribution.review",
  "inquiry.manage",
  "mail.view",
  "audit.view",
  "export.run",
  "user.manage",
] as const;

export type Action = (typeof ACTIONS)[number];

const REVIEWER: readonly Action[] = ["admin.access", "content.read_drafts", "content.review", "contribution.review"];

const EDITOR: readonly Action[] = [
  ...REVIEWER,
  "content.create",
  "content.edit",
  "content.submit",
  "content.publish",
  "content.archive",
  "bulletin.compose",
  "zone.edit",
  "zone.merge",
  "import.run",
  "media.upload",
  "inquiry.manage",
  "mail.view",
  "export.run",
];

const MATRIX: Record<Role, ReadonlySet<Action>> = {
  reviewer: new Set(REVIEWER),
  editor: new Set(EDITOR),
  admin: new Set(ACTIONS),
};

export type Actor = { role: Role } | null | undefined;

export function can(actor: Actor, action: Action): boolean {
  return Boolean(actor && MATRIX[actor.role]?.has(action));
}

/**
 * Administrators must have a second factor (issue: "optional TOTP, required for admins"). Until they
 * enrol, an administrator may reach only what `admin.access` covers — the dashboard and the 账户 page,
 * where enrolment happens — and nothing else their role would allow.
 */
export type SessionActor = { role: Role; hasTotp: boolean } | null | undefined;

export function mustEnrolTotp(actor: SessionActor): boolean {
  return actor?.role === "admin" && !actor.hasTotp;
}

export function canNow(actor: SessionActor, action: Action): boolean {
  return can(actor, action) && (!mustEnrolTotp(actor) || action === "admin.access");
}

export const ROLE_LABELS: Record<Role, string> = { admin: "管理员", editor: "编辑", reviewer: "审核员" };
