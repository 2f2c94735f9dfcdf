"use client";

import { useActionFormState } from "@/components/admin/action-form";
import { fieldIds } from "@/components/admin/field";
import { errorsFor } from "@/lib/forms/form-state";
import { echoedList } from "@/lib/contributions/form-state";

export type ZoneChoice = { slug: string; name: string; province: string | null; note?: string };

/**
 * A group of zone checkboxes (意向园区, or the suggestions to add), grouped by province. After a failed
 * submission it shows what was ticked, not the page's defaults; errors are wired to the fieldset.
 */
export function ZoneCheckboxes({ name, legend, hint, zones, defaultChecked = [], className }: { name: string; legend: string; hint?: string; zones: readonly ZoneChoice[]; defaultChecked?: readonly string[]; className?: string }) {
  const { state } = useActionFormState();
  const failed = state && !state.ok ? state : null;
  const checked = new Set(failed?.values ? (echoedList(failed.values[name]) ?? []) : defaultChecked);
  const errors = errorsFor(state, name);
  const ids = fieldIds(name);
  const describedBy = [hint ? ids.hint : null, errors ? ids.error : null].filter(Boolean).join(" ") || undefined;
  const groups = new Map<string, ZoneChoice[]>();
  for (const zone of zones) {
    const key = zone.province ?? "其他";
    groups.set(key, [...(groups.get(key) ?? []), zone]);
  }
  return (
    <fieldset className={className ?? "mb-4"} aria-describedby={describedBy} aria-invalid={errors ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-gray-800">{legend}</legend>
      {hint ? (
        <p id={ids.hint} className="mb-1 text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
      <div className="max-h-72 overflow-y-auto rounded border border-gray-200 bg-white p-3">
        {[...groups].map(([province, list]) => (
          <div key={province} className="mb-2 last:mb-0">
            <p className="text-xs font-semibold text-gray-500">{province}</p>
            <ul className="grid gap-x-4 sm:grid-cols-2">
              {list.map((zone) => (
                <li key={zone.slug} className="flex items-start gap-2 py-0.5">
                  <input type="checkbox" id={`${ids.control}-${zone.slug}`} name={name} value={zone.slug} defaultChecked={checked.has(zone.slug)} className="mt-1.5 size-4" key={`${zone.slug}-${checked.has(zone.slug)}`} />
                  <label htmlFor={`${ids.control}-${zone.slug}`} className="text-sm">
                    {zone.name}
                    {zone.note ? <span className="block text-xs text-gray-500">{zone.note}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {errors ? (
        <p id={ids.error} className="mt-1 text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}
