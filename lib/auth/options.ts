import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { authenticate } from "./authenticate";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { authSecret } from "./secret";
import { SIGN_IN_ERROR } from "./sign-in-messages";

/** Editors' sessions are short: a working day. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;


export const credentialsSchema = z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
  totp: z.string().max(20).optional(),
});

/**
 * Session cookies are HttpOnly and SameSite=Lax (next-auth's defaults), and Secure with the __Secure-
 * prefix whenever the site is served over https — decided from SITE_URL, so production needs no
 * NEXTAUTH_URL for it.
 */
export function usesSecureCookies(): boolean {
  return env().SITE_URL.startsWith("https://");
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: "/login", error: "/login" },
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
      // The origin comes from SITE_URL (see usesSecureCookies); next-auth's NEXTAUTH_URL hint is noise here.
      warn: (code) => (code === "NEXTAUTH_URL" ? undefined : logger.warn({ code }, "next-auth warning")),
      debug: () => undefined,
    },
    providers: [
      CredentialsProvider({
        name: "账号密码",
        credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" }, totp: { label: "动态口令", type: "text" } },
        async authorize(credentials, request) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate({ ...parsed.data, ip: clientAddressFrom(request?.headers) });
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
          // next-auth passes a thrown message to the form as ?error=…; "invalid" stays the generic null.
          if (result.reason === "throttled") throw new Error(`${SIGN_IN_ERROR.throttledPrefix}${result.retryAfterSeconds}`);
          if (result.reason === "totp_required") throw new Error(SIGN_IN_ERROR.totpRequired);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as { id: string; role: string; sessionVersion: number };
          token.sub = signedIn.id;
          token.role = signedIn.role;
          token.sv = signedIn.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, role: token.role, sv: token.sv };
      },
    },
  };
}
