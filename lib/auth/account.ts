import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { checkPasswordPolicy } from "./password-policy";
import { createTotpSeed, totpUri, verifyTotpCode } from "./totp";
import { openTotpEnrolment, openTotpSeed, sealTotpEnrolment, sealTotpSeed } from "./totp-store";

/**
 * Operations on one's own account (the 账号 page). Each takes the signed-in user's id from the caller
 * (lib/auth/actions.ts, after requirePermission) and re-checks what only the person knows.
 * Everything that should end other sessions bumps sessionVersion.
 */
const ENROLMENT_MINUTES = 15;

async function loadAccount(userId: string) {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || user.status !== "active") throw new AppError("UNAUTHORIZED", "请先登录");
  return user;
}

async function requireCurrentPassword(passwordHash: string, password: string): Promise<void> {
  if (!(await verifyPassword(passwordHash, password))) {
    throw new AppError("BAD_REQUEST", "当前密码不正确", { currentPassword: ["当前密码不正确"] });
  }
}

/** A new password ends every session, this one included: the person signs in again with it. */
export async function changeOwnPassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await loadAccount(userId);
  await requireCurrentPassword(user.passwordHash, input.currentPassword);
  const problems = checkPasswordPolicy(input.newPassword, { email: user.email });
  if (problems.length) throw new AppError("BAD_REQUEST", "新密码不符合要求", { newPassword: problems });
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId: user.id, action: "password_change", entityType: "user", entityId: user.id }, tx);
  });
}

/** 退出所有设备: every token issued so far carries an older version and is refused from now on. */
export async function endAllSessions(userId: string, actorId: string = userId): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId, action: "logout_everywhere", entityType: "user", entityId: userId }, tx);
  });
}

export type TotpEnrolmentView = { uri: string; seed: string; enrolment: string };

/** A fresh seed for the enrolment form; nothing is stored until the person proves their app has it. */
export function beginTotpEnrolment(user: { id: string; email: string }, now = new Date()): TotpEnrolmentView {
  const seed = createTotpSeed();
  const enrolment = sealTotpEnrolment({ userId: user.id, seed, expiresAt: now.getTime() + ENROLMENT_MINUTES * 60_000 });
  return { uri: totpUri(seed, user.email), seed, enrolment };
}

export async function enableTotp(userId: string, input: { enrolment: string; code: string }, now = new Date()): Promise<void> {
  const user = await loadAccount(userId);
  if (user.totpSecret) throw new AppError("CONFLICT", "动态口令已经启用");
  const enrolment = openTotpEnrolment(input.enrolment, user.id, now);
  if (!enrolment) throw new AppError("BAD_REQUEST", "绑定已过期，请刷新页面重新扫码", { code: ["绑定已过期，请刷新页面重新扫码"] });
  const check = await verifyTotpCode({ seed: enrolment.seed, code: input.code, now });
  if (!check.valid) throw new AppError("BAD_REQUEST", "动态口令不正确", { code: ["动态口令不正确，请核对手机时间后重试"] });
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: sealTotpSeed(enrolment.seed), totpLastStep: check.timeStep } });
    await recordAudit({ actorId: user.id, action: "totp_enable", entityType: "user", entityId: user.id }, tx);
  });
}

/** Editors and reviewers may turn the second factor off again; administrators may not. */
export async function disableTotp(userId: string, input: { currentPassword: string; code: string }, now = new Date()): Promise<void> {
  const user = await loadAccount(userId);
  if (user.role === "admin") throw new AppError("FORBIDDEN", "管理员必须启用动态口令，不能关闭");
  if (!user.totpSecret) throw new AppError("CONFLICT", "尚未启用动态口令");
  await requireCurrentPassword(user.passwordHash, input.currentPassword);
  const seed = openTotpSeed(user.totpSecret);
  const check = seed ? await verifyTotpCode({ seed, code: input.code, lastStep: user.totpLastStep, now }) : { valid: false as const };
  if (!check.valid) throw new AppError("BAD_REQUEST", "动态口令不正确", { code: ["动态口令不正确"] });
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpLastStep: null, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId: user.id, action: "totp_disable", entityType: "user", entityId: user.id }, tx);
  });
}
