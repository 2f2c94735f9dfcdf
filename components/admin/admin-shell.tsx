import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "./admin-nav";
import type { AdminNavGroup } from "./nav-items";

type AdminShellProps = {
  user: { name: string; email: string; roleLabel: string };
  groups: readonly AdminNavGroup[];
  /** server action that ends this session (a plain form, works without JavaScript) */
  signOutAction: () => Promise<void>;
  /** banners above every page (e.g. "请启用动态口令") */
  banner?: ReactNode;
  children: ReactNode;
};

/** The frame of every admin page: a side navigation, a top bar with the user and sign-out, and the page. */
export function AdminShell({ user, groups, signOutAction, banner, children }: AdminShellProps) {
  return (
    <div className="min-h-screen bg-gray-50 md:flex">
      <a href="#admin-main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-1 focus:text-brand-800">
        跳到正文
      </a>
      <aside className="bg-brand-800 px-2 py-4 text-white md:sticky md:top-0 md:h-screen md:w-56 md:shrink-0 md:overflow-y-auto">
        <Link href="/admin" className="mb-4 block px-3 text-lg font-bold">
          管理后台
        </Link>
        <AdminNav groups={groups} />
      </aside>
      <div className="min-w-0 flex-1">
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-gray-200 bg-white px-6 py-3 text-sm">
          <Link href="/" className="text-gray-600 hover:text-brand-700">
            ← 开发区资讯门户
          </Link>
          <div className="flex items-center gap-3">
            <span>
              <span className="font-medium text-gray-900">{user.name}</span>
              <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{user.roleLabel}</span>
              <span className="sr-only">（{user.email}）</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-gray-300 px-3 py-1 text-gray-700 hover:bg-gray-50">
                退出登录
              </button>
            </form>
          </div>
        </header>
        {banner ? <div className="space-y-2 px-6 pt-4">{banner}</div> : null}
        <main id="admin-main" className="px-6 py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
