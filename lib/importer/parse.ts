import { toSimplified } from "@/lib/search/normalize";
import { BYLINE, isIssuerShaped } from "./clean";
import { classifyArticle, DOC_NUMBER, isBulletinHead, LEADING_DOC_NUMBER, POLICY_TITLE, REPORT_TITLE } from "./classify";
import { isDateLine, parseDate } from "./dates";
import { parseMetaLine, type MetaLine } from "./meta";
import type { BulletinItem, BulletinSection, ImportedDocument, ImportWarning } from "./schema";
import { blocksFromParagraphs, bodyText } from "./structure";
import { CLAUSE_END, charLength, isStructuralMarker } from "./text";
import { detectZoneMentions } from "./zones";

/** What a listing page already knows about one of its items. */
export type DocumentHints = { publishedAt?: string | null; region?: string };

/** 【西青区招商】2019年… → region 西青区, title without the tag. */
export function splitRegionTag(line: string): { region?: string; rest: string } {
  const match = /^【([^】]{1,20})】\s*/.exec(line);
  // 【西青区招商】, 【天津招商】, 【某区】 name a place; 【落实突破在行动】 is a campaign, part of the title.
  if (!match || !/(?:招商|资讯|动态|新闻|要闻|快讯|[区县市省州旗镇])$/.test(toSimplified(match[1]))) return { rest: line };
  const region = match[1].replace(/(?:招商|资讯|动态|新闻|要闻|快讯)$/, "").trim();
  return { region: region || undefined, rest: line.slice(match[0].length).trim() };
}

/** Cleaned paragraphs of one document → the structured document. */
export function parseDocument(paragraphs: string[], source: string, hints: DocumentHints = {}): ImportedDocument {
  const lead = splitRegionTag(paragraphs[0] ?? "");
  const lines = lead.region ? [lead.rest, ...paragraphs.slice(1)].filter(Boolean) : paragraphs;
  const region = lead.region ?? hints.region;
  const parsed = isBulletinHead(lines) ? parseBulletin(lines) : parseArticle(lines, hints);
  const warnings = [...(parsed.warnings ?? []), ...(parsed.publishedAt ? [] : [NO_DATE_WARNING])];
  return { source, ...parsed, ...(region ? { region } : {}), ...(warnings.length ? { warnings } : {}) };
}

/** Never the import time: a document without a date of its own is stored without one, and the editor is told. */
export const NO_DATE_WARNING: ImportWarning = { code: "no-date", message: "原文中没有找到日期，发布日期留空，请补填" };

// ───────────── bulletins ─────────────

/** < 本市动态 >, 【园区动态】, ◆ 国内动态: a bulletin's section (column) heading on its own line. */
const SECTION_MARKER = /^(?:[<＜〈]\s*([^<>＜＞〈〉]{1,20}?)\s*[>＞〉]|【\s*([^【】]{1,12}?)\s*】|[■◆★▲]\s*([^。，,]{1,12}))$/;
const ISSUE = /第\s*(\d+)\s*期/;
const TOTAL_ISSUE = /总\s*第\s*(\d+)\s*期/;
const MAX_TITLE = 100;
const DISTRIBUTION = /^(?:送|发|报|抄送|抄报|分送)[:：]/;
const ITEM_SOURCE = /\s*[（(]\s*来源[:：]\s*([^）)]+?)\s*[）)]\s*$/;

type ParsedFields = Omit<ImportedDocument, "source">;

function parseBulletin(lines: string[]): ParsedFields {
  const firstSection = lines.findIndex((line) => SECTION_MARKER.test(line));
  const header = firstSection === -1 ? lines.slice(0, 6) : lines.slice(0, firstSection);
  // Matched in simplified characters (簡報, 總第103期), kept in the author's.
  const titleLine = header.find((line) => /简报|工作动态|信息专报/.test(toSimplified(line))) ?? header[0] ?? "工作简报";
  const title = [...(stripIssue(titleLine) || titleLine)].slice(0, MAX_TITLE).join("");
  let issueNumber: number | undefined;
  let totalIssueNumber: number | undefined;
  let publishedAt: string | null = null;
  let publisher: string | undefined;
  for (const line of header) {
    const simple = toSimplified(line);
    const total = TOTAL_ISSUE.exec(simple);
    if (total) totalIssueNumber = Number(total[1]);
    const issue = ISSUE.exec(simple.replace(TOTAL_ISSUE, ""));
    if (issue) issueNumber = Number(issue[1]);
    if (line === titleLine || total || issue) {
      // 2024年5月6日 after the 期号 on the same line dates the issue
      if (!publishedAt && (total || issue)) publishedAt = parseDate(simple);
      continue;
    }
    const date = parseDate(line);
    if (date && isDateLine(line)) publishedAt = date;
    else if (!publisher && !date && !parseMetaLine(line)) publisher = line;
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
    zones: detectZoneMentions(toSimplified(allText)),
  };
}

