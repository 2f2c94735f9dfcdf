import Link from "next/link";
import type { Preferences } from "@/lib/i18n/preferences";
import { INVESTMENT_HOTLINE } from "./site-header";

export function SiteFooter({ preferences }: { preferences: Preferences }) {
  const { t, locale } = preferences;
  return (
    <footer className="no-print mt-12 border-t border-gray-200 bg-white text-sm text-gray-700" lang={locale === "en" ? "en" : undefined}>
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-gray-800">{t.siteName}</p>
          <p>{t.siteTagline}</p>
        </div>
        <div>
          <p>
            {t.hotline}：{INVESTMENT_HOTLINE}
          </p>
          <p className="flex gap-4">
            <Link href="/inquiry" className="underline">
              {t.inquiry}
            </Link>
            <Link href="/contribute" className="underline">
              {t.contribute}
            </Link>
          </p>
        </div>
        <div>
          <p className="flex gap-4">
            <Link href="/feeds" className="underline">
              {t.feeds}
            </Link>
            <a href="/sitemap.xml" className="underline">
              {t.sitemap}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
