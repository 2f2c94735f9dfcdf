import { beforeEach, describe, expect, it } from "vitest";
import { endAllSessions } from "@/lib/auth/account";
import { verifyPassword } from "@/lib/auth/password";
import { resolveSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeUserRole, createUserAccount, resetUserPassword, resetUserTotp, setUserStatus } from "@/lib/users/manage";
import { listUsers } from "@/lib/users/queries";
import { createUser } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

/** The claims a session token would carry for this user right now. */
async function claimsOf(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  return { userId, sv: user.sessionVersion };
}

async function auditActions(entityId: string) {
  return (await db().auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((event) => event.action);
}

describe(`user management (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("creates an account with an Argon2id hash, audited, and lists it without secrets", async () => {
    const admin = await createUser({ role: "admin" });
    const { id } = await createUserAccount({ email: "new.editor@example.cn", name: "新编辑", role: "editor", password: "西青开发区 晨跑 7 公里" }, admin.id);
    const stored = await db().user.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored.passwordHash, "西青开发区 晨跑 7 公里")).toBe(true);
    expect(await auditActions(id)).toEqual(["create"]);
    const listed = (await listUsers({ role: "editor" })).find((user) => user.id === id);
    expect(listed).toMatchObject({ email: "new.editor@example.cn", hasTotp: false });
    expect(listed).not.toHaveProperty("passwordHash");
  });

  it("refuses weak passwords and duplicate emails with field errors", async () => {
    await expect(createUserAccount({ email: "a@example.cn", name: "甲", role: "editor", password: "password1234" }, null)).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { password: expect.any(Array) } });
    await createUserAccount({ email: "a@example.cn", name: "甲", role: "editor", password: "Correct-Horse-Battery-9" }, null);
    await expect(createUserAccount({ email: "a@example.cn", name: "乙", role: "reviewer", password: "Correct-Horse-Battery-9" }, null)).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["该邮箱已有账号"] } });
  });

  it("ends a disabled user's sessions at once, and lets them back in only when re-enabled with a new session", async () => {
    const admin = await createUser({ role: "admin" });
    const editor = await createUser({ role: "editor" });
    const session = await claimsOf(editor.id);
    expect(await resolveSessionUser(session)).toMatchObject({ id: editor.id, role: "editor" });

    await setUserStatus(editor.id, "disabled", admin.id);
    expect(await resolveSessionUser(session)).toBeNull();
    // Even a token minted after the disable (current version) is refused while the account is disabled.
    expect(await resolveSessionUser(await claimsOf(editor.id))).toBeNull();

    await setUserStatus(editor.id, "active", admin.id);
    expect(await resolveSessionUser(session)).toBeNull();
    expect(await resolveSessionUser(await claimsOf(editor.id))).toMatchObject({ id: editor.id });
    expect(await auditActions(editor.id)).toEqual(["disable", "enable"]);
  });

  it("ends sessions on a role change, so the old role's token cannot be used", async () => {
    const admin = await createUser({ role: "admin" });
    const editor = await createUser({ role: "editor" });
    const session = await claimsOf(editor.id);
    await changeUserRole(editor.id, "reviewer", admin.id);
    expect(await resolveSessionUser(session)).toBeNull();
    expect(await resolveSessionUser(await claimsOf(editor.id))).toMatchObject({ role: "reviewer" });
    const [event] = await db().auditEvent.findMany({ where: { entityId: editor.id, action: "role_change" } });
    expect(event.detail).toMatchObject({ from: "editor", to: "reviewer" });
    expect(event.actorId).toBe(admin.id);
  });

  it("ends sessions on password reset, TOTP reset and logout everywhere", async () => {
    const admin = await createUser({ role: "admin" });
    const editor = await createUser({ role: "editor", totpSecret: "sealed" });
    for (const change of [() => resetUserPassword(editor.id, "Another-Long-Passphrase-7", admin.id), () => resetUserTotp(editor.id, admin.id), () => endAllSessions(editor.id)]) {
      const session = await claimsOf(editor.id);
      await change();
      expect(await resolveSessionUser(session)).toBeNull();
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).totpSecret).toBeNull();
  });

  it("never lets an administrator lock themselves out or remove the last administrator", async () => {
    const admin = await createUser({ role: "admin" });
    await expect(setUserStatus(admin.id, "disabled", admin.id)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(changeUserRole(admin.id, "editor", admin.id)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const other = await createUser({ role: "admin" });
    await setUserStatus(other.id, "disabled", admin.id);
    // `admin` is now the only active administrator; a second admin (disabled) cannot demote or disable them
    const third = await createUser({ role: "admin" });
    await changeUserRole(third.id, "editor", admin.id);
    await expect(changeUserRole(admin.id, "editor", third.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setUserStatus(admin.id, "disabled", third.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses sessions without a version, for unknown users, and with a forged version", async () => {
    const editor = await createUser();
    expect(await resolveSessionUser(null)).toBeNull();
    expect(await resolveSessionUser({ userId: editor.id })).toBeNull();
    expect(await resolveSessionUser({ userId: "nobody", sv: 0 })).toBeNull();
    expect(await resolveSessionUser({ userId: editor.id, sv: 99 })).toBeNull();
  });
});
