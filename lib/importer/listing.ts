import { normaliseText } from "./clean";
import { isDateLine, parseDate } from "./dates";

/**
 * A listing page (a column of a portal copied whole) holds many items, each a bullet with a title, a
 * flattened excerpt and a date:
 *   • 【西青区招商】title
 *       text of the item …
 *       2025-07-08
 * Each item becomes its own document; the page's navigation, pager and forms are dropped.
 */
export type ListingItem = { text: string; publishedAt: string | null };

const BULLET = /^\s*[•·●▪◆]\s*(?=\S)/;
const ITEM_WINDOW = 4;

export function splitListing(raw: string): ListingItem[] | null {
  const lines = normaliseText(raw).split("\n");
  const starts: number[] = [];
  for (const [index, line] of lines.entries()) {
    if (BULLET.test(line) && dateLineWithin(lines, index)) starts.push(index);
  }
  if (starts.length < 2) return null;
  return starts.map((start, position) => {
    const limit = starts[position + 1] ?? lines.length;
    const dateIndex = dateLineWithin(lines, start) ?? limit;
    const body = lines
      .slice(start + 1, Math.min(dateIndex, limit))
      .map((line) => line.trim())
      .filter(Boolean)
      .flatMap(splitFlattenedParagraphs);
    const title = lines[start].replace(BULLET, "").trim();
    return { text: [title, ...body].join("\n"), publishedAt: dateIndex < limit ? parseDate(lines[dateIndex]) : null };
  });
}

/** The index of the item's date line, if it comes within a few non-empty lines of the bullet. */
function dateLineWithin(lines: string[], start: number): number | null {
  let seen = 0;
  for (let index = start + 1; index < lines.length && seen < ITEM_WINDOW; index += 1) {
    const line = lines[index].trim();
    if (!line) continue;
    if (isDateLine(line)) return index;
    if (BULLET.test(lines[index])) return null;
    seen += 1;
  }
  return null;
}

/** Excerpts lose their line breaks: a space after a sentence end was a paragraph break. */
export function splitFlattenedParagraphs(text: string): string[] {
  return text
    .split(/(?<=[。！？；”])\s+(?=\S)/)
    .map((part) => part.trim())
    .filter(Boolean);
}
