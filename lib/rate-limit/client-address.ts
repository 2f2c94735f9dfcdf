import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * Who the client is, for throttling: the address of the socket, unless that socket belongs to a reverse
 * proxy named in TRUSTED_PROXIES — only then is X-Forwarded-For believed, read from the right (each proxy
 * appends the peer it saw), skipping further trusted proxies; the first untrusted entry is the client.
 * Without TRUSTED_PROXIES a client cannot choose its own address by sending the header.
 * scripts/start.ts resolves it once per request and hands it to the app in CLIENT_ADDRESS_HEADER,
 * overwriting whatever a client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = "x-zone-portal-client";

/** "loopback", "private" (RFC 1918, unique-local, link-local), addresses and CIDR ranges, comma-separated. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const item of (value ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    if (item === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
    } else if (item === "private") {
      for (const [network, prefix] of [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], ["169.254.0.0", 16]] as const) list.addSubnet(network, prefix, "ipv4");
      list.addSubnet("fc00::", 7, "ipv6");
      list.addSubnet("fe80::", 10, "ipv6");
    } else {
      const [address = "", prefix] = item.split("/");
      const family = isIP(address);
      if (!family) throw new Error(`TRUSTED_PROXIES: “${item}” is not an address, a CIDR range, loopback or private`);
      const type = family === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
  }
  return list;
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let client = normalize(peer ?? "");
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalize).filter(Boolean);
  while (isTrusted(client, trusted) && hops.length) {
    const previous = hops.pop() as string;
    if (!isIP(previous)) break;
    client = previous;
  }
  return client;
}

/**
 * The client's address for throttling, as the server resolved it from the socket (and X-Forwarded-For
 * only from proxies in TRUSTED_PROXIES, resolveClientAddress above): scripts/start.ts puts it in
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
