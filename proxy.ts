import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie, loginPath } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

/**
 * Sends visitors without a session cookie from /admin to the sign-in page, with a way back. A
 * convenience only: it cannot tell a valid session from a stale or forged cookie, so every admin page,
 * server action and route handler checks the session and role itself (see CVE-2025-29927).
 */
export function proxy(request: NextRequest) {
  if (hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name))) return withNonceCsp(request);
  const { pathname, search } = request.nextUrl;
  const isRead = request.method === "GET" || request.method === "HEAD";
  // 303 turns a posted form or server action into a plain GET of the sign-in page.
  return NextResponse.redirect(new URL(loginPath(isRead ? `${pathname}${search}` : pathname), request.url), isRead ? 307 : 303);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };

/**
 * Admin pages render per request, so they get a strict nonce CSP: Next.js reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts (lib/security/headers.ts).
 */
function withNonceCsp(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: createNonce(), production: process.env.NODE_ENV === "production" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}
