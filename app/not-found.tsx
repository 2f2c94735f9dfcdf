import Link from "next/link";
import { PublicChrome } from "@/components/layout/public-chrome";
import { getPreferences } from "@/lib/i18n/preferences";

// The 404 page keeps the site header, navigation and search box, like every other public page.
export default async function NotFound() {
  const preferences = await getPreferences();
  const { t, locale } = preferences;
  return (
    <PublicChrome preferences={preferences}>
      <div className="mx-auto max-w-xl py-16 text-center" lang={locale === "en" ? "en" : undefined}>
        <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
          404
        </p>
        <h1 className="mt-4 text-3xl font-bold">{t.notFound}</h1>
        <p className="mt-3 text-gray-700">{t.notFoundText}</p>
        <p className="mt-6 flex justify-center gap-3">
          <Link href="/" className="rounded bg-brand-700 px-4 py-2 text-white">
            {t.backHome}
          </Link>
          <Link href="/search" className="rounded border border-brand-700 px-4 py-2 text-brand-800">
            {t.nav.search}
          </Link>
        </p>
      </div>
    </PublicChrome>
  );
}
