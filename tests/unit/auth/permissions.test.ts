import { describe, expect, it } from "vitest";
import { ACTIONS, can, canNow, mustEnrolTotp, type Action } from "@/lib/auth/permissions";

// The whole matrix, written out by hand so a change to the table must be a deliberate change here too.
const EXPECTED: Record<"admin" | "editor" | "reviewer", Action[]> = {
  admin: [...ACTIONS],
  editor: ACTIONS.filter((action) => !["user.manage", "audit.view", "content.delete"].includes(action)),
  reviewer: ["admin.access", "content.read_drafts", "content.review", "contribution.review"],
};

describe("permission matrix", () => {
  for (const role of ["admin", "editor", "reviewer"] as const) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can({ role }, action)).toBe(allowed);
      });
    }
  }

  it("refuses every action to anonymous visitors", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it("never lets a reviewer publish", () => {
    expect(can({ role: "reviewer" }, "content.publish")).toBe(false);
  });

  it("never lets a reviewer reach user management, the audit log or the export", () => {
    for (const action of ["user.manage", "audit.view", "export.run", "zone.edit", "zone.merge"] as const) expect(can({ role: "reviewer" }, action)).toBe(false);
  });
});

describe("administrators must enrol a second factor", () => {
  it("requires enrolment of admins only", () => {
    expect(mustEnrolTotp({ role: "admin", hasTotp: false })).toBe(true);
    expect(mustEnrolTotp({ role: "admin", hasTotp: true })).toBe(false);
    expect(mustEnrolTotp({ role: "editor", hasTotp: false })).toBe(false);
    expect(mustEnrolTotp({ role: "reviewer", hasTotp: false })).toBe(false);
    expect(mustEnrolTotp(null)).toBe(false);
  });

  for (const action of ACTIONS) {
    const allowedBeforeEnrolment = action === "admin.access";
    it(`an admin without TOTP ${allowedBeforeEnrolment ? "may" : "may not"} ${action}; with TOTP may`, () => {
      expect(canNow({ role: "admin", hasTotp: false }, action)).toBe(allowedBeforeEnrolment);
      expect(canNow({ role: "admin", hasTotp: true }, action)).toBe(true);
    });
  }

  it("leaves editors and reviewers without TOTP their whole role", () => {
    for (const role of ["editor", "reviewer"] as const) {
      for (const action of ACTIONS) expect(canNow({ role, hasTotp: false }, action)).toBe(can({ role }, action));
    }
  });

  it("refuses the anonymous", () => {
    for (const action of ACTIONS) expect(canNow(undefined, action)).toBe(false);
  });
});
