import { z } from "zod";

/**
 * Article and bulletin bodies are stored as structured blocks (Article.body, BulletinItem.body), so the
 * portal can render headings as structure, anchor them and index them without parsing HTML.
 */
export const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string().min(1) }),
  z.object({ type: z.literal("paragraph"), text: z.string().min(1) }),
  z.object({ type: z.literal("list"), ordered: z.boolean(), items: z.array(z.string().min(1)).min(1) }),
  z.object({ type: z.literal("table"), rows: z.array(z.array(z.string())).min(1) }),
  z.object({ type: z.literal("image"), src: z.string().min(1), alt: z.string(), caption: z.string().optional() }),
]);

export const blocksSchema = z.array(blockSchema);

export type Block = z.infer<typeof blockSchema>;

/** Reads a stored body defensively: rows written by older code or by hand never break a page. */
export function parseBlocks(value: unknown): Block[] {
  const parsed = blocksSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** Paragraphs separated by blank lines → paragraph blocks. */
export function blocksFromText(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: "paragraph" as const, text: paragraph }));
}

/** Link targets a body may carry: the web, mail, and this site's own paths — never javascript: or data:. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)[^\s]*)$/i.test(href.trim());
}

export type InlineSegment = { type: "text"; text: string } | { type: "link"; text: string; href: string };

const INLINE_LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Paragraph and list text may hold links written `[text](href)` (see lib/content/markdown.ts); unsafe targets stay text. */
export function inlineSegments(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE_LINK)) {
    if (!isSafeHref(match[2])) continue;
    if (match.index > last) segments.push({ type: "text", text: text.slice(last, match.index) });
    segments.push({ type: "link", text: match[1], href: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: "text", text: text.slice(last) });
  return segments;
}

/** The reader's text of a paragraph or list item: links reduced to their words. */
export function plainInline(text: string): string {
  return inlineSegments(text)
    .map((segment) => segment.text)
    .join("");
}

export function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return block.text;
    case "paragraph":
      return plainInline(block.text);
    case "list":
      return block.items.map(plainInline).join("\n");
    case "table":
      return block.rows.map((row) => row.join(" ")).join("\n");
    case "image":
      return block.caption ?? block.alt;
  }
}

export function blocksToText(blocks: Block[]): string {
  return blocks.map(blockText).join("\n\n");
}

/** A summary for lists and meta descriptions: the first paragraphs, cut at a sentence end near `max`. */
export function summarize(blocks: Block[], max = 120): string {
  const text = blocks
    .filter((block) => block.type === "paragraph")
    .map((block) => blockText(block))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return sentenceEnd > max / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut}…`;
}

export type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";

/**
 * The HTML heading element for each heading level a body uses, below the heading the body sits under:
 * the levels present, in order, become h<start>, h<start+1>, … (at most h6) — so a body whose sections
 * start at level 2 or 3 (the importer keeps the source's levels) never skips a level in the page outline.
 */
export function headingTags(blocks: Block[], start: 2 | 3 | 4 = 2): Map<number, HeadingTag> {
  const levels = [...new Set(blocks.flatMap((block) => (block.type === "heading" ? [block.level] : [])))].sort((a, b) => a - b);
  return new Map(levels.map((level, rank) => [level, `h${Math.min(start + rank, 6)}` as HeadingTag]));
}
