import Link from "next/link";
import type { ReactNode } from "react";
import { buttonBase, buttonClass } from "./button-styles";

/**
 * Filters as a GET form: the URL holds the filters, so filtered lists can be bookmarked, shared and
 * exported, and the form works without JavaScript. Put plain labelled inputs (see FilterInput) inside.
 */
export function FilterBar({ action, children, label = "筛选" }: { action: string; children: ReactNode; label?: string }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-md border border-gray-200 bg-white p-3">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={`${buttonBase} ${buttonClass.primary}`}>
          筛选
        </button>
        <Link href={action} className={`${buttonBase} ${buttonClass.secondary}`}>
          清除
        </Link>
      </div>
    </form>
  );
}

type FilterOption = { value: string; label: string };

/** One labelled filter control: a select when options are given, otherwise an input of `type`. */
export function FilterInput({ name, label, defaultValue, options, type = "text", placeholder, allLabel = "全部" }: { name: string; label: string; defaultValue?: string; options?: readonly FilterOption[]; type?: "text" | "date" | "search" | "email"; placeholder?: string; allLabel?: string }) {
  const id = `filter-${name}`;
  const controlClass = "block rounded border border-gray-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-gray-600">
        {label}
      </label>
      {options ? (
        <select id={id} name={name} defaultValue={defaultValue ?? ""} className={controlClass}>
          <option value="">{allLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={name} type={type} defaultValue={defaultValue} placeholder={placeholder} className={controlClass} />
      )}
    </div>
  );
}
