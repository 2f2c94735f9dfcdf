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
  return paragraphs.map((text, index) => {
    const level = headingLevel(text, paragraphs[index + 1], kind);
    return level ? { type: "heading", level, text } : { type: "paragraph", text };
  });
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

export function bodyText(blocks: Block[]): string {
  return blocks.map((block) => (block.type === "heading" || block.type === "paragraph" ? block.text : "")).filter(Boolean).join("\n\n");
}
