import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger, requestLogger } from "@/lib/log";
import { authOptions } from "./options";
import { canNow, mustEnrolTotp, type Action } from "./permissions";
import { loginPath } from "./session-cookie";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "admin" | "editor" | "reviewer";
  /** a TOTP second factor is enrolled (admins without one are asked to enrol) */
  hasTotp: boolean;
};

export type SessionClaims = { userId?: string; sv?: number };

/**
 * The signed-in user, re-checked against the database on every call: a disabled account or a bumped
 * sessionVersion (logout everywhere, role change) ends the session at once, whatever the token says.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return resolveSessionUser((await getServerSession(authOptions())) as SessionClaims | null);
}

/** The user a session's claims stand for, if the account is active and the claims' version is current. */
export async function resolveSessionUser(session: SessionClaims | null): Promise<SessionUser | null> {
  if (!session?.userId || typeof session.sv !== "number") return null;
  const user = await db().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, status: true, sessionVersion: true, totpSecret: true },
  });
  if (!user || user.status !== "active" || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, hasTotp: user.totpSecret !== null };
}

/** Where an administrator without a second factor is sent from every other admin page. */
export const TOTP_ENROLMENT_PATH = "/admin/account?notice=totp_required";

/** First line of every admin server action and route handler. Throws AppError UNAUTHORIZED/FORBIDDEN. */
export async function requirePermission(action: Action): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    await logRefusal(action, null);
    throw new AppError("UNAUTHORIZED", "请先登录");
  }
  if (!canNow(user, action)) {
    await logRefusal(action, user);
    throw new AppError("FORBIDDEN", mustEnrolTotp(user) ? "管理员须先在账户页启用动态口令" : "没有权限执行此操作");
  }
  return user;
}

/**
 * Every refused authorization, as one warning line with the request id (ASVS 16.3.2): who (user id and
 * role, or nobody), what (the permission). Outside a request (scripts, tests) without the request id.
 */
async function logRefusal(action: Action, user: SessionUser | null): Promise<void> {
  const log = await requestLogger().catch(() => logger);
  log.warn({ event: "authorization_refused", action, userId: user?.id ?? null, role: user?.role ?? null }, "authorization refused");
}

/**
 * First line of every admin page: the anonymous (or a session that has ended) go to the sign-in page,
 * with `returnTo` as the way back; a role without the permission gets the admin's 404 ("页面不存在或无权
 * 访问") — the page's existence is nobody else's business. An administrator who has not enrolled a
 * second factor is sent to the 账户 page to do so.
 */
export async function requirePagePermission(action: Action, returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPath(returnTo));
  if (mustEnrolTotp(user) && !canNow(user, action)) redirect(TOTP_ENROLMENT_PATH);
  if (!canNow(user, action)) {
    await logRefusal(action, user);
    notFound();
  }
  return user;
}
