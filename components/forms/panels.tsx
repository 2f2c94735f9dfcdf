import type { ReactNode } from "react";

/** The white card a public form page is built from; `title` makes it a labelled section (side notes). */
export function SideCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-md bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-bold text-brand-800">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Label → value pairs of a back-office record (投稿 or 招商咨询), as a definition list. */
export function FactList({ facts, labelWidth = "7rem" }: { facts: readonly (readonly [string, ReactNode])[]; labelWidth?: string }) {
  return (
    <dl className="grid gap-x-3 gap-y-1 rounded-md border border-gray-200 bg-white p-4 text-sm" style={{ gridTemplateColumns: `${labelWidth} 1fr` }}>
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-gray-500">{label}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The 查询码 on a confirmation page, large and easy to copy. */
export function TrackingCode({ code, note }: { code: string; note: string }) {
  return (
    <>
      <p className="mt-4">
        您的查询码：
        <strong className="font-mono text-xl tracking-wider" data-testid="tracking-code">
          {code}
        </strong>
      </p>
      <p className="mt-2 text-sm text-gray-600">{note}</p>
    </>
  );
}

/** A public form page: the form in the main card under the page's one h1, side notes beside it. */
export function FormPage({ title, intro, aside, children, footer }: { title: string; intro: ReactNode; aside: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="rounded-md bg-white p-6 shadow-sm lg:col-span-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-1 text-sm text-gray-600">{intro}</p>
        <div className="mt-6">{children}</div>
      </div>
      <aside className="space-y-6">{aside}</aside>
      {footer}
    </div>
  );
}
