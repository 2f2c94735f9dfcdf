import { canNow, type Action, type SessionActor } from "@/lib/auth/permissions";

export type AdminNavItem = { href: string; label: string; permission: Action };
export type AdminNavGroup = { label: string; items: readonly AdminNavItem[] };

/**
 * The admin's side navigation. Each entry names the permission its page checks, so a role sees only
 * what it may open; the pages check again themselves (the menu is a convenience, never the gate).
 */
export const ADMIN_NAV: readonly AdminNavGroup[] = [
  { label: "概览", items: [{ href: "/admin", label: "仪表盘", permission: "admin.access" }] },
  {
    label: "内容",
    items: [
      { href: "/admin/articles", label: "文章", permission: "content.read_drafts" },
      { href: "/admin/bulletins", label: "工作简报", permission: "bulletin.compose" },
      { href: "/admin/zones", label: "开发区", permission: "zone.edit" },
      { href: "/admin/import", label: "导入", permission: "import.run" },
      { href: "/admin/media", label: "媒体库", permission: "media.upload" },
    ],
  },
  {
    label: "互动",
    items: [
      { href: "/admin/contributions", label: "投稿", permission: "contribution.review" },
      { href: "/admin/inquiries", label: "招商咨询", permission: "inquiry.manage" },
      { href: "/admin/mail", label: "通知", permission: "mail.view" },
    ],
  },
  {
    label: "系统",
    items: [
      { href: "/admin/users", label: "用户", permission: "user.manage" },
      { href: "/admin/audit", label: "审计日志", permission: "audit.view" },
      { href: "/admin/export", label: "导出", permission: "export.run" },
      { href: "/admin/account", label: "账户", permission: "admin.access" },
    ],
  },
];

/** The groups and items this actor may open now (an admin without TOTP: only the account page); empty groups are dropped. */
export function visibleNavGroups(actor: SessionActor, groups: readonly AdminNavGroup[] = ADMIN_NAV): AdminNavGroup[] {
  return groups
    .map((group) => ({ label: group.label, items: group.items.filter((item) => canNow(actor, item.permission)) }))
    .filter((group) => group.items.length > 0);
}

/** The nav entry a path belongs to: the longest matching prefix ("/admin" only matches itself). */
export function activeNavHref(pathname: string, groups: readonly AdminNavGroup[] = ADMIN_NAV): string | undefined {
  const hrefs = groups.flatMap((group) => group.items.map((item) => item.href));
  return hrefs
    .filter((href) => pathname === href || (href !== "/admin" && pathname.startsWith(`${href}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
