/**
 * Dates as documents write them (2019年2月28日, 2020-03-11, 2020/3/11, 2020.03.11) → "YYYY-MM-DD",
 * or null when there is no complete, valid date. A month and day without a year is never guessed.
 */
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const NUMERIC_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;

/** 二〇二〇年三月十一日, as official signatures write it. */
const HANZI_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const HANZI_DIGIT: Record<string, number> = Object.fromEntries([..."〇○零一二三四五六七八九"].map((char, index) => [char, Math.max(0, index - 2)]));

export function parseDate(text: string): string | null {
  const match = CHINESE_DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  const hanzi = HANZI_DATE.exec(text);
  if (!hanzi) return null;
  const year = Number([...hanzi[1]].map((char) => HANZI_DIGIT[char]).join(""));
  return isoDay(year, hanziNumber(hanzi[2]), hanziNumber(hanzi[3]));
}

/** 三 → 3, 十 → 10, 十一 → 11, 二十 → 20, 三十一 → 31. */
function hanziNumber(text: string): number {
  const [tens, units] = text.includes("十") ? text.split("十") : ["", text];
  const tensValue = text.includes("十") ? (tens ? HANZI_DIGIT[tens] : 1) : 0;
  return tensValue * 10 + (units ? HANZI_DIGIT[units] : 0);
}

/** A line that holds only a date (the dateline of a bulletin, a listing item, a signature). */
const DATE_ONLY = new RegExp(`^(?:${CHINESE_DATE.source}|${NUMERIC_DATE.source}|${HANZI_DATE.source})$`);

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
