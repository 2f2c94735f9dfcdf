import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, publicCspHeaders, publicPageCsp, publicPolicy, securityHeaders } from "@/lib/security/headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.split(" ")[0] === name);
const header = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;

describe("security headers", () => {
  it("X-Content-Type-Options is nosniff", () => {
    expect(header(securityHeaders(true), "X-Content-Type-Options")).toBe("nosniff");
  });

  it("Referrer-Policy keeps paths and queries on our own origin", () => {
    expect(header(securityHeaders(true), "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("framing is refused twice: X-Frame-Options and frame-ancestors 'none'", () => {
    expect(header(securityHeaders(false), "X-Frame-Options")).toBe("DENY");
    expect(directive(publicPolicy(false).enforced, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy({ nonce: "n", production: true }), "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("HSTS in production only, for two years with subdomains", () => {
    expect(header(securityHeaders(true), "Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(header(securityHeaders(false), "Strict-Transport-Security")).toBeUndefined();
  });
});

describe("content security policy", () => {
  it("the nonce policy allows scripts by nonce only, never 'unsafe-inline' or (in production) 'unsafe-eval'", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", production: true });
    const scripts = directive(policy, "script-src") ?? "";
    expect(scripts).toContain("'nonce-abc'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("no policy we send, enforced or report-only, allows inline scripts", () => {
    for (const production of [true, false]) {
      for (const { value } of publicCspHeaders(production)) expect(value).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it("public pages (served without the App Router runtime) enforce scripts from 'self' only", () => {
    const policy = publicPageCsp(true);
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(publicPageCsp(false), "script-src")).toBe("script-src 'self' 'unsafe-eval'");
  });

  it("the enforced policy of runtime pages outside /admin has no script or default source (which would block Next's inline bootstrap)", () => {
    const { enforced, reportOnly } = publicPolicy(true);
    expect(directive(enforced, "script-src")).toBeUndefined();
    expect(directive(enforced, "default-src")).toBeUndefined();
    expect(directive(reportOnly, "script-src")).toBe("script-src 'self'");
  });

  it("nonces are 128-bit, base64 and fresh each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
