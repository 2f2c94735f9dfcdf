import { noteUnavailableAnswer, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/database/outage";
import { isDatabaseUnreachable } from "@/lib/database/unreachable";
import { logger } from "@/lib/log";

/**
 * The one error type. Codes map to HTTP status in one place; messages are shown to users (Chinese).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/**
 * Prisma error codes, never message text: P2002 unique violation, P2025 record not found; an unreachable
 * database (refused, restarting, connection cut — lib/database/unreachable.ts) is UNAVAILABLE (503).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "P2002") return new AppError("CONFLICT", "已存在相同的记录");
  if (code === "P2025") return new AppError("NOT_FOUND", "记录不存在");
  if (isDatabaseUnreachable(error)) return new AppError("UNAVAILABLE", UNAVAILABLE_MESSAGE);
  return new AppError("INTERNAL", "服务器内部错误，请稍后再试");
}

/** The error as the request's answer: logged when unexpected; an outage is noted so the response is a 503. */
function answerWith(error: unknown): AppError {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(error);
  if (appError.code === "UNAVAILABLE") noteUnavailableAnswer();
  // anti-automation at work (form limits, sign-in throttling): logged, without who (ASVS 16.3.3)
  if (appError.code === "RATE_LIMITED") logger.warn({ event: "rate_limited" }, appError.message);
  return appError;
}

/** For instrumentation.ts: an error nobody caught that came from an unreachable database makes the answer a 503. */
export function noteUncaughtError(error: unknown): void {
  if (isDatabaseUnreachable(error)) noteUnavailableAnswer();
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Server actions are HTTP endpoints anyone can call by their id with any arguments, so each checks the
 * shape of what it was given before using it, and answers a wrong shape with this typed result.
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

export function malformedArguments(): { ok: false; code: "BAD_REQUEST"; message: string } {
  // Only a hand-made request sends these (the app's own forms cannot): logged as a bypass attempt (ASVS 16.3.3).
  logger.warn({ event: "malformed_action_arguments" }, "server action called with malformed arguments");
  return { ok: false, code: "BAD_REQUEST", message: "请求参数不正确" };
}

/** Server actions return typed results and never throw to the UI. */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    const appError = answerWith(error);
    return { ok: false, code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors };
  }
}

/**
 * A route handler's answer to a failure: JSON `{ error }` with the code's status. 401 carries no
 * redirect — handlers are called by scripts and fetches, which should see the refusal, not a page.
 */
export function errorResponse(error: unknown): Response {
  const appError = answerWith(error);
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (appError.code === "UNAVAILABLE") headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json({ error: appError.message, code: appError.code }, { status: appError.status, headers });
}
