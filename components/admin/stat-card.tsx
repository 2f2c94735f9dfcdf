import Link from "next/link";
import type { ReactNode } from "react";

/** A number with its label on the dashboard, linking to the list it counts. */
export function StatCard({ label, value, href, hint }: { label: string; value: number; href?: string; hint?: ReactNode }) {
  const body = (
    <>
      <span className="block text-sm text-gray-600">{label}</span>
      <span className="mt-1 block text-3xl font-bold tabular-nums text-brand-800">{value.toLocaleString("zh-CN")}</span>
      {hint ? <span className="mt-1 block text-xs text-gray-500">{hint}</span> : null}
    </>
  );
  const className = "block rounded-md border border-gray-200 bg-white p-4 shadow-sm";
  return href ? (
    <Link href={href} className={`${className} hover:border-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
