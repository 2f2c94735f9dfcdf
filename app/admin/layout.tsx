import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AdminShell } from "@/components/admin/admin-shell";
import { visibleNavGroups } from "@/components/admin/nav-items";
import { Notice } from "@/components/admin/notice";
import { signOut } from "@/lib/auth/actions";
import { mustEnrolTotp, ROLE_LABELS } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "管理后台", template: "%s｜管理后台" }, robots: { index: false, follow: false } };

/**
 * The admin frame. It is not a gate: every page below checks the session and its permission itself
 * (requirePagePermission), and without a session the page's own check sends the visitor to sign in
 * with the way back — so here the children render bare.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) return <>{children}</>;
  const banner = mustEnrolTotp(user) ? (
    <Notice tone="warning" title="管理员须启用动态口令">
      启用前只能使用仪表盘和账户页。请到 <Link href="/admin/account" className="font-medium underline">账户</Link> 页绑定身份验证器。
    </Notice>
  ) : null;
  return (
    <AdminShell user={{ name: user.name, email: user.email, roleLabel: ROLE_LABELS[user.role] }} groups={visibleNavGroups(user)} signOutAction={signOut} banner={banner}>
      {children}
    </AdminShell>
  );
}
