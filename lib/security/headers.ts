/**
 * The portal's security response headers, in one place: next.config.ts applies the static set to every
 * response (the caching front replays them on hits, see lib/http-cache/policy.ts storedHeaders), and
 * proxy.ts adds a per-request nonce CSP to admin pages (they are always rendered dynamically, which a
 * nonce needs). Pure and dependency-free so that next.config.ts, proxy.ts and the front can all import it.
 */
export type HeaderPair = { key: string; value: string };

export type CspOptions = {
  /** a per-request nonce: scripts run only with it ('strict-dynamic' lets them load the app's chunks) */
  nonce?: string;
  /** production: upgrade-insecure-requests; development: React's dev tools need 'unsafe-eval' */
  production: boolean;
};

/**
 * A strict Content-Security-Policy. Scripts: from 'self', plus by nonce where Next's inline scripts remain
 * (admin), never 'unsafe-inline'. Styles keep
 * 'unsafe-inline' (React style attributes, Tailwind); styles cannot run code. No plugins, no <base>
 * rewriting, forms post only to us, and no framing by anyone (frame-ancestors 'none').
 */
export function contentSecurityPolicy({ nonce, production }: CspOptions): string {
  const scriptSources = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : [];
  if (!production) scriptSources.push("'unsafe-eval'");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptSources],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (production) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * The enforced CSP of public pages. The caching front serves them without the App Router runtime
 * (lib/http-cache/islands.ts): no inline script is left, and their one script (public/enhance.js) comes
 * from 'self', so no hash or nonce is needed and the page can be cached as it is.
 */
export function publicPageCsp(production: boolean): string {
  return contentSecurityPolicy({ production });
}

/**
 * The CSP Next.js sends outside /admin (next.config.ts). Public pages get publicPageCsp from the
 * front instead; what keeps this pair is what still carries Next's inline bootstrap scripts (the
 * sign-in page, `next dev`): scripts are held to 'self' in report-only mode there. The directives that
 * cannot stop a script from running (and so cannot break the page) are enforced: frame-ancestors,
 * object-src, base-uri, form-action — not default-src, which scripts would fall back to.
 */
const ENFORCED_EVERYWHERE = ["object-src", "base-uri", "form-action", "frame-ancestors", "upgrade-insecure-requests"];

export function publicPolicy(production: boolean): { enforced: string; reportOnly: string } {
  const strict = contentSecurityPolicy({ production });
  const enforced = strict
    .split("; ")
    .filter((directive) => ENFORCED_EVERYWHERE.includes(directive.split(" ")[0] ?? ""))
    .join("; ");
  // upgrade-insecure-requests is ignored (with a console warning) in a report-only policy
  const reportOnly = strict
    .split("; ")
    .filter((directive) => directive !== "upgrade-insecure-requests")
    .join("; ");
  return { enforced, reportOnly };
}

/** Headers every response carries. HSTS only in production (browsers ignore it over plain http anyway). */
export function securityHeaders(production: boolean): HeaderPair[] {
  const headers: HeaderPair[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** The CSP pair for responses outside /admin (admin pages get the nonce policy from proxy.ts instead). */
export function publicCspHeaders(production: boolean): HeaderPair[] {
  const { enforced, reportOnly } = publicPolicy(production);
  return [
    { key: "Content-Security-Policy", value: enforced },
    { key: "Content-Security-Policy-Report-Only", value: reportOnly },
  ];
}

/** Path pattern (Next.js `headers()` source) of everything outside the admin area. */
export const OUTSIDE_ADMIN_SOURCE = "/:path((?!admin(?:/|$)).*)";

/** A fresh, unguessable nonce (128 random bits, base64), for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
