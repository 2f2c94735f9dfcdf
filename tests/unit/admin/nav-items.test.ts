import { describe, expect, it } from "vitest";
import { activeNavHref, ADMIN_NAV, visibleNavGroups } from "@/components/admin/nav-items";
import { can } from "@/lib/auth/permissions";

const hrefsFor = (role: "admin" | "editor" | "reviewer", hasTotp = true) => visibleNavGroups({ role, hasTotp }).flatMap((group) => group.items.map((item) => item.href));

describe("admin navigation", () => {
  it("shows every page to admins", () => {
    expect(hrefsFor("admin")).toEqual(ADMIN_NAV.flatMap((group) => group.items.map((item) => item.href)));
  });

  it("hides user management and the audit log from editors and reviewers", () => {
    for (const role of ["editor", "reviewer"] as const) {
      expect(hrefsFor(role)).not.toContain("/admin/users");
      expect(hrefsFor(role)).not.toContain("/admin/audit");
      expect(hrefsFor(role)).toContain("/admin/account");
    }
  });

  it("lists for each role exactly the items whose permission the role has", () => {
    for (const role of ["admin", "editor", "reviewer"] as const) {
      const expected = ADMIN_NAV.flatMap((group) => group.items).filter((item) => can({ role }, item.permission)).map((item) => item.href);
      expect(hrefsFor(role)).toEqual(expected);
    }
    expect(hrefsFor("reviewer")).toEqual(expect.arrayContaining(["/admin", "/admin/articles", "/admin/contributions"]));
    expect(hrefsFor("reviewer")).not.toContain("/admin/import");
  });

  it("shows an administrator without TOTP only what enrolment allows", () => {
    expect(hrefsFor("admin", false)).toEqual(["/admin", "/admin/account"]);
    expect(hrefsFor("editor", false)).toEqual(hrefsFor("editor"));
  });

  it("links every admin section the issue names, in order", () => {
    expect(ADMIN_NAV.flatMap((group) => group.items.map((item) => item.label))).toEqual(["仪表盘", "文章", "工作简报", "开发区", "导入", "媒体库", "投稿", "招商咨询", "通知", "用户", "审计日志", "导出", "账户"]);
  });

  it("shows nothing to the anonymous", () => {
    expect(visibleNavGroups(null)).toEqual([]);
  });

  it("marks the longest matching section, and the dashboard only on itself", () => {
    expect(activeNavHref("/admin")).toBe("/admin");
    expect(activeNavHref("/admin/users/abc")).toBe("/admin/users");
    expect(activeNavHref("/admin/articles")).toBe("/admin/articles");
    expect(activeNavHref("/admin/articlesx")).toBeUndefined();
    expect(activeNavHref("/admin/unknown")).toBeUndefined();
  });
});
