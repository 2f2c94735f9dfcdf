/**
 * The client's address as the nearest proxy saw it: the LAST entry of X-Forwarded-For. A reverse proxy
 * (nginx `proxy_add_x_forwarded_for`, Caddy) appends the real peer to whatever the client sent, so the
 * last entry is the one a client cannot forge; Next.js fills the header with the socket address when no
 * proxy set it. Used only for throttling and hashed before storage.
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddressFrom(headers: HeaderSource | undefined | null): string {
  if (!headers) return "unknown";
  const forwarded = headerValue(headers, "x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? headerValue(headers, "x-real-ip")?.trim() ?? "unknown";
}
