import Link from "next/link";

const NAV = [
  { href: "/", label: "首页" },
  { href: "/news", label: "资讯" },
  { href: "/bulletins", label: "工作简报" },
  { href: "/reports", label: "政府工作报告" },
  { href: "/policies", label: "政策文件" },
  { href: "/zones", label: "开发区名录" },
  { href: "/search", label: "搜索" },
];

export const INVESTMENT_HOTLINE = "400-000-0000";

export function SiteHeader() {
  return (
    <header className="no-print bg-brand-800 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-1 focus:text-brand-800">
        跳到正文
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="text-2xl font-bold tracking-wide">
          开发区资讯门户
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <span>
            招商热线 <strong className="text-base">{INVESTMENT_HOTLINE}</strong>
          </span>
          <Link href="/inquiry" className="rounded bg-accent-600 px-3 py-1.5 font-semibold hover:bg-red-700">
            招商咨询
          </Link>
          <Link href="/contribute" className="rounded border border-white/60 px-3 py-1.5 hover:bg-white/10">
            投稿
          </Link>
        </div>
      </div>
      <nav aria-label="主导航" className="bg-brand-700">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-3 py-2.5 text-[15px] hover:bg-brand-600">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
