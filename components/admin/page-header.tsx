import Link from "next/link";
import type { ReactNode } from "react";

export type Breadcrumb = { href: string; label: string };

/** The top of every admin page: breadcrumbs, the page's one h1, a line of description and actions on the right. */
export function PageHeader({ title, description, breadcrumbs, actions }: { title: ReactNode; description?: ReactNode; breadcrumbs?: readonly Breadcrumb[]; actions?: ReactNode }) {
  return (
    <header className="mb-6 border-b border-gray-200 pb-4">
      {breadcrumbs?.length ? (
        <nav aria-label="面包屑" className="mb-1 text-sm text-gray-500">
          <ol className="flex flex-wrap items-center gap-1">
            {breadcrumbs.map((crumb) => (
              <li key={crumb.href} className="after:ml-1 after:content-['›'] last:after:content-none">
                <Link href={crumb.href} className="hover:text-brand-700 hover:underline">
                  {crumb.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-gray-900">{title}</h1>
          {description ? <p className="mt-1 text-sm text-gray-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
