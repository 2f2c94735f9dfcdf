import type { HighlightPart } from "./types";

/**
 * Highlighting and snippets, done in the application for both engines so they look the same.
 * The result is a list of text runs; the UI renders them as text (React escapes them), never as HTML.
 */
export function highlightParts(text: string, terms: string[]): HighlightPart[] {
  const ranges = matchRanges(text, terms);
  const parts: HighlightPart[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length || !parts.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/** Sorted, merged [start, end) ranges where any term occurs (case-insensitive). */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const haystack = text.toLowerCase();
  const found: [number, number][] = [];
  for (const term of new Set(terms.map((value) => value.toLowerCase()).filter(Boolean))) {
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + term.length)) {
      found.push([at, at + term.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * About `length` characters of `text` around the densest cluster of matches, with … where it was cut;
 * the beginning of the text when nothing matches.
 */
export function makeSnippet(text: string, terms: string[], length = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const ranges = matchRanges(flat, terms);
  let bestStart = 0;
  let bestScore = -1;
  for (const [start] of ranges) {
    const windowStart = Math.max(0, Math.min(start - Math.floor(length / 4), flat.length - length));
    const inside = ranges.filter(([from, to]) => from >= windowStart && to <= windowStart + length);
    const distinct = new Set(inside.map(([from, to]) => flat.slice(from, to).toLowerCase())).size;
    const score = distinct * 100 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = windowStart;
    }
  }
  const start = snapToSentence(flat, bestStart);
  const body = flat.slice(start, start + length);
  return `${start > 0 ? "…" : ""}${body}${start + length < flat.length ? "…" : ""}`;
}

/** Start just after a sentence end if one is near, so snippets rarely begin mid-phrase. */
function snapToSentence(text: string, start: number): number {
  if (start === 0) return 0;
  const window = text.slice(Math.max(0, start - 20), start);
  const cut = Math.max(window.lastIndexOf("。"), window.lastIndexOf("；"), window.lastIndexOf("！"), window.lastIndexOf("？"));
  return cut === -1 ? start : start - window.length + cut + 1;
}