/** XX工作简报 第12期(总第103期) → XX工作简报 */
function stripIssue(line: string): string {
  return line.replace(/\s*[(（]?\s*(?:总|總)?\s*第\s*\d+\s*期\s*[)）]?/g, "").trim();
}

function isItemTitle(line: string): boolean {
  return charLength(line) <= 40 && !CLAUSE_END.test(line) && !ITEM_SOURCE.test(line);
}

function untitled(line: string): string {
  const firstSentence = /^[^。！？]{1,30}/.exec(line);
  return firstSentence ? firstSentence[0] : [...line].slice(0, 30).join("");
}

// ───────────── articles: news, reports, policies ─────────────

function parseArticle(lines: string[], hints: DocumentHints): ParsedFields {
  const head = readHead(lines);
  const { title, meta } = head;
  const kind = classifyArticle(head.isGenerated ? "" : title, head.body, Boolean(head.docNumber));
  let docNumber = head.docNumber;
  const body: string[] = [];
  for (const line of head.body) {
    const number = kind === "policy" && !docNumber ? DOC_NUMBER.exec(toSimplified(line)) : null;
    if (number) {
      docNumber = line.replace(/\s+/g, "");
      continue;
    }
    body.push(stripByline(line, meta));
  }

  // 二〇〇四年六月二日 closing a notice without a signature line dates it all the same.
  const signature = findSignature(body) ?? (kind === "policy" ? closingDate(body) : null);
  const issuer = kind === "policy" ? (signature?.issuer ?? meta.issuer ?? issuerFromTitle(title, head.isGenerated)) : undefined;
  // The page's 发布日期 first; a policy without one is dated by its 成文日期 or signature.
  const publishedAt =
    (kind === "report" ? reportDate(body) : null) ?? meta.date ?? hints.publishedAt ?? meta.writtenAt ?? signature?.date ?? null;
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
    ...(kind === "policy" && (meta.writtenAt ?? signature?.date) ? { writtenAt: meta.writtenAt ?? signature?.date } : {}),
    body: bodyText(blocks),
    blocks,
    zones: detectZoneMentions(toSimplified([...head.kicker, head.isGenerated ? "" : title, ...body].join("\n"))),
    ...(head.isGenerated ? { warnings: [generatedTitleWarning(title)] } : {}),
  };
}

/**
 * A page's head, read before the kind is known: metadata lines (before or after the headline, on one
 * line or several), the 文号, a date line and index numbers are taken out; of the headline-shaped lines
 * left the title is the one that reads as a document title (关于…的通知, also split over lines), else
 * the longest near the body (a column name or site banner before it is a kicker). Text that starts
 * with running text has no headline: the title is generated from its first words and nothing is dropped.
 */
type Head = { title: string; isGenerated: boolean; kicker: string[]; body: string[]; meta: MetaLine; docNumber?: string };

const UNTITLED = "未命名文档";
const HEAD_LINES = 16;

const TIME_ONLY = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/;

