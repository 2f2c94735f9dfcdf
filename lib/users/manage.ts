import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { db, type Prisma } from "@/lib/db";
import { AppError, toAppError } from "@/lib/errors";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";
import type { CreateUserInput } from "./schema";

/**
 * Administering other people's accounts. Callers have checked `user.manage` (actions.ts) or run on the
 * server's console (scripts/user-create.ts, actorId null). Disabling, re-roling and resetting credentials
 * bump sessionVersion, so the person's open sessions end at their next request. An administrator cannot
 * lock themselves out, and the last active administrator cannot be disabled or demoted.
 */
export async function createUserAccount(input: CreateUserInput, actorId: string | null): Promise<{ id: string }> {
  const problems = checkPasswordPolicy(input.password, { email: input.email });
  if (problems.length) throw new AppError("BAD_REQUEST", "密码不符合要求", { password: problems });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: { id: true } });
      await recordAudit({ actorId, action: "create", entityType: "user", entityId: user.id, detail: { email: input.email, role: input.role } }, tx);
      return user;
    });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "CONFLICT") throw new AppError("CONFLICT", "该邮箱已有账号", { email: ["该邮箱已有账号"] });
    throw appError;
  }
}

async function loadTarget(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "用户不存在");
  return user;
}

async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, exceptId: string, message: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", status: "active", id: { not: exceptId } } });
  if (others === 0) throw new AppError("CONFLICT", message);
}

export async function setUserStatus(userId: string, status: UserStatus, actorId: string): Promise<void> {
  if (userId === actorId && status === "disabled") throw new AppError("BAD_REQUEST", "不能停用自己的账号");
  await db().$transaction(async (tx) => {
    const user = await loadTarget(tx, userId);
    if (user.status === status) return;
    if (status === "disabled" && user.role === "admin") await assertAnotherActiveAdmin(tx, user.id, "至少要保留一名启用的管理员");
    await tx.user.update({ where: { id: user.id }, data: { status, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId, action: status === "disabled" ? "disable" : "enable", entityType: "user", entityId: user.id, detail: { email: user.email } }, tx);
  });
}

export async function changeUserRole(userId: string, role: Role, actorId: string): Promise<void> {
  if (userId === actorId) throw new AppError("BAD_REQUEST", "不能修改自己的角色");
  await db().$transaction(async (tx) => {
    const user = await loadTarget(tx, userId);
    if (user.role === role) return;
    if (user.role === "admin" && user.status === "active") await assertAnotherActiveAdmin(tx, user.id, "至少要保留一名启用的管理员");
    await tx.user.update({ where: { id: user.id }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId, action: "role_change", entityType: "user", entityId: user.id, detail: { email: user.email, from: user.role, to: role } }, tx);
  });
}

/** For someone who forgot their password: the administrator sets a new one and tells them in person. */
export async function resetUserPassword(userId: string, password: string, actorId: string): Promise<void> {
  const target = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!target) throw new AppError("NOT_FOUND", "用户不存在");
  const problems = checkPasswordPolicy(password, { email: target.email });
  if (problems.length) throw new AppError("BAD_REQUEST", "密码不符合要求", { password: problems });
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId, action: "password_reset", entityType: "user", entityId: userId, detail: { email: target.email } }, tx);
  });
}

/** For a lost phone (or a rotated AUTH_SECRET): the person enrols a new authenticator at next sign-in. */
export async function resetUserTotp(userId: string, actorId: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await loadTarget(tx, userId);
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpLastStep: null, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId, action: "totp_reset", entityType: "user", entityId: user.id, detail: { email: user.email } }, tx);
  });
}
