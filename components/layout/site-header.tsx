import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import type { Preferences } from "@/lib/i18n/preferences";

export const INVESTMENT_HOTLINE = "400-000-0000";

export function SiteHeader({ preferences }: { preferences: Preferences }) {
  const { t, locale, fontSize } = preferences;
  const nav = [
    { href: "/", label: t.nav.home },
    { href: "/news", label: t.nav.news },
    { href: "/bulletins", label: t.nav.bulletins },
    { href: "/reports", label: t.nav.reports },
    { href: "/policies", label: t.nav.policies },
    { href: "/zones", label: t.nav.zones },
    { href: "/search", label: t.nav.search },
  ];
  const lang = locale === "en" ? "en" : undefined;
  return (
    <header className="no-print bg-brand-800 text-white" lang={lang}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-1 focus:text-brand-800"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="text-2xl font-bold tracking-wide" lang="zh-CN">
          开发区资讯门户
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <SearchBox compact />
          <span>
            {t.hotline} <strong className="text-base">{INVESTMENT_HOTLINE}</strong>
          </span>
          <Link href="/inquiry" className="rounded bg-accent-600 px-3 py-1.5 font-semibold hover:bg-red-700">
            {t.inquiry}
          </Link>
          <Link href="/contribute" className="rounded border border-white/60 px-3 py-1.5 hover:bg-white/10">
            {t.contribute}
          </Link>
          {/* Plain links to a route handler: they set a cookie and come back, with or without JavaScript. */}
          <a
            href={`/preferences?font=${fontSize === "large" ? "normal" : "large"}`}
            rel="nofollow"
            className="rounded px-2 py-1 underline-offset-2 hover:underline"
          >
            {fontSize === "large" ? t.normalText : t.largeText}
          </a>
          <a
            href={`/preferences?lang=${locale === "en" ? "zh" : "en"}`}
            rel="nofollow"
            lang={locale === "en" ? "zh-CN" : "en"}
            aria-label={t.languageLabel}
            className="rounded px-2 py-1 underline-offset-2 hover:underline"
          >
            {t.language}
          </a>
        </div>
      </div>
      <nav aria-label={t.mainNav} className="bg-brand-700">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
          {nav.map((item) => (
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
