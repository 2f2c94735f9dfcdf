"use client";

import { useState } from "react";
import { useActionFormState } from "./action-form";
import { buttonBase, buttonClass } from "./button-styles";
import { errorsFor, type FormState } from "@/lib/forms/form-state";

export type EditableColumn = {
  name: string;
  label: string;
  type?: "text" | "number" | "date" | "url";
  /** Tailwind width class of the column */
  width?: string;
  required?: boolean;
  inputMode?: "numeric" | "decimal" | "text";
};

type Row = { key: number; values: Record<string, string> };

/** The values a row was submitted with, after an error (ActionForm echoes fields as `rows.<n>.<column>`). */
function echoedRows(state: FormState, columns: readonly EditableColumn[]): Array<Record<string, string>> | undefined {
  if (!state || state.ok || !state.values) return undefined;
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(state.values)) {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(name);
    if (!match || !columns.some((column) => column.name === match[2])) continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2]] = value;
    rows.set(Number(match[1]), row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/**
 * A table edited in place inside an ActionForm: each cell is an input named `rows.<n>.<column>`;
 * rows are added and removed in the browser, and the server replaces the whole table on save. Blank
 * rows are ignored, so without JavaScript the spare rows at the bottom serve for adding.
 */
export function EditableTable({ caption, columns, initialRows, spareRows = 2 }: { caption: string; columns: readonly EditableColumn[]; initialRows: ReadonlyArray<Record<string, string>>; spareRows?: number }) {
  const { state } = useActionFormState();
  const blank = () => Object.fromEntries(columns.map((column) => [column.name, ""]));
  // Without JavaScript the page comes back from the server with the submitted rows echoed; with it, the
  // rows (and what was typed in them) simply stay, because ActionForm never resets the form.
  const [rows, setRows] = useState<Row[]>(() => (echoedRows(state, columns) ?? [...initialRows, ...Array.from({ length: spareRows }, blank)]).map((values, key) => ({ key, values })));
  const [nextKey, setNextKey] = useState(rows.length);
  const errors = errorsFor(state, "rows");

  function addRow() {
    setRows([...rows, { key: nextKey, values: blank() }]);
    setNextKey(nextKey + 1);
  }

  function removeRow(key: number) {
    setRows(rows.filter((row) => row.key !== key));
  }

  return (
    <div>
      {errors ? (
        <ul id={`${caption}-errors`} className="mb-3 list-disc rounded border border-red-300 bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      <div className="overflow-x-auto rounded-md border border-gray-200 bg-white">
        <table className="min-w-full text-sm" aria-describedby={errors ? `${caption}-errors` : undefined}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="w-10 px-2 py-2 text-left font-semibold text-gray-700">
                行
              </th>
              {columns.map((column) => (
                <th key={column.name} scope="col" className={`px-2 py-2 text-left font-semibold text-gray-700 ${column.width ?? ""}`}>
                  {column.label}
                  {column.required ? <span className="text-red-600" aria-hidden="true">*</span> : null}
                </th>
              ))}
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((row, index) => (
              <tr key={row.key}>
                <td className="px-2 py-1 text-gray-500 tabular-nums">{index + 1}</td>
                {columns.map((column) => (
                  <td key={column.name} className="px-1 py-1">
                    <input
                      name={`rows.${index}.${column.name}`}
                      type={column.type === "number" ? "text" : (column.type ?? "text")}
                      inputMode={column.inputMode ?? (column.type === "number" ? "decimal" : undefined)}
                      defaultValue={row.values[column.name] ?? ""}
                      aria-label={`${column.label}（第 ${index + 1} 行）`}
                      className="block w-full rounded border border-gray-300 px-2 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
                    />
                  </td>
                ))}
                <td className="px-2 py-1">
                  <button type="button" onClick={() => removeRow(row.key)} className="text-sm text-red-700 hover:underline" aria-label={`删除第 ${index + 1} 行`}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={addRow} className={`${buttonBase} ${buttonClass.ghost} mt-2`}>
        + 添加一行
      </button>
    </div>
  );
}
