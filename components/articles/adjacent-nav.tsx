import Link from "next/link";

type Neighbour = { href: string; title: string } | null;

/** 上一篇 / 下一篇 (or 上一期 / 下一期): links within the same list. */
export function AdjacentNav({ previous, next, labels }: { previous: Neighbour; next: Neighbour; labels: { previous: string; next: string; none: string; nav: string } }) {
  return (
    <nav aria-label={labels.nav} className="no-print mt-8 grid gap-2 border-t border-gray-200 pt-4 text-sm sm:grid-cols-2">
      <p>
        <span className="text-gray-700">{labels.previous}：</span>
        {previous ? (
          <Link href={previous.href} rel="prev" className="text-brand-700 hover:underline">
            {previous.title}
          </Link>
        ) : (
          <span className="text-gray-700">{labels.none}</span>
        )}
      </p>
      <p className="sm:text-right">
        <span className="text-gray-700">{labels.next}：</span>
        {next ? (
          <Link href={next.href} rel="next" className="text-brand-700 hover:underline">
            {next.title}
          </Link>
        ) : (
          <span className="text-gray-700">{labels.none}</span>
        )}
      </p>
    </nav>
  );
}
