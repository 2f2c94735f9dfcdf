/**
 * Dates are stored as UTC instants; a document's date (2019年2月28日) is a calendar day in China, stored
 * as midnight Beijing time so that it never shifts a day whatever the server's time zone.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export function chinaDate(isoDay: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDay}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - BEIJING_OFFSET_MS);
}

export function toChinaDay(date: Date): { year: number; month: number; day: number } {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 2019年2月28日 */
export function formatChineseDate(date: Date | null | undefined): string {
  if (!date) return "";
  const { year, month, day } = toChinaDay(date);
  return `${year}年${month}月${day}日`;
}

/** 2019-02-28, for machine-readable attributes and feeds. */
export function formatIsoDay(date: Date): string {
  const { year, month, day } = toChinaDay(date);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 2019-02-28 09:05:03, Beijing time: audit logs and exports, where the minute matters. */
export function formatChinaDateTime(date: Date): string {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return shifted.toISOString().slice(0, 19).replace("T", " ");
}
