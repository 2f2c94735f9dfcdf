/**
 * A plain-text table for the terminal, columns aligned by display width (a Chinese character takes two
 * columns); cells longer than their column's maximum are cut with “…”. The last column is never cut.
 */
export function formatTable(header: string[], rows: string[][], options: { maxWidths?: number[] } = {}): string {
  const cut = rows.map((row) => row.map((cell, index) => truncate(cell.replace(/\s+/g, " "), index < row.length - 1 ? options.maxWidths?.[index] : undefined)));
  const widths = header.map((title, index) => Math.max(displayWidth(title), ...cut.map((row) => displayWidth(row[index] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell + " ".repeat(widths[index] - displayWidth(cell))))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width, index) => "─".repeat(index === widths.length - 1 ? Math.min(width, 24) : width)).join("  "), ...cut.map(line)].join("\n");
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

function truncate(text: string, max: number | undefined): string {
  if (max === undefined || displayWidth(text) <= max) return text;
  let result = "";
  for (const char of text) {
    if (displayWidth(result + char) > max - 1) break;
    result += char;
  }
  return `${result}…`;
}