function readHead(lines: string[]): Head {
  const meta: MetaLine = {};
  let docNumber: string | undefined;
  // Each head line: taken out (null), a headline candidate, or the first body line (the head ends there).
  const kept: { text: string; isCandidate: boolean }[] = [];
  // The headline comes before the page's metadata line: lines after it are a byline or the text.
  let isPastMeta = false;
  /** the headline-shaped line right above the page's metadata line: where sites put the headline */
  let aboveMeta = -1;
  // A column name (经贸新闻) above the metadata line is not yet the headline.
  const hasCandidate = () => kept.some((entry) => entry.isCandidate && charLength(entry.text) >= 8);
  let end = 0;
  for (; end < Math.min(lines.length, HEAD_LINES); end += 1) {
    const line = lines[end];
    const simple = toSimplified(line);
    const lineMeta = parseMetaLine(line);
    if (lineMeta) {
      // The line under a headline (时间, 来源, 作者, 浏览); a document site's 格式/大小 lines are not it.
      const isBylineMeta = [lineMeta.date, lineMeta.source, lineMeta.author, lineMeta.readCount].some((value) => value !== undefined);
      if (isBylineMeta && !isPastMeta && kept.at(-1)?.isCandidate) aboveMeta = kept.length - 1;
      isPastMeta ||= isBylineMeta && hasCandidate();
      const { remainder, ...fields } = lineMeta;
      for (const [key, value] of Object.entries(definedOnly(fields))) (meta as Record<string, unknown>)[key] ??= value;
      if (remainder) {
        kept.push({ text: remainder, isCandidate: false });
        end += 1;
        break;
      }
      continue;
    }
    if (DOC_NUMBER.test(simple)) {
      docNumber ??= line.replace(/\s+/g, "");
      continue;
    }
    const leading = LEADING_DOC_NUMBER.exec(simple);
    if (leading && isHeadlineShaped(line.slice(leading[0].length))) {
      docNumber ??= line.slice(0, leading[1].length).replace(/\s+/g, "");
      kept.push({ text: unwrapTitle(line.slice(leading[0].length)), isCandidate: true });
      continue;
    }
    if (isDateLine(line)) {
      meta.date ??= parseDate(line) ?? undefined;
      isPastMeta ||= hasCandidate();
      continue;
    }
    // 发布日期: / 2021-07-14 / 16:40 — a page that sets its date and time on lines of their own
    if (TIME_ONLY.test(line)) continue;
    if (!isHeadlineShaped(line)) break;
    // 《广东省进一步…实行 — a cut-off name (an unclosed 《) is text, never the title
    const isCut = /《[^》]*$/.test(line);
    kept.push({ text: unwrapTitle(line), isCandidate: !isCut && (!isPastMeta || DOCUMENT_TITLE.test(simple)) });
  }
  const rest = lines.slice(end);
  if (meta.docNumber) docNumber ??= meta.docNumber;
  const aboveMetaText = kept[aboveMeta]?.text;
  dropTruncatedCopies(kept);

  const chosen = chooseTitle(kept, meta.title, aboveMetaText);
  if (!chosen) {
    const bodyLines = [...kept.map((entry) => entry.text), ...rest];
    const first = bodyLines[0] ?? "";
    return { title: first ? `${untitled(first)}…` : UNTITLED, isGenerated: true, kicker: [], body: bodyLines, meta, docNumber };
  }
  const isTitleCopy = (text: string) => comparable(text) === comparable(chosen.title);
  const before = kept.slice(0, Math.max(0, chosen.first)).filter((entry) => !isTitleCopy(entry.text));
  // A split copy of the title further down (天津市…印发关于促进我市 / 开发区…的通知) is the title again.
  const afterLines = dropSplitCopies(kept.slice(chosen.last + 1).map((entry) => entry.text), chosen.title).filter((text) => !isTitleCopy(text));
  // News pages put a column name or banner before the headline; documents put their masthead there, which is text.
  const isNewsShaped = !DOCUMENT_TITLE.test(toSimplified(chosen.title));
  const kicker = isNewsShaped ? before.map((entry) => entry.text) : [];
  const body = [...(isNewsShaped ? [] : before.map((entry) => entry.text)), ...afterLines, ...rest];
  return { title: chosen.title, isGenerated: false, kicker, body, meta, docNumber };
}

/** A document title by its words: a notice, a measure, a report, a bulletin masthead. */
const DOCUMENT_TITLE = new RegExp(`${POLICY_TITLE.source}|${REPORT_TITLE.source}|简报`);

type Chosen = { title: string; first: number; last: number };

function chooseTitle(kept: { text: string; isCandidate: boolean }[], tableTitle: string | undefined, aboveMeta: string | undefined): Chosen | null {
  const candidates = kept.map((entry, index) => ({ ...entry, index })).filter((entry) => entry.isCandidate);
  if (tableTitle) {
    const index = candidates.find((entry) => comparable(entry.text) === comparable(tableTitle))?.index ?? -1;
    return { title: tableTitle, first: index, last: index };
  }
  if (!candidates.length) return null;
  const isDocumentTitle = (text: string) => DOCUMENT_TITLE.test(toSimplified(text));
  const single = candidates.find((entry) => isDocumentTitle(entry.text));
  // 山东省人民政府 / 关于济南…等11家 / 工业园区更名的通知: one title over consecutive lines.
  for (const [position, entry] of candidates.entries()) {
    if (single && single.index <= entry.index) break;
    for (let count = 2; count <= 4 && position + count <= candidates.length; count += 1) {
      const run = candidates.slice(position, position + count);
      if (run.some((part, offset) => part.index !== entry.index + offset)) break;
      if (run.some((part) => /[:：]/.test(part.text))) break;
      const joined = run.map((part) => part.text).join("");
      if (charLength(joined) <= MAX_TITLE && isDocumentTitle(joined) && !isDocumentTitle(run.slice(0, -1).map((part) => part.text).join(""))) {
        return { title: joined, first: entry.index, last: run.at(-1)!.index };
      }
    }
  }
  if (single) return { title: single.text, first: single.index, last: single.index };
  const aboveMetaEntry = candidates.find((entry) => entry.text === aboveMeta);
  if (aboveMetaEntry && charLength(aboveMetaEntry.text) >= 6 && charLength(aboveMetaEntry.text) <= 60 && !/[,，]/.test(aboveMetaEntry.text) && !isIssuerShaped(aboveMetaEntry.text)) {
    return { title: aboveMetaEntry.text, first: aboveMetaEntry.index, last: aboveMetaEntry.index };
  }
  // News: of the headline-shaped lines before the text, the longest (a column name or banner is shorter).
  // A subtitle (总投资56.5亿元,今年计划…) has commas; a headline rarely does.
  const headlines = candidates.filter((entry) => charLength(entry.text) <= 60 && !isIssuerShaped(entry.text));
  const plain = headlines.some((entry) => !/[,，]/.test(entry.text)) ? headlines.filter((entry) => !/[,，]/.test(entry.text)) : headlines;
  const pool = plain.length ? plain : candidates.filter((entry) => charLength(entry.text) <= 60);
  if (!pool.length) return null;
  const best = pool.reduce((top, entry) => (charLength(entry.text) > charLength(top.text) ? entry : top));
  return { title: best.text, first: best.index, last: best.index };
}

