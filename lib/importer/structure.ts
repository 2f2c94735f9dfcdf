import type { Block } from "@/lib/content/blocks";
import { isDateLine } from "./dates";
import type { ImportKind } from "./schema";
import { CLAUSE_END, LEVEL1_HEADING, LEVEL2_HEADING, LEVEL3_HEADING, charLength } from "./text";

/**
 * Body paragraphs → blocks with headings as structure: 一、 is level 1, (一) level 2, 1. level 3 when
 * the line is a heading on its own (a numbered paragraph with running text stays a paragraph). News
 * also has unnumbered sub-headings: short lines without a sentence end.
 */
const MAX_HEADING = 32;

export function blocksFromParagraphs(paragraphs: string[], kind: ImportKind): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const run = (matches: (text: string) => boolean) => {
      let end = index;
      while (end + 1 < paragraphs.length && matches(paragraphs[end + 1])) end += 1;
      return paragraphs.slice(index, end + 1);
    };
    const text = paragraphs[index];
    // A table's rows (cells joined by " | ", as the web-page and catalogue readers give them), two or more in a row.
    if (tableCells(text)) {
      const rows = run((next) => tableCells(next) !== null);
      if (rows.length >= 2) {
        blocks.push({ type: "table", rows: rows.map((row) => tableCells(row) ?? [row]) });
        index += rows.length - 1;
        continue;
      }
    }
    // A bulleted list (a web page's <ul>, or bullets typed by the author).
    if (LIST_ITEM.test(text)) {
      const lines = run((next) => LIST_ITEM.test(next));
      const items = lines.map((item) => item.replace(LIST_ITEM, "").trim()).filter(Boolean);
      if (items.length) blocks.push({ type: "list", ordered: false, items });
      index += lines.length - 1;
      continue;
    }
    const level = headingLevel(text, paragraphs[index + 1], kind);
    blocks.push(level ? { type: "heading", level, text } : { type: "paragraph", text });
  }
  return blocks;
}

/** A bullet that starts a list item: the web-page reader writes "• " for each <li> of a <ul>. */
export const LIST_BULLET = "• ";
const LIST_ITEM = /^[•●▪◆]\s*/;
/** How table cells are joined into one line (the web-page reader's rows, `文件名称 | …` metadata). */
export const CELL_SEPARATOR = " | ";

function tableCells(text: string): string[] | null {
  if (!text.includes(CELL_SEPARATOR)) return null;
  const cells = text.split(CELL_SEPARATOR).map((cell) => cell.trim());
  return cells.length >= 2 ? cells : null;
}

function headingLevel(text: string, next: string | undefined, kind: ImportKind): 1 | 2 | 3 | null {
  const isHeadingShaped = charLength(text) <= MAX_HEADING && !/[。！？；]/.test(text.slice(0, -1)) && !CLAUSE_END.test(text);
  if (!isHeadingShaped) return null;
  if (LEVEL1_HEADING.test(text)) return 1;
  if (LEVEL2_HEADING.test(text)) return 2;
  if (LEVEL3_HEADING.test(text)) return 3;
  if (isDateLine(text) || next === undefined || isDateLine(next)) return null;
  if (kind === "news") return 2;
  // An unnumbered title inside a notice: the measure it publishes (澜江省…考核评价办法).
  if (kind === "policy" && charLength(text) >= 6) return 1;
  return null;
}

/** Blocks → the plain body an editor corrects: one paragraph per heading, paragraph, list item and table row, read back by blocksFromParagraphs. */
export function bodyText(blocks: Block[]): string {
  return blocks
    .flatMap((block) => {
      if (block.type === "heading" || block.type === "paragraph") return [block.text];
      if (block.type === "list") return block.items.map((item) => `${LIST_BULLET}${item}`);
      if (block.type === "table") return block.rows.map((row) => row.join(CELL_SEPARATOR));
      return [];
    })
    .filter(Boolean)
    .join("\n\n");
}
