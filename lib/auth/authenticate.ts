import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashClient } from "@/lib/rate-limit/limiter";
import { admitLoginAttempt, loginScopes, settleSuccessfulLogin } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { openTotpSeed } from "./totp-store";
import { verifyTotpCode } from "./totp";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/**
 * Why a sign-in failed, for the audit log only. The person signing in is told just "invalid" or
 * "throttled", never which part was wrong, so the form cannot be used to find out who has an account.
 */
export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  /** password right, second factor not sent yet: the form asks for the code (only someone who knows the password learns this) */
  | { ok: false; reason: "totp_required" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// A real hash to verify against when the account does not exist, so timing does not reveal accounts.
let dummyHash: Promise<string> | undefined;

export async function authenticate(input: { email: string; password: string; totp?: string; ip: string; now?: Date }): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const clientHash = hashClient(input.ip);
  const scopes = loginScopes(email, clientHash);

  const admission = await admitLoginAttempt(scopes, now);
  if (!admission.allowed) {
    // Audited once per block, not per refused attempt: a script hammering a blocked door must not flood the log.
    if (admission.blockStarted) await recordAudit({ action: "login_throttled", detail: { email, retryAfterSeconds: admission.retryAfterSeconds }, clientHash });
    return { ok: false, reason: "throttled", retryAfterSeconds: admission.retryAfterSeconds };
  }

  const user = await db().user.findUnique({ where: { email } });
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  const isPasswordValid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);

  const failure = !user ? "unknown_account" : !isPasswordValid ? "wrong_password" : user.status !== "active" ? "disabled" : null;
  if (!user || failure) {
    await recordAudit({ actorId: user?.id ?? null, action: "login_failed", entityType: user ? "user" : null, entityId: user?.id ?? null, detail: { email, reason: failure }, clientHash });
    return { ok: false, reason: "invalid" };
  }

  if (user.totpSecret) {
    const seed = openTotpSeed(user.totpSecret);
    const check = seed && input.totp ? await verifyTotpCode({ seed, code: input.totp, lastStep: user.totpLastStep, now }) : { valid: false as const };
    if (!check.valid) {
      await recordAudit({ actorId: user.id, action: "login_failed", entityType: "user", entityId: user.id, detail: { email, reason: input.totp ? "wrong_totp" : "missing_totp" }, clientHash });
      return input.totp ? { ok: false, reason: "invalid" } : { ok: false, reason: "totp_required" };
    }
    // Conditional update: of two requests racing with the same code, only one moves the step forward.
    const { count } = await db().user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.timeStep } }] },
      data: { totpLastStep: check.timeStep },
    });
    if (count === 0) {
      await recordAudit({ actorId: user.id, action: "login_failed", entityType: "user", entityId: user.id, detail: { email, reason: "replayed_totp" }, clientHash });
      return { ok: false, reason: "invalid" };
    }
  }

  await settleSuccessfulLogin(scopes, now);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await recordAudit({ actorId: user.id, action: "login", entityType: "user", entityId: user.id, clientHash });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
