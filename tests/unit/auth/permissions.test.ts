import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/auth/permissions";

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
});
