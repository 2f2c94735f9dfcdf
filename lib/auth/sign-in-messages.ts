import { formatWait } from "./throttle";

/**
 * What the sign-in page says, pure and shared by the server (options.ts throws these codes from
 * `authorize`) and the browser (the form turns them into Chinese). Nothing else about a failed
 * sign-in ever reaches the browser.
 */
export const SIGN_IN_ERROR = { invalid: "CredentialsSignin", throttledPrefix: "Throttled:", totpRequired: "TotpRequired" } as const;

export type SignInOutcome = { kind: "invalid" | "throttled" | "totp_required" | "error"; message: string };

export function describeSignInError(error: string | null | undefined): SignInOutcome | null {
  if (!error) return null;
  if (error === SIGN_IN_ERROR.totpRequired) return { kind: "totp_required", message: "请输入身份验证器中的 6 位动态口令" };
  if (error.startsWith(SIGN_IN_ERROR.throttledPrefix)) {
    const seconds = Number.parseInt(error.slice(SIGN_IN_ERROR.throttledPrefix.length), 10);
    const wait = Number.isFinite(seconds) && seconds > 0 ? formatWait(seconds) : "一段时间";
    return { kind: "throttled", message: `尝试次数过多，请 ${wait}后再试` };
  }
  if (error === SIGN_IN_ERROR.invalid) return { kind: "invalid", message: "邮箱、密码或动态口令不正确" };
  return { kind: "error", message: "登录失败，请稍后再试" };
}

/** Notices the sign-in page shows after an action sent someone there (see lib/auth/actions.ts). */
export const LOGIN_NOTICES = {
  signed_out: "您已退出登录。",
  signed_out_everywhere: "已在所有设备上退出登录，请重新登录。",
  password_changed: "密码已修改，请用新密码重新登录。",
  totp_disabled: "动态口令已关闭，请重新登录。",
  session_ended: "登录已失效，请重新登录。",
} as const;

export type LoginNotice = keyof typeof LOGIN_NOTICES;

export function loginNoticeText(value: string | null | undefined): string | null {
  return value && Object.hasOwn(LOGIN_NOTICES, value) ? LOGIN_NOTICES[value as LoginNotice] : null;
}
