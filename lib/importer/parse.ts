import { classifyDocument, DOC_NUMBER } from "./classify";
import { isDateLine, parseDate } from "./dates";
import { parseMetaLine, type MetaLine } from "./meta";
import type { BulletinItem, BulletinSection, ImportedDocument, ImportKind } from "./schema";
import { blocksFromParagraphs, bodyText } from "./structure";
import { BYLINE } from "./clean";
import { CLAUSE_END, charLength, isStructuralMarker } from "./text";
import { detectZoneMentions } from "./zones";

/** What a listing page already knows about one of its items. */
export type DocumentHints = { publishedAt?: string | null; region?: string };

/** 【西青区招商】2019年… → region 西青区, title without the tag. */
export function splitRegionTag(line: string): { region?: string; rest: string } {
  const match = /^【([^】]{1,20})】\s*/.exec(line);
  if (!match) return { rest: line };
  const region = match[1].replace(/(?:招商|资讯|动态|新闻|要闻|快讯)$/, "").trim();
  return { region: region || undefined, rest: line.slice(match[0].length).trim() };
}

/** Cleaned paragraphs of one document → the structured document. */
export function parseDocument(paragraphs: string[], source: string, hints: DocumentHints = {}): ImportedDocument {
  const lead = splitRegionTag(paragraphs[0] ?? "");
  const lines = lead.region ? [lead.rest, ...paragraphs.slice(1)].filter(Boolean) : paragraphs;
  const region = lead.region ?? hints.region;
  const kind = classifyDocument(lines[0] ?? "", lines);
  const parsed = kind === "bulletin" ? parseBulletin(lines) : parseArticle(lines, kind, hints);
  return { source, ...parsed, ...(region ? { region } : {}) };
}

// ───────────── bulletins ─────────────

/** < 本市动态 >, 【园区动态】, ◆ 国内动态: a bulletin's section (column) heading on its own line. */
const SECTION_MARKER = /^(?:[<＜〈]\s*([^<>＜＞〈〉]{1,20}?)\s*[>＞〉]|【\s*([^【】]{1,12}?)\s*】|[■◆★▲]\s*([^。，,]{1,12}))$/;
const ISSUE = /第\s*(\d+)\s*期/;
const TOTAL_ISSUE = /总\s*第\s*(\d+)\s*期/;
const DISTRIBUTION = /^(?:送|发|报|抄送|抄报|分送)[:：]/;
const ITEM_SOURCE = /\s*[（(]\s*来源[:：]\s*([^）)]+?)\s*[）)]\s*$/;

type ParsedFields = Omit<ImportedDocument, "source">;

function parseBulletin(lines: string[]): ParsedFields {
  const firstSection = lines.findIndex((line) => SECTION_MARKER.test(line));
  const header = firstSection === -1 ? lines.slice(0, 6) : lines.slice(0, firstSection);
  const title = [...(header.find((line) => /简报/.test(line)) ?? header[0] ?? "工作简报")].slice(0, MAX_TITLE).join("");
  let issueNumber: number | undefined;
  let totalIssueNumber: number | undefined;
  let publishedAt: string | null = null;
  let publisher: string | undefined;
  for (const line of header) {
    if (line === title) continue;
    const total = TOTAL_ISSUE.exec(line);
    if (total) totalIssueNumber = Number(total[1]);
    const issue = ISSUE.exec(line.replace(TOTAL_ISSUE, ""));
    if (issue) issueNumber = Number(issue[1]);
    if (total || issue) continue;
    const date = parseDate(line);
    if (date && isDateLine(line)) publishedAt = date;
    else if (!publisher && !date) publisher = line;
  }

  const sections: BulletinSection[] = [];
  const distribution: string[] = [];
  let item: BulletinItem | null = null;
  const bodies = new Map<BulletinItem, string[]>();
  for (const line of firstSection === -1 ? [] : lines.slice(firstSection)) {
    const section = SECTION_MARKER.exec(line);
    if (section) {
      sections.push({ title: (section[1] ?? section[2] ?? section[3]).trim(), items: [] });
      item = null;
      continue;
    }
    if (DISTRIBUTION.test(line)) {
      distribution.push(line);
      continue;
    }
    const current = sections.at(-1);
    if (!current) continue;
    if (isItemTitle(line) || !item) {
      item = { title: isItemTitle(line) ? line : untitled(line), body: "" };
      current.items.push(item);
      bodies.set(item, []);
      if (isItemTitle(line)) continue;
    }
    const source = ITEM_SOURCE.exec(line);
    if (source) item.source = source[1];
    const text = line.replace(ITEM_SOURCE, "").trim();
    if (text) bodies.get(item)?.push(text);
  }
  for (const [bulletinItem, paragraphs] of bodies) bulletinItem.body = paragraphs.join("\n\n");

  const allText = sections.flatMap((section) => section.items.flatMap((entry) => [entry.title, entry.body])).join("\n");
  return {
    kind: "bulletin",
    title,
    publishedAt,
    ...(publisher ? { publisher } : {}),
    ...(issueNumber ? { issueNumber } : {}),
    ...(totalIssueNumber ? { totalIssueNumber } : {}),
    sections,
    distribution,
    zones: detectZoneMentions(allText),
  };
}

