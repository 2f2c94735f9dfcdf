import { toSimplified } from "@/lib/search/normalize";
import { parseDate } from "./dates";

/**
 * The metadata line web pages put under (or over) a title: 来源:产业处发布时间:2020-03-11阅读:356,
 * 2025-09-18  来源：本站, 發布時間:2023-03-15 09:28信息來源:…, a table row 成文日期： | 2024年05月06日, a
 * 基本信息 block (• 文  号: …), or 2010/1/6 16:43:13 次浏览 分类:… . Keys are matched in simplified
 * characters; values keep the author's characters. Running text glued after the last value is handed back
 * as `remainder`, so a long metadata line never takes the body with it.
 */
export type MetaLine = {
  date?: string;
  /** 成文日期: the day a policy was written (the page's 发布日期 goes to `date`) */
  writtenAt?: string;
  source?: string;
  author?: string;
  readCount?: number;
  docNumber?: string;
  issuer?: string;
  title?: string;
  remainder?: string;
};

type Field = "date" | "writtenAt" | "source" | "author" | "count" | "docNumber" | "issuer" | "title" | "ignored";

const KEYS: Record<Field, string[]> = {
  date: ["发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "更新日期", "上传时间", "公开日期", "日期", "时间"],
  writtenAt: ["成文日期", "发文日期", "印发日期"],
  source: ["来源", "信息来源", "文章来源", "稿件来源", "新闻来源"],
  author: ["作者", "撰稿", "发布者", "发布人", "记者"],
  count: ["阅读", "阅读量", "阅读数", "阅读次数", "浏览", "浏览量", "浏览次数", "点击", "点击数", "点击量", "点击率", "访问次数", "访问量", "查看次数", "查看人数", "人气"],
  docNumber: ["文号", "发文字号"],
  issuer: ["发布机构", "发布机关", "发文机关", "发文单位"],
  title: ["文件名称", "标题"],
  ignored: ["索引号", "统一编号", "新闻分类", "分类", "所属栏目", "栏目", "主题分类", "信息分类", "公开方式", "公开范围", "实施日期", "生效日期", "失效日期", "废止日期", "有效性", "文件状态", "编辑", "责任编辑", "审核", "字号", "字体", "格式", "大小", "文档页数", "页数", "法规类别", "时效性", "效力级别", "发布部门", "题注"],
};
const FIELD_OF = new Map<string, Field>(Object.entries(KEYS).flatMap(([field, keys]) => keys.map((key) => [key, field as Field])));
/** 文  号 and 文号 alike: a 基本信息 table pads its keys with spaces. */
const KEY_PATTERN = new RegExp(
  `(${[...FIELD_OF.keys()].sort((a, b) => b.length - a.length).map((key) => [...key].join("[ \\t]*")).join("|")})\\s*[:：︰]`,
  "g",
);
const LEADING_DATE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*/;
/** 128 次浏览, 次浏览 (a counter the page failed to fill) */
const COUNTER = /^\d*\s*次(?:浏览|阅读|点击)\s*/;
/** 来源：本网 / 未知: the page's own name or nothing, not a source worth storing */
const NO_SOURCE = /^(?:未知|不详|本网|本站|本网站|网络|互联网|原创|-+)$/;
const SENTENCE = /[。！？；，,]/;

/** 【发文字号】惠市委发[2010]5号: a law database writes its keys in brackets */
const BRACKET_KEY = /^【([^【】]{2,6})】\s*(?=\S)/;
/** //site 2010-6-22 9:51:12 站名: a page's stamp — a date with a time, in a short unpunctuated line */
const STAMP = /(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}/;

export function parseMetaLine(line: string): MetaLine | null {
  const bracketed = BRACKET_KEY.exec(line);
  const unbracketed = bracketed && FIELD_OF.has(toSimplified(bracketed[1])) ? `${bracketed[1]}：${line.slice(bracketed[0].length)}` : line;
  const original = tableCells(unbracketed).replace(/^\s*[•·]\s*/, "").trim();
  const simple = toSimplified(original);
  // Values are read at the same offsets in the author's text (conversion keeps lengths, nearly always).
  const source = simple.length === original.length ? original : simple;
  const leading = LEADING_DATE.exec(simple);
  let start = leading ? leading[0].length : 0;
  start += COUNTER.exec(simple.slice(start))?.[0].length ?? 0;
  const rest = simple.slice(start);
  const keys = [...rest.matchAll(KEY_PATTERN)];
  const meta: MetaLine = {};
  if (leading) meta.date = parseDate(leading[1]) ?? undefined;
  if (keys.length === 0 || keys[0].index !== 0) {
    // 2012-12-30 14:39王胜光: a date and a short unpunctuated tail (the byline the page put beside it)
    if (leading && rest.length <= 20 && !SENTENCE.test(rest) && meta.date) return meta;
    const stamp = STAMP.exec(simple);
    const stampDate = stamp && simple.length <= 60 && !/[。，,！？；]/.test(simple) ? parseDate(stamp[1]) : null;
    return stampDate ? { date: stampDate } : null;
  }
  for (const [index, match] of keys.entries()) {
    const from = start + (match.index ?? 0) + match[0].length;
    const to = start + (keys[index + 1]?.index ?? rest.length);
    let value = source.slice(from, to).trim();
    const isLast = index === keys.length - 1;
    const field = FIELD_OF.get(match[1].replace(/[ \t]/g, "")) ?? "ignored";
    if (isLast) {
      const split = splitRemainder(value, field === "count");
      value = split.value;
      if (split.remainder) meta.remainder = split.remainder;
    }
    if (!value) continue;
    assign(meta, field, value);
  }
  return meta;
}

/** 文件名称 | 关于…的通知 | 发布机构 | 某局, 成文日期： | 2024年05月06日: a table row of keys and values. */
function tableCells(line: string): string {
  if (!line.includes("|")) return line;
  const cells = line.split("|").map((cell) => cell.trim()).filter(Boolean);
  const isKey = (cell: string | undefined) => cell !== undefined && FIELD_OF.has(toSimplified(cell.replace(/[:：︰\s]/g, "")));
  if (!isKey(cells[0])) return line.replace(/\s*\|\s*/g, "  ");
  const pairs: string[] = [];
  for (let index = 0; index < cells.length; index += 1) {
    if (isKey(cells[index]) && !isKey(cells[index + 1])) {
      pairs.push(`${cells[index].replace(/[:：︰\s]/g, "")}：${cells[index + 1] ?? ""}`);
      index += 1;
    } else pairs.push(cells[index]);
  }
  return pairs.join("  ");
}

function assign(meta: MetaLine, field: Field, value: string): void {
  if (field === "date") meta.date = parseDate(compactDate(value)) ?? meta.date;
  else if (field === "writtenAt") meta.writtenAt = parseDate(compactDate(value)) ?? meta.writtenAt;
  else if (field === "count") {
    const count = /^\d+/.exec(value);
    if (count) meta.readCount = Number(count[0]);
  } else if (field === "source") {
    // 来源:山东省人民政府网站2019-01-07 11:58 — the page's date rides on the source
    const dated = /\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/.exec(value);
    if (dated) meta.date ??= parseDate(dated[1]) ?? undefined;
    const name = (dated ? value.slice(0, dated.index) : value).trim();
    if (name && !NO_SOURCE.test(toSimplified(name))) meta.source = name;
  } else if (field === "author") meta.author = value;
  else if (field === "docNumber") meta.docNumber = value.replace(/\s+/g, "");
  else if (field === "issuer") meta.issuer = value;
  else if (field === "title") meta.title = value;
}

/** 2021- 04- 16 08: 54 → 2021-04-16 08:54; 107/10/5 (a Taiwan site's 民国 year) → 2018/10/5 */
const compactDate = (value: string) =>
  value
    .replace(/\s*([-/.:年月])\s*/g, "$1")
    .replace(/^(\d{2,3})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/, (whole, year: string, separator: string, month: string, day: string) =>
      Number(year) < 200 ? `${Number(year) + 1911}${separator}${month}${separator}${day}` : whole,
    );

/** 浏览次数：128 近日，我区召开… — the counter ends the metadata, the sentence after it is body text. */
function splitRemainder(value: string, isCount: boolean): { value: string; remainder?: string } {
  const counted = isCount ? /^(\d+)(?:\s*(?:人次|次))?\s*(.{10,})$/.exec(value) : null;
  if (counted && SENTENCE.test(counted[2])) return { value: counted[1], remainder: counted[2].trim() };
  if (value.length > 30 && SENTENCE.test(value)) {
    const space = value.search(/\s/);
    if (space > 0 && space <= 30) return { value: value.slice(0, space), remainder: value.slice(space).trim() };
  }
  return { value };
}
