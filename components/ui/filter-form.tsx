import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";

export type FilterField = {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
};

/**
 * A GET form: the filters end up in the URL (shareable, back button works) and it needs no JavaScript.
 * Page numbers reset because the form does not carry `page`.
 */
export function FilterForm({ action, fields, t }: { action: string; fields: FilterField[]; t: Dictionary }) {
  return (
    <form action={action} method="get" role="search" aria-label={t.filters} className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-md border border-gray-200 bg-white p-3 text-sm">
      {fields.map((field) => (
        <div key={field.name} className="flex flex-col gap-1">
          <label htmlFor={`filter-${field.name}`} className="font-medium text-gray-800">
            {field.label}
          </label>
          <select id={`filter-${field.name}`} name={field.name} defaultValue={field.value ?? ""} className="max-w-56 rounded border border-gray-300 bg-white px-2 py-1.5">
            <option value="">{t.all}</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
        {t.apply}
      </button>
      {fields.some((field) => field.value) ? (
        <Link href={action} className="py-1.5 text-brand-700 underline">
          {t.reset}
        </Link>
      ) : null}
    </form>
  );
}
