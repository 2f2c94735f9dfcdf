import Link from "next/link";
import type { ReactNode } from "react";

export function SectionCard({ title, moreHref, children }: { title: string; moreHref?: string; children: ReactNode }) {
  return (
    <section className="rounded-md border border-gray-200 bg-white p-4 shadow-sm" aria-labelledby={`section-${title}`}>
      <div className="mb-3 flex items-center justify-between border-b-2 border-brand-600 pb-2">
        <h2 id={`section-${title}`} className="text-lg font-bold text-brand-800">
          {title}
        </h2>
        {moreHref ? (
          <Link href={moreHref} className="text-sm text-gray-500 hover:text-brand-600">
            更多<span className="sr-only">{title}</span> ›
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}
