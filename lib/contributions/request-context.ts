import "server-only";
import { cookies, headers } from "next/headers";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { env } from "@/lib/env";
import { hashClient } from "@/lib/rate-limit/limiter";

/**
 * Request details for the public forms (shared with inquiries). The client address is the socket's, or
 * what a trusted proxy reported (lib/rate-limit/client-address.ts, as for sign-in throttling), and is only
 * ever kept as a salted hash.
 */
export async function requestClientHash(): Promise<string> {
  return hashClient(clientAddressFrom(await headers()));
}

/**
 * The receipt of a submission, for the confirmation page: kept in a short-lived httpOnly cookie rather
 * than the URL, so the 查询码 does not end up in browser history, referrers or access logs.
 */
export async function setReceiptCookie(name: string, value: string, path: string): Promise<void> {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().SITE_URL.startsWith("https:"),
    path,
    maxAge: 60 * 60,
  });
}

export async function readReceiptCookie(name: string): Promise<string | undefined> {
  return (await cookies()).get(name)?.value;
}
