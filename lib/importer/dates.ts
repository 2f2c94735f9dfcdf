/**
 * Dates as documents write them (2019年2月28日, 2020-03-11, 2020/3/11, 2020.03.11) → "YYYY-MM-DD",
 * or null when there is no complete, valid date. A month and day without a year is never guessed.
 */
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const NUMERIC_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;

export function parseDate(text: string): string | null {
  const match = CHINESE_DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** A line that holds only a date (the dateline of a bulletin, a listing item, a signature). */
const DATE_ONLY = new RegExp(`^(?:${CHINESE_DATE.source}|${NUMERIC_DATE.source})$`);

export function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 16 && DATE_ONLY.test(trimmed) && parseDate(trimmed) !== null;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
