export type BarDatum = { label: string; value: number; href?: string };

/**
 * Horizontal bars drawn with plain HTML (no chart library on the client): each bar is a list item with
 * its number in text, so the chart reads the same to screen readers as it looks.
 */
export function BarChart({ data, label, unit = "" }: { data: readonly BarDatum[]; label: string; unit?: string }) {
  const max = Math.max(1, ...data.map((datum) => datum.value));
  return (
    <figure>
      <figcaption className="sr-only">{label}</figcaption>
      <ol className="space-y-2">
        {data.map((datum, index) => (
          <li key={`${index}-${datum.label}`} className="text-sm">
            <div className="flex justify-between gap-3">
              {datum.href ? (
                <a href={datum.href} className="truncate text-gray-800 hover:text-brand-700 hover:underline">
                  {datum.label}
                </a>
              ) : (
                <span className="truncate text-gray-800">{datum.label}</span>
              )}
              <span className="shrink-0 tabular-nums text-gray-600">
                {datum.value.toLocaleString("zh-CN")}
                {unit}
              </span>
            </div>
            <div className="mt-1 h-2 rounded bg-gray-100" aria-hidden="true">
              <div className="h-2 rounded bg-brand-600" style={{ width: `${(datum.value / max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}
