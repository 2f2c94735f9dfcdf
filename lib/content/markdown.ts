import { marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { type Block, isSafeHref } from "./blocks";

/**
 * The editor's Markdown ↔ the stored body blocks (lib/content/blocks.ts). Markdown is only the editing
 * surface: what is stored and published are blocks, rendered as escaped React text, so no HTML from an
 * editor ever reaches a page. Raw HTML typed into the Markdown is reduced to its text by sanitize-html;
 * inline emphasis is flattened; links survive as `[text](href)` inside paragraph and list text (only
 * http(s), mailto and site-relative targets), rendered as links by components/articles/article-body.tsx.
 */
export type ParsedMarkdown = {
  blocks: Block[];
  /** every link and image target written, in order, for the pre-publish link check */
  links: { text: string; href: string }[];
  /** headings written without text ("## "); dropped from the blocks, reported by the checks */
  emptyHeadings: number;
};

const stripHtml = (html: string) => sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });

function inlineText(tokens: Token[] | undefined, links: ParsedMarkdown["links"]): string {
  if (!tokens) return "";
  return tokens
    .map((token): string => {
      switch (token.type) {
        case "link": {
          const link = token as Tokens.Link;
          const text = inlineText(link.tokens, links) || link.href;
          links.push({ text, href: link.href });
          return isSafeHref(link.href) ? `[${text}](${link.href})` : text;
        }
        case "image": {
          const image = token as Tokens.Image;
          links.push({ text: image.text, href: image.href });
          return image.text;
        }
        case "html":
          return stripHtml((token as Tokens.HTML).text);
        case "br":
          return "\n";
        case "codespan":
        case "escape":
          return (token as Tokens.Codespan).text;
        default:
          return "tokens" in token && Array.isArray(token.tokens) ? inlineText(token.tokens, links) : "text" in token ? String(token.text) : "";
      }
    })
    .join("");
}

function imageOnly(paragraph: Tokens.Paragraph): Tokens.Image | undefined {
  const meaningful = paragraph.tokens.filter((token) => !(token.type === "text" && !token.raw.trim()));
  return meaningful.length === 1 && meaningful[0].type === "image" ? (meaningful[0] as Tokens.Image) : undefined;
}

function listItemText(item: Tokens.ListItem, links: ParsedMarkdown["links"]): string {
  return item.tokens
    .map((token) => (token.type === "list" ? (token as Tokens.List).items.map((nested) => listItemText(nested, links)).join("；") : inlineText("tokens" in token ? token.tokens : undefined, links) || ("text" in token ? String(token.text) : "")))
    .filter(Boolean)
    .join("：")
    .trim();
}

function toBlocks(tokens: Token[], result: ParsedMarkdown): void {
  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        const text = inlineText(heading.tokens, result.links).trim();
        if (!text) result.emptyHeadings += 1;
        else result.blocks.push({ type: "heading", level: Math.min(3, heading.depth) as 1 | 2 | 3, text });
        break;
      }
      case "paragraph": {
        const paragraph = token as Tokens.Paragraph;
        const image = imageOnly(paragraph);
        if (image) {
          result.links.push({ text: image.text, href: image.href });
          result.blocks.push({ type: "image", src: image.href, alt: image.text.trim(), ...(image.title ? { caption: image.title } : {}) });
          break;
        }
        const text = inlineText(paragraph.tokens, result.links).trim();
        if (text) result.blocks.push({ type: "paragraph", text });
        break;
      }
      case "list": {
        const list = token as Tokens.List;
        const items = list.items.map((item) => listItemText(item, result.links)).filter(Boolean);
        if (items.length) result.blocks.push({ type: "list", ordered: list.ordered, items });
        break;
      }
      case "table": {
        const table = token as Tokens.Table;
        const cell = (entry: Tokens.TableCell) => inlineText(entry.tokens, result.links).trim();
        result.blocks.push({ type: "table", rows: [table.header.map(cell), ...table.rows.map((row) => row.map(cell))] });
        break;
      }
      case "blockquote":
        toBlocks((token as Tokens.Blockquote).tokens, result);
        break;
      case "code": {
        const text = (token as Tokens.Code).text.trim();
        if (text) result.blocks.push({ type: "paragraph", text });
        break;
      }
      case "html": {
        const text = stripHtml((token as Tokens.HTML).text).trim();
        if (text) result.blocks.push({ type: "paragraph", text });
        break;
      }
      default:
        // space, hr and anything else carry no content of their own
        break;
    }
  }
}

export function parseMarkdown(markdown: string): ParsedMarkdown {
  const result: ParsedMarkdown = { blocks: [], links: [], emptyHeadings: 0 };
  toBlocks(marked.lexer(markdown.replace(/\r\n?/g, "\n"), { gfm: true }), result);
  return result;
}

export function markdownToBlocks(markdown: string): Block[] {
  return parseMarkdown(markdown).blocks;
}

// Text that Markdown would read as syntax at the start of a line is escaped, so a round trip keeps it text.
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/gm, "$1\\$2");
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Stored blocks → the Markdown shown in the editor; parseMarkdown(blocksToMarkdown(b)) gives b back. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((block, index) => {
      // Two lists in a row would read back as one list: an empty comment keeps them apart.
      const separator = block.type === "list" && blocks[index - 1]?.type === "list" ? "<!-- -->\n\n" : "";
      return separator + blockMarkdown(block);
    })
    .join("\n\n");
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case "heading":
      // a trailing " #" would be read as the heading's optional closing sequence
      return `${"#".repeat(block.level)} ${block.text.replace(/(\s)(#+)$/, "$1\\$2")}`;
    case "paragraph":
      return escapeLineStart(block.text);
    case "list":
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : "-"} ${item.replace(/\n/g, " ")}`).join("\n");
    case "table": {
      const [header, ...rows] = block.rows;
      const width = Math.max(...block.rows.map((row) => row.length));
      const line = (row: string[]) => `| ${Array.from({ length: width }, (_, index) => escapeCell(row[index] ?? "")).join(" | ")} |`;
      return [line(header), `|${" --- |".repeat(width)}`, ...rows.map(line)].join("\n");
    }
    case "image":
      return `![${block.alt}](${block.src}${block.caption ? ` "${block.caption.replace(/"/g, "'")}"` : ""})`;
  }
}
