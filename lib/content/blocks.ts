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

export function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return block.text;
    case "list":
      return block.items.join("\n");
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
