/**
 * CSV for the portal's exports (inquiries, content, audit log), pure. UTF-8 with a BOM and CRLF, which is what Excel on Chinese Windows
 * opens correctly. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with
 * an apostrophe: inquiry text comes from the public, and an export must not become an attack on staff.
 */
export type CsvCell = string | number | null | undefined;

export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
