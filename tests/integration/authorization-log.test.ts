import { beforeEach, describe, expect, it, vi } from "vitest";

// ASVS 16.3.2: every refused authorization is logged — who (user id and role, or nobody) and what (the
// permission) — and an allowed one is not.
const state = vi.hoisted(() => ({ session: null as { userId: string; sv: number } | null }));

vi.mock("next-auth", () => ({ getServerSession: async () => state.session }));

const { requirePagePermission, requirePermission } = await import("@/lib/auth/session");
const { logger } = await import("@/lib/log");
const { db } = await import("@/lib/db");
const { useTestDatabase } = await import("@/tests/support/database");

async function signIn(role: "admin" | "editor" | "reviewer") {
  const user = await db().user.create({ data: { email: `${role}-${Date.now()}@example.com`, name: role, role, passwordHash: "x" } });
  state.session = { userId: user.id, sv: user.sessionVersion };
  return user;
}

describe(`failed authorization is logged (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(async () => {
    await useTestDatabase();
    state.session = null;
    vi.restoreAllMocks();
  });

  it("logs the anonymous and the wrong role, with the permission, and not the allowed call", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    await expect(requirePermission("content.publish")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const reviewer = await signIn("reviewer");
    await expect(requirePermission("user.manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    // a page answers the wrong role with Next.js's 404 (notFound() throws its own error)
    await expect(requirePagePermission("user.manage")).rejects.toThrow();
    const editor = await signIn("editor");
    await expect(requirePermission("content.edit")).resolves.toMatchObject({ id: editor.id });
    const refusals = warn.mock.calls.map(([fields]) => fields).filter((fields) => (fields as { event?: string }).event === "authorization_refused");
    expect(refusals).toEqual([
      { event: "authorization_refused", action: "content.publish", userId: null, role: null },
      { event: "authorization_refused", action: "user.manage", userId: reviewer.id, role: "reviewer" },
      { event: "authorization_refused", action: "user.manage", userId: reviewer.id, role: "reviewer" },
    ]);
  });
});
