import type { ReactNode } from "react";

/**
 * A server-rendered chart with its data table: the SVG is decorative for assistive technology
 * (aria-hidden) and the table, in a <details>, carries the same figures for screen readers and print.
 */
export function SvgChart({ svg, title, table }: { svg: string; title: string; table: ReactNode }) {
  return (
    <figure className="my-4">
      <figcaption className="mb-1 font-semibold">{title}</figcaption>
      <div className="overflow-x-auto [&_svg]:h-auto [&_svg]:max-w-full" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-brand-700">数据表</summary>
        {table}
      </details>
    </figure>
  );
}
