import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";
import zlib from "node:zlib";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ARCHIVE_EXTENSIONS, extensionOf, IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from "./decode";

/**
 * Fetching a document from a link (`npm run import -- --url`, the 网址 field on /admin/import) without
 * letting the link reach inside: only http(s), no credentials in the URL, a timeout, a size cap, at most
 * five redirects, and an SSRF guard — no loopback, private, link-local, carrier-grade NAT, multicast or
 * cloud metadata address, checked on the address actually connected to (after DNS resolution, inside
 * the socket's own lookup, so a name cannot resolve differently between check and connect) and again
 * on every redirect. IMPORT_URL_ALLOW names hosts or networks that may be reached anyway (tests, intranets).
 */
export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 20_000;

export type FetchedDocument = { bytes: Uint8Array; contentType: string; url: string; fileName: string };
export type UrlAllowList = { hosts: Set<string>; networks: BlockList };
export type FetchOptions = { allow?: UrlAllowList; timeoutMs?: number; maxBytes?: number; maxRedirects?: number };

const FORBIDDEN_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT; also Alibaba Cloud's metadata 100.100.100.200
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local; the metadata service of AWS, GCP, Azure, Tencent Cloud at 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const FORBIDDEN_V6: [string, number][] = [
  ["::", 96], // unspecified, loopback, IPv4-compatible
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (AWS's IPv6 metadata fd00:ec2::254)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local
  ["ff00::", 8], // multicast
];
const FORBIDDEN = new BlockList();
for (const [network, prefix] of FORBIDDEN_V4) FORBIDDEN.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of FORBIDDEN_V6) FORBIDDEN.addSubnet(network, prefix, "ipv6");

/** An address a fetched link must never reach (IPv4-mapped and NAT64 IPv6 addresses are judged by their IPv4 part). */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return FORBIDDEN.check(address, "ipv4");
  const embedded = embeddedIpv4(address);
  if (embedded) return FORBIDDEN.check(embedded, "ipv4");
  return FORBIDDEN.check(address, "ipv6");
}

/** ::ffff:127.0.0.1, ::ffff:7f00:1 and 64:ff9b::7f00:1 carry an IPv4 address in their last 32 bits. */
function embeddedIpv4(address: string): string | null {
  const normalized = new URL(`http://[${address}]/`).hostname.slice(1, -1).toLowerCase();
  const match = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(normalized);
  if (!match) return null;
  const high = parseInt(match[1], 16);
  const low = parseInt(match[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** IMPORT_URL_ALLOW entries (already validated by lib/env.ts): host names, addresses and CIDR ranges. */
export function allowListFrom(entries: string[]): UrlAllowList {
  const hosts = new Set<string>();
  const networks = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address);
    if (!family) hosts.add(entry.toLowerCase());
    else if (prefix === undefined) networks.addAddress(address, family === 6 ? "ipv6" : "ipv4");
    else networks.addSubnet(address, Number(prefix), family === 6 ? "ipv6" : "ipv4");
  }
  return { hosts, networks };
}

function isAllowed(host: string, address: string, allow: UrlAllowList): boolean {
  if (allow.hosts.has(host.toLowerCase())) return true;
  const family = isIP(address);
  return family !== 0 && allow.networks.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The checks on the URL itself, before any connection: scheme, credentials, and an address written as the host. */
export function checkFetchUrl(raw: string, allow: UrlAllowList): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("BAD_REQUEST", `“${raw}”不是有效的网址`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("BAD_REQUEST", `只能导入 http 或 https 网址（${url.protocol}）`);
  if (url.username || url.password) throw new AppError("BAD_REQUEST", "网址中不能包含用户名或密码");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) checkAddress(host, host, allow);
  return url;
}

/** One resolved (or literal) address of a host: refused unless public or on the allow-list. */
export function checkAddress(host: string, address: string, allow: UrlAllowList): void {
  if (isForbiddenAddress(address) && !isAllowed(host, address, allow)) {
    throw new AppError(
      "FORBIDDEN",
      `不能从本机、内网或云平台元数据地址导入（${host} → ${address}）；如确需导入内网网站，请由管理员在 IMPORT_URL_ALLOW 中登记`,
    );
  }
}

/** Fetches a link, following redirects itself (each hop checked again), and returns the body and its type. */
export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const allow = options.allow ?? allowListFrom(env().IMPORT_URL_ALLOW);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const deadline = Date.now() + (options.timeoutMs ?? FETCH_TIMEOUT_MS);
  let url = checkFetchUrl(raw, allow);
  for (let hop = 0; ; hop += 1) {
    const response = await request(url, allow, deadline, options.maxBytes ?? MAX_IMPORT_BYTES);
    if ("location" in response) {
      if (hop >= maxRedirects) throw new AppError("BAD_REQUEST", `网址重定向超过 ${maxRedirects} 次：${raw}`);
      url = checkFetchUrl(new URL(response.location, url).href, allow);
      continue;
    }
    return { ...response, url: url.href, fileName: fileNameFor(url, response.contentType) };
  }
}

