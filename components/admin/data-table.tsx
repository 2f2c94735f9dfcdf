import type { ReactNode } from "react";

export type Column<Row> = {
  /** stable key of the column */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** classes for th and td (width, alignment, `hidden md:table-cell`…) */
  className?: string;
  /** the cell that names the row: rendered as a row header (<th scope="row">) */
  isRowHeader?: boolean;
};

type DataTableProps<Row> = {
  /** read by screen readers as the table's name; visually hidden unless showCaption */
  caption: string;
  showCaption?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** shown in place of the table body when there are no rows */
  empty?: ReactNode;
};

/** A plain, accessible table for admin lists. Server-rendered: cells are functions, so use it in server components. */
export function DataTable<Row>({ caption, showCaption = false, columns, rows, rowKey, empty = "暂无数据" }: DataTableProps<Row>) {
  return (
    <div className="overflow-x-auto rounded-md border border-gray-200 bg-white">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className={showCaption ? "px-4 py-2 text-left font-semibold text-gray-800" : "sr-only"}>{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`whitespace-nowrap px-3 py-2 text-left font-semibold text-gray-700 ${column.className ?? ""}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-8 text-center text-gray-500">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="hover:bg-gray-50">
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th key={column.key} scope="row" className={`px-3 py-2 text-left font-normal ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={`px-3 py-2 align-top ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
