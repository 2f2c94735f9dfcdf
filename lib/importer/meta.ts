import { parseDate } from "./dates";

/**
 * The metadata line web pages put under a title: 来源:产业处发布时间:2020-03-11阅读:356, or
 * 2025-09-18  来源：本站示例稿件, or 发布日期：2020年3月11日 作者：张三.
 */
export type MetaLine = { date?: string; source?: string; author?: string; readCount?: number };

const KEYS = ["来源", "发布时间", "发布日期", "发文日期", "日期", "时间", "作者", "阅读", "阅读量", "浏览", "浏览次数", "点击", "点击数"] as const;
const KEY_PATTERN = new RegExp(`(${[...KEYS].sort((a, b) => b.length - a.length).join("|")})\\s*[:：]`, "g");
const LEADING_DATE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/;

export function parseMetaLine(line: string): MetaLine | null {
  const leading = LEADING_DATE.exec(line);
  const rest = leading ? line.slice(leading[0].length) : line;
  const keys = [...rest.matchAll(KEY_PATTERN)];
  if (keys.length === 0 || keys[0].index !== 0) return null;
  const meta: MetaLine = {};
  if (leading) meta.date = parseDate(leading[1]) ?? undefined;
  for (const [index, match] of keys.entries()) {
    const end = keys[index + 1]?.index ?? rest.length;
    const value = rest.slice((match.index ?? 0) + match[0].length, end).trim();
    if (!value) continue;
    const key = match[1];
    if (key === "来源") meta.source = value;
    else if (key === "作者") meta.author = value;
    else if (/阅读|浏览|点击/.test(key)) {
      const count = /^\d+/.exec(value);
      if (count) meta.readCount = Number(count[0]);
    } else meta.date = parseDate(value) ?? meta.date;
  }
  return meta;
}
