import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/client-address";

/**
 * The client's address for throttling, as the server resolved it from the socket (and X-Forwarded-For
 * only from proxies in TRUSTED_PROXIES, lib/rate-limit/client-address.ts): scripts/start.ts puts it in
 * CLIENT_ADDRESS_HEADER, replacing anything a client sent. Outside that server (`next dev`, tests) the last
 * X-Forwarded-For entry stands in — Next.js fills it from the socket when absent; in production without
 * the header every client counts as "unknown" rather than as whoever it claims to be. Hashed before storage.
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddressFrom(headers: HeaderSource | undefined | null): string {
  if (!headers) return "unknown";
  const resolved = headerValue(headers, CLIENT_ADDRESS_HEADER)?.trim();
  if (resolved) return resolved;
  if (env().NODE_ENV === "production") return "unknown";
  const forwarded = headerValue(headers, "x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? "unknown";
}
