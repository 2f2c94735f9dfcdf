import Link from "next/link";
import type { ReactNode } from "react";

export function SectionCard({ id, title, moreHref, moreLabel = "更多", children }: { id?: string; title: string; moreHref?: string; moreLabel?: string; children: ReactNode }) {
  const headingId = `section-${id ?? title}`;
  return (
    <section className="rounded-md border border-gray-200 bg-white p-4 shadow-sm" aria-labelledby={headingId}>
      <div className="mb-3 flex items-center justify-between border-b-2 border-brand-600 pb-2">
        <h2 id={headingId} className="text-lg font-bold text-brand-800">
          {title}
        </h2>
        {moreHref ? (
          <Link href={moreHref} className="text-sm text-gray-700 hover:text-brand-600">
            {moreLabel}
            <span className="sr-only">{title}</span> ›
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}
