/**
 * Plain-text rules shared by both public forms (投稿 and 招商咨询). Submissions are stored as plain text and
 * rendered as React text, so these functions only normalise; they never produce markup. Client-safe: the
 * character counter in the browser uses the same countCharacters as the server-side schema.
 */

// Zero-width and BOM characters are invisible yet would count toward limits and break duplicate detection.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// C0/C1 control characters except tab and newline.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** One-line fields: NFC, no control or invisible characters, inner whitespace runs collapsed to one space. */
export function normalizeLine(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").replace(CONTROL, "").replace(/\s+/g, " ").trim();
}

/**
 * Multi-line text: NFC, newlines unified, trailing spaces per line dropped, at most one blank line in a
 * row. Leading full-width indentation (　　) is kept, as Chinese writers use it for paragraphs.
 */
export function normalizeMultiline(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .split("\n")
    .map((line) => line.replace(/[ \t\u3000]+$/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

/**
 * How long a text is the way a Chinese editor counts 字数: every character (Han, Latin letter, digit,
 * punctuation) counts one, whitespace does not. Counting code points keeps a rare Han character outside
 * the BMP (𠮷) at one, where String.length would say two.
 */
export function countCharacters(value: string): number {
  let count = 0;
  for (const char of value.replace(INVISIBLE, "")) {
    if (!/\s/u.test(char)) count += 1;
  }
  return count;
}

/** Paragraphs of a plain-text submission: each non-empty line is one, as people type them in a textarea. */
export function splitParagraphs(value: string): string[] {
  return normalizeMultiline(value)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
