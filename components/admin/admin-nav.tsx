"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeNavHref, type AdminNavGroup } from "./nav-items";

/** The side navigation; marks the current section with aria-current. Receives only the groups the user may see. */
export function AdminNav({ groups }: { groups: readonly AdminNavGroup[] }) {
  const pathname = usePathname();
  const active = activeNavHref(pathname, groups);
  return (
    <nav aria-label="管理导航" className="text-sm">
      {groups.map((group) => (
        <div key={group.label} className="mb-4">
          <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wider text-brand-100/80">{group.label}</p>
          <ul>
            {group.items.map((item) => {
              const isActive = item.href === active;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isActive ? "page" : undefined}
                    className={`block rounded px-3 py-1.5 ${isActive ? "bg-white font-semibold text-brand-800" : "text-white hover:bg-brand-700"}`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