function isItemTitle(line: string): boolean {
  return charLength(line) <= 40 && !CLAUSE_END.test(line) && !ITEM_SOURCE.test(line);
}

function untitled(line: string): string {
  const firstSentence = /^[^。！？]{1,30}/.exec(line);
  return firstSentence ? firstSentence[0] : [...line].slice(0, 30).join("");
}

// ───────────── articles: news, reports, policies ─────────────

/** 四川省商务厅 — a signature line is followed by the date the document was written. */
const ISSUER_ENDING = /(?:厅|局|委|委员会|办公室|办公厅|政府|部|院|署|会|中心|管委会|协会|处|室)$/;

function parseArticle(lines: string[], kind: Exclude<ImportKind, "bulletin">, hints: DocumentHints): ParsedFields {
  const { title, rest, kicker } = pickTitle(lines, kind);
  const meta: MetaLine = {};
  let docNumber: string | undefined;
  const body: string[] = [];
  for (const [index, line] of rest.entries()) {
    const lineMeta = index < 4 ? parseMetaLine(line) : null;
    if (lineMeta) {
      Object.assign(meta, definedOnly(lineMeta));
      continue;
    }
    const number = kind === "policy" && !docNumber ? DOC_NUMBER.exec(line) : null;
    if (number) {
      docNumber = number[1].replace(/\s+/g, "");
      continue;
    }
    if (index < 3 && isDateLine(line) && !meta.date) {
      meta.date = parseDate(line) ?? undefined;
      continue;
    }
    body.push(stripByline(line, meta));
  }

  const signature = findSignature(body);
  const issuer = kind === "policy" ? (signature?.issuer ?? issuerFromTitle(title)) : undefined;
  const publishedAt =
    (kind === "report" ? reportDate(body) : null) ?? meta.date ?? hints.publishedAt ?? signature?.date ?? null;
  const blocks = blocksFromParagraphs(body, kind);
  return {
    kind,
    title,
    publishedAt,
    ...(meta.source ? { sourceDepartment: meta.source } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.readCount !== undefined ? { readCount: meta.readCount } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...(issuer ? { issuer } : {}),
    body: bodyText(blocks),
    blocks,
    zones: detectZoneMentions([...kicker, title, ...body].join("\n")),
  };
}

/**
 * The title is the first line, except that news pages often put a column name first (发展中的太和经开区)
 * and the headline after it: of the short lines before the text starts, the longest is the headline.
 */
const UNTITLED = "未命名文档";
const MAX_TITLE = 100;

function pickTitle(lines: string[], kind: ImportKind): { title: string; rest: string[]; kicker: string[] } {
  const firstLine = lines[0] ?? "";
  // Text that starts with running text has no title line: name it by its first words, keep the text.
  if (charLength(firstLine) > MAX_TITLE) return { title: `${untitled(firstLine)}…`, rest: lines, kicker: [] };
  const first = { title: firstLine || UNTITLED, rest: lines.slice(1), kicker: [] };
  if (kind !== "news") return first;
  let end = 0;
  while (end < Math.min(lines.length, 4) && isHeadlineShaped(lines[end]) && !parseMetaLine(lines[end])) end += 1;
  if (end <= 1) return first;
  const candidates = lines.slice(0, end);
  const title = candidates.reduce((best, line) => (charLength(line) > charLength(best) ? line : best));
  const position = candidates.indexOf(title);
  return { title, rest: lines.slice(position + 1), kicker: candidates.slice(0, position) };
}

function isHeadlineShaped(line: string): boolean {
  return (
    charLength(line) <= 60 &&
    !line.includes("。") &&
    !CLAUSE_END.test(line) &&
    !BYLINE.test(line) &&
    !isDateLine(line) &&
    !line.startsWith("——") &&
    !isStructuralMarker(line)
  );
}

/** □ 曾梅/文 at the end of a paragraph is the byline. */
function stripByline(line: string, meta: MetaLine): string {
  const byline = BYLINE.exec(line);
  if (!byline) return line;
  meta.author ??= byline[1].trim();
  return line.slice(0, byline.index).trim();
}

function findSignature(body: string[]): { issuer: string; date: string } | null {
  for (let index = body.length - 1; index > 0; index -= 1) {
    const line = body[index - 1];
    const date = isDateLine(body[index]) ? parseDate(body[index]) : null;
    if (date && charLength(line) <= 30 && ISSUER_ENDING.test(line) && !CLAUSE_END.test(line)) return { issuer: line, date };
  }
  return null;
}

function issuerFromTitle(title: string): string | undefined {
  const match = /^(.{2,30}?)关于/.exec(title);
  return match?.[1];
}

/** ——2025年1月10日在…人民代表大会…会议上: the day the report was delivered. */
function reportDate(body: string[]): string | null {
  for (const line of body.slice(0, 4)) {
    const match = /(\d{4}年\d{1,2}月\d{1,2}日)在.{0,40}?会议上/.exec(line);
    if (match) return parseDate(match[1]);
  }
  return null;
}

function definedOnly(meta: MetaLine): MetaLine {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as MetaLine;
}
