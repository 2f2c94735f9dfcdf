import Link from "next/link";
import { getPreferences } from "@/lib/i18n/preferences";

export default async function NotFound() {
  const { t, locale } = await getPreferences();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center" lang={locale === "en" ? "en" : undefined}>
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
    </main>
  );
}
