import { describe, expect, it } from "vitest";
import { hasSessionCookie, loginPath, safeReturnPath } from "@/lib/auth/session-cookie";

describe("session cookie and return paths", () => {
  it("recognises next-auth's session cookies, chunked and secure", () => {
    expect(hasSessionCookie(["next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-next-auth.session-token.0"])).toBe(true);
    expect(hasSessionCookie(["next-auth.csrf-token", "other"])).toBe(false);
  });

  it("returns only to admin paths on this site", () => {
    expect(safeReturnPath("/admin/users?role=admin")).toBe("/admin/users?role=admin");
    for (const bad of ["https://evil.example/admin", "//evil.example/admin", "/\\evil.example", "/admin\\..", "/news/x", "/administrator", "/admin\n/x", ""]) {
      expect(safeReturnPath(bad), bad).toBeUndefined();
    }
  });

  it("builds the sign-in link with the way back", () => {
    expect(loginPath("/admin/zones")).toBe("/login?callbackUrl=%2Fadmin%2Fzones");
    expect(loginPath("/admin")).toBe("/login");
    expect(loginPath("//evil")).toBe("/login");
  });
});
