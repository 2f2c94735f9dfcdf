import Link from "next/link";

export function Breadcrumb({ label, items }: { label: string; items: { href?: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="no-print mb-4 text-sm text-gray-700">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => (
          <li key={`${item.text}-${index}`} className="flex gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <Link href={item.href} className="hover:text-brand-700 hover:underline">
                {item.text}
              </Link>
            ) : (
              <span aria-current="page">{item.text}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
