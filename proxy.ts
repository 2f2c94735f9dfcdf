import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie, loginPath } from "@/lib/auth/session-cookie";

/**
 * Sends visitors without a session cookie from /admin to the sign-in page, with a way back. A
 * convenience only: it cannot tell a valid session from a stale or forged cookie, so every admin page,
 * server action and route handler checks the session and role itself (see CVE-2025-29927).
 */
export function proxy(request: NextRequest) {
  if (hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name))) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const isRead = request.method === "GET" || request.method === "HEAD";
  // 303 turns a posted form or server action into a plain GET of the sign-in page.
  return NextResponse.redirect(new URL(loginPath(isRead ? `${pathname}${search}` : pathname), request.url), isRead ? 307 : 303);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