type Hop = { location: string } | { bytes: Uint8Array; contentType: string };

function request(url: URL, allow: UrlAllowList, deadline: number, maxBytes: number): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return new Promise<Hop>((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(timeoutError());
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "GET",
        headers: { "user-agent": "ZonePortal-Importer/1.0", accept: "text/html,application/pdf,application/msword,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" },
        // The guard sits in the socket's own lookup: the address checked is the address connected to.
        lookup: (hostname, lookupOptions, callback) => {
          dnsLookup(hostname, { all: true, family: lookupOptions.family }, (error, addresses: LookupAddress[]) => {
            if (error) return callback(new AppError("BAD_REQUEST", `无法解析网址的域名 ${hostname}`), "", 4);
            try {
              for (const entry of addresses) checkAddress(hostname, entry.address, allow);
            } catch (guard) {
              return callback(guard as Error, "", 4);
            }
            if (lookupOptions.all) (callback as unknown as (error: null, list: LookupAddress[]) => void)(null, addresses);
            else callback(null, addresses[0].address, addresses[0].family);
          });
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ location: response.headers.location });
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(new AppError("BAD_REQUEST", `网址返回 HTTP ${status}：${url.href}`));
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          req.destroy();
          return reject(tooLarge(maxBytes));
        }
        readBody(response, maxBytes).then(
          (bytes) => resolve({ bytes, contentType: String(response.headers["content-type"] ?? "") }),
          (error: unknown) => {
            req.destroy();
            reject(error);
          },
        );
      },
    );
    const timer = setTimeout(() => req.destroy(timeoutError()), remaining);
    req.on("close", () => clearTimeout(timer));
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error instanceof AppError ? error : new AppError("BAD_REQUEST", `无法读取网址 ${host}（${error.message}）`));
    });
    req.end();
  });
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  const stream =
    encoding === "gzip" || encoding === "x-gzip"
      ? response.pipe(zlib.createGunzip())
      : encoding === "deflate"
        ? response.pipe(zlib.createInflate())
        : encoding === "br"
          ? response.pipe(zlib.createBrotliDecompress())
          : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    });
    stream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    stream.on("error", () => reject(new AppError("BAD_REQUEST", "网址返回的内容无法解压")));
  });
}

const TYPE_EXTENSIONS: [RegExp, string][] = [
  [/html/, ".html"],
  [/pdf/, ".pdf"],
  [/msword/, ".doc"],
  [/wordprocessingml/, ".docx"],
  [/multipart\/related|message\/rfc822/, ".mhtml"],
  [/text\/plain/, ".txt"],
];

/** A name for the fetched document: the last path segment when its extension is one we read, else one from the type. */
function fileNameFor(url: URL, contentType: string): string {
  const segment = safeDecode(url.pathname.split("/").filter(Boolean).pop() ?? "");
  const extension = extensionOf(segment);
  if (([...IMPORT_EXTENSIONS, ...ARCHIVE_EXTENSIONS] as readonly string[]).includes(extension)) return segment;
  const typed = TYPE_EXTENSIONS.find(([pattern]) => pattern.test(contentType.toLowerCase()))?.[1] ?? ".html";
  return `${segment.replace(/\.[^.]*$/, "") || url.hostname}${typed}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape: keep the segment as written
  }
}

function timeoutError(): AppError {
  return new AppError("BAD_REQUEST", `读取网址超时（${FETCH_TIMEOUT_MS / 1000} 秒内未完成）`);
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `网址内容过大，不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);
}