/** …推动惠州仲恺高新技术产 (a site's cut-off title) before the whole title: the cut copy goes. */
function dropTruncatedCopies(kept: { text: string; isCandidate: boolean }[]): void {
  for (let index = kept.length - 2; index >= 0; index -= 1) {
    const text = comparable(kept[index].text);
    const parts = kept.slice(index + 1, index + 5).map((entry) => comparable(entry.text));
    const following = parts.join("");
    // Cut off inside a line of the whole title; a copy that ends where a line ends is the title split, not cut.
    const boundaries = parts.map((_, count) => parts.slice(0, count + 1).join("").length);
    const isCut = following.startsWith(text) && !boundaries.includes(text.length);
    if (kept[index].isCandidate && text.length >= 10 && isCut) kept.splice(index, 1);
  }
}

function dropSplitCopies(lines: string[], title: string): string[] {
  const target = comparable(title);
  for (let start = 0; start < lines.length; start += 1) {
    let joined = "";
    for (let stop = start; stop < Math.min(lines.length, start + 4); stop += 1) {
      joined += comparable(lines[stop]);
      if (joined === target && stop > start) return [...lines.slice(0, start), ...lines.slice(stop + 1)];
      if (!target.startsWith(joined)) break;
    }
  }
  return lines;
}

/** 《厦门市人民政府关于…的通知》 as a whole line is the title without its book marks. */
function unwrapTitle(line: string): string {
  const wrapped = /^《([^《》]+)》$/.exec(line);
  return wrapped ? wrapped[1] : line;
}

const comparable = (text: string) => toSimplified(text).normalize("NFKC").replace(/\s+/g, "");

function isHeadlineShaped(line: string): boolean {
  const length = charLength(line);
  return (
    length > 0 &&
    (length <= 60 || (length <= MAX_TITLE && DOCUMENT_TITLE.test(toSimplified(line)))) &&
    !line.includes("。") &&
    !CLAUSE_END.test(line) &&
    !/[:：]$/.test(line) &&
    !BYLINE.test(line) &&
    !isDateLine(line) &&
    !line.startsWith("——") &&
    !/^(?:本网讯|本报讯|讯[:：]|记者|通讯员)/.test(line) &&
    !isStructuralMarker(line)
  );
}

export function generatedTitleWarning(title: string): ImportWarning {
  return { code: "generated-title", message: `原文没有标题，已用正文开头“${title}”作标题，正文未删减；请改写标题` };
}

/** □ 曾梅/文 at the end of a paragraph is the byline. */
function stripByline(line: string, meta: MetaLine): string {
  const byline = BYLINE.exec(line);
  if (!byline) return line;
  meta.author ??= byline[1].trim();
  return line.slice(0, byline.index).trim();
}

function findSignature(body: string[]): { issuer?: string; date: string } | null {
  for (let index = body.length - 1; index > 0; index -= 1) {
    const line = body[index - 1];
    const date = isDateLine(body[index]) ? parseDate(body[index]) : null;
    if (date && isIssuerShaped(line) && !CLAUSE_END.test(line)) return { issuer: line, date };
  }
  return null;
}

function closingDate(body: string[]): { issuer?: string; date: string } | null {
  const line = body.slice(-3).findLast((entry) => isDateLine(entry));
  const date = line ? parseDate(line) : null;
  return date ? { date } : null;
}

/** 某市商务局关于…的通知 → 某市商务局; several issuers of a joint notice stay together. */
function issuerFromTitle(title: string, isGenerated: boolean): string | undefined {
  if (isGenerated) return undefined;
  const position = toSimplified(title).search(/关于/);
  if (position < 2 || position > 80) return undefined;
  return title.slice(0, position).replace(/[\s,，、]+$/, "").trim() || undefined;
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
