import type { ReactNode } from "react";

/** A titled white box on an admin page (one form or one topic), named by its heading for screen readers. */
export function Panel({ id, title, description, className = "mb-6 max-w-xl", children }: { id: string; title: string; description?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`rounded-md border border-gray-200 bg-white p-5 ${className}`}>
      <h2 id={id} className="text-lg font-semibold text-gray-900">
        {title}
      </h2>
      {description ? <p className="mb-3 mt-1 text-sm text-gray-600">{description}</p> : <div className="mb-3" />}
      {children}
    </section>
  );
}
