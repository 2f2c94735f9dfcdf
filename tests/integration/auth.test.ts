import { generate } from "otplib";
import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { LOGIN_THROTTLE } from "@/lib/auth/throttle";
import { createTotpSeed } from "@/lib/auth/totp";
import { sealTotpSeed } from "@/lib/auth/totp-store";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

const PASSWORD = "Factory-Passphrase-2026";
const T0 = new Date("2026-05-04T02:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function attempt(email: string, password: string, seconds: number, ip = "203.0.113.7", totp?: string) {
  return authenticate({ email, password, totp, ip, now: at(seconds) });
}

describe(`sign-in and login throttling (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("signs in with the right password, case-insensitively by email, and audits it", async () => {
    const user = await createUser({ email: "editor@example.cn" });
    const result = await attempt("Editor@Example.cn ", PASSWORD, 0);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "editor", sessionVersion: 0 } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toEqual(at(0));
    expect(await db().auditEvent.count({ where: { action: "login", actorId: user.id } })).toBe(1);
  });

  it("says only 'invalid' for a wrong password, an unknown account or a disabled one", async () => {
    await createUser({ email: "a@example.cn" });
    await createUser({ email: "off@example.cn", status: "disabled" });
    expect(await attempt("a@example.cn", "wrong-password-123", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.cn", PASSWORD, 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("off@example.cn", PASSWORD, 0)).toEqual({ ok: false, reason: "invalid" });
    const reasons = (await db().auditEvent.findMany({ where: { action: "login_failed" }, orderBy: { createdAt: "asc" } })).map((event) => (event.detail as { reason: string }).reason);
    expect(reasons.sort()).toEqual(["disabled", "unknown_account", "wrong_password"]);
  });

  it("blocks an account+address after too many failures, lets it in after the block expires, and backs off on repeat", async () => {
    await createUser({ email: "target@example.cn" });
    const { limit, baseBlockSeconds } = LOGIN_THROTTLE.perAccountAndIp;
    for (let i = 0; i < limit; i += 1) expect(await attempt("target@example.cn", "wrong-password-123", i)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("target@example.cn", "wrong-password-123", limit)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: baseBlockSeconds });
    // While blocked even the right password is refused, and the wait counts down.
    expect(await attempt("target@example.cn", PASSWORD, limit + 20)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: baseBlockSeconds - 20 });
    // The same account from another address is not blocked: an attacker cannot lock the owner out.
    expect(await attempt("target@example.cn", PASSWORD, limit + 21, "198.51.100.9")).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: "login_throttled" } })).toBe(1);

    // After expiry: a fresh window; failing again blocks twice as long (second strike).
    const after = limit + baseBlockSeconds + 1;
    for (let i = 0; i < limit; i += 1) expect(await attempt("target@example.cn", "wrong-password-123", after + i)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("target@example.cn", "wrong-password-123", after + limit)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 2 * baseBlockSeconds });
    // Once that block has passed, the right password works and clears the account's strikes.
    expect(await attempt("target@example.cn", PASSWORD, after + limit + 2 * baseBlockSeconds + 1)).toMatchObject({ ok: true });
    expect(await db().rateLimit.count({ where: { key: { startsWith: "login:acct-ip:" } } })).toBe(0);
  });

  it("blocks one address trying many accounts", async () => {
    const { limit } = LOGIN_THROTTLE.perIp;
    for (let i = 0; i < limit; i += 1) expect(await attempt(`guess${i}@example.cn`, "wrong-password-123", i % 60)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("another@example.cn", "wrong-password-123", 61)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt("another@example.cn", "wrong-password-123", 62, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
  }, 120_000);

  it("never blocks an office address for its own successful sign-ins", async () => {
    await createUser({ email: "busy@example.cn" });
    const { limit } = LOGIN_THROTTLE.perIp;
    await attempt("busy@example.cn", "wrong-password-123", 0);
    for (let i = 1; i <= limit + 3; i += 1) expect(await attempt("busy@example.cn", PASSWORD, i)).toMatchObject({ ok: true });
    // …while the earlier failure still counts against the address.
    const [row] = await db().rateLimit.findMany({ where: { key: { startsWith: "login:ip:" } } });
    expect(row.count).toBe(1);
  }, 120_000);

  it("asks for the second factor after the right password, and refuses replayed codes", async () => {
    const seed = createTotpSeed();
    const user = await createUser({ email: "admin@example.cn", role: "admin", totpSecret: sealTotpSeed(seed) });
    expect(await attempt("admin@example.cn", "wrong-password-123", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("admin@example.cn", PASSWORD, 0)).toEqual({ ok: false, reason: "totp_required" });
    expect(await attempt("admin@example.cn", PASSWORD, 0, undefined, "000000")).toEqual({ ok: false, reason: "invalid" });
    const code = await generate({ secret: seed, epoch: Math.floor(at(1).getTime() / 1000), period: 30 });
    expect(await attempt("admin@example.cn", PASSWORD, 1, undefined, code)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await attempt("admin@example.cn", PASSWORD, 2, undefined, code)).toEqual({ ok: false, reason: "invalid" });
  });
});
