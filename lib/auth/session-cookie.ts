/**
 * next-auth's session cookie: `next-auth.session-token`, `__Secure-`-prefixed over https, split into
 * `.0`, `.1`… when large. Pure and dependency-free so that proxy.ts can use it.
 */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE.test(name);
}

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (isSessionCookieName(name)) return true;
  return false;
}

/** Where to send someone who must sign in first; only same-site admin paths survive as the return address. */
export function loginPath(returnTo?: string | null): string {
  const safe = safeReturnPath(returnTo);
  return safe && safe !== "/admin" ? `/login?callbackUrl=${encodeURIComponent(safe)}` : "/login";
}

/**
 * A return address after sign-in: a path inside the admin, nothing else — no other origins, no
 * protocol-relative "//evil", no backslash tricks (browsers read "/\\evil" as "//evil"). Else undefined.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  const path = value?.trim();
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.includes("\\") || /[\u0000-\u001f]/.test(path)) return undefined;
  return path === "/admin" || path.startsWith("/admin/") || path.startsWith("/admin?") ? path : undefined;
}
