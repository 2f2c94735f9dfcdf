import { createRequire } from "node:module";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { ImportWarning } from "../schema";
import { CJK_CHAR, isStructuralMarker } from "../text";

/**
 * A PDF's text layer → paragraphs. pdfjs gives positioned runs of text; they are grouped into lines by
 * baseline, running headers, footers and page numbers are dropped, and lines are joined back into the
 * paragraphs the author wrote: a full line without a paragraph break after it (no extra space, no indent,
 * no heading marker) continues on the next line, across a page break too.
 * A PDF without a text layer (a scan) is refused: there is nothing to import without OCR.
 */
export type PdfRun = { text: string; x: number; y: number; width: number; fontSize: number };
export type PdfPage = { runs: PdfRun[] };
type Line = { text: string; x0: number; x1: number; y: number; fontSize: number; page: number };

/**
 * pdfjs's character maps and standard fonts, read from its package folder. Resolved at run time from the
 * app's root: a bundler rewrites a literal require.resolve into a module id, so the name is built here.
 */
let pdfjsDir: string | null = null;
function pdfjsFolder(): string {
  pdfjsDir ??= path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve(["pdfjs-dist", "package.json"].join("/")));
  return pdfjsDir;
}

export async function decodePdf(bytes: Uint8Array, name: string): Promise<{ text: string; warnings: ImportWarning[] }> {
  const pages = await readPdfPages(bytes, name);
  const textPages = pages.map((page) => page.runs.reduce((total, run) => total + run.text.replace(/\s/g, "").length, 0));
  const total = textPages.reduce((sum, count) => sum + count, 0);
  if (total < 10) {
    throw new AppError(
      "BAD_REQUEST",
      `${name} 是扫描件或图片 PDF（${pages.length} 页均没有文字层），无法提取文字；请先用 OCR 识别为文字，或向发文单位索取 Word 或网页版本`,
    );
  }
  const warnings: ImportWarning[] = [];
  const blank = textPages.flatMap((count, index) => (count < 5 ? [index + 1] : []));
  if (blank.length) warnings.push({ code: "pdf-pages-without-text", message: `第 ${blank.join("、")} 页没有文字层（可能是扫描页或图片），其内容未导入` });
  return { text: paragraphsFromPages(pages).join("\n\n"), warnings };
}

async function readPdfPages(bytes: Uint8Array, name: string): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(pdfjsFolder(), "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsFolder(), "standard_fonts")}/`,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const isLocked = error instanceof Error && error.name === "PasswordException";
    throw new AppError("BAD_REQUEST", isLocked ? `${name} 设有打开密码，请先解除密码后再导入` : `${name} 不是有效的 PDF 文件`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        const [, , c, d, x, y] = item.transform as number[];
        runs.push({ text: unifyRadicals(item.str), x, y, width: item.width, fontSize: Math.hypot(c, d) || item.height || 10 });
      }
      pages.push({ runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsModule: Promise<Pdfjs> | null = null;

/** The legacy build runs in Node; its worker runs in this thread (nothing is downloaded or spawned). */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjsModule;
}

// ───────────── lines → paragraphs (pure) ─────────────

export function paragraphsFromPages(pages: PdfPage[]): string[] {
  const lines = removeRunningLines(pages.map((page, index) => linesOfPage(page, index)));
  const flat = lines.flat();
  if (!flat.length) return [];
  const left = mostCommon(flat.map((line) => Math.round(line.x0)));
  const right = percentile(flat.map((line) => line.x1), 0.9);
  const paragraphs: string[] = [];
  let current: Line | null = null;
  let text = "";
  for (const line of flat) {
    if (current && continues(current, line, left, right)) {
      text = joinText(text, line.text);
    } else {
      if (text) paragraphs.push(text);
      text = line.text;
    }
    current = line;
  }
  if (text) paragraphs.push(text);
  return paragraphs;
}

/** Runs on one baseline (within a third of the font size) make a line, read left to right. */
function linesOfPage(page: PdfPage, pageIndex: number): Line[] {
  const runs = page.runs.filter((run) => run.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - run.y) <= Math.max(row[0].fontSize, run.fontSize) / 3) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = "";
    let end = row[0].x;
    for (const run of row) {
      const gap = run.x - end;
      if (text && gap > run.fontSize * 1.5) text += "  ";
      else if (text && gap > run.fontSize * 0.2 && !(CJK_CHAR.test(text.at(-1) ?? "") && CJK_CHAR.test(run.text[0]))) text += " ";
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    const fontSize = Math.max(...row.map((run) => run.fontSize));
    return { text: text.replace(/\s+$/, "").replace(/^\s+/, ""), x0: row[0].x, x1: end, y: row[0].y, fontSize, page: pageIndex };
  });
}

/** - 3 - · 第3页 · 第 3 页 共 12 页 · 3/12 · Page 3 */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const EDGE_LINES = 2;

/**
 * Lines at the top or bottom of a page that repeat (digits aside) on at least half the pages are running
 * headers and footers; a line that is only a page number is dropped wherever it stands at an edge.
 */
function removeRunningLines(pages: Line[][]): Line[][] {
  const edgeKey = (line: Line) => line.text.replace(/\d+/g, "#").replace(/\s+/g, "");
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map(edgeKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      if (PAGE_NUMBER.test(line.text.trim())) return false;
      return pages.length < 2 || (counts.get(edgeKey(line)) ?? 0) < threshold;
    });
  });
}

function edges(lines: Line[]): Line[] {
  return lines.length <= EDGE_LINES * 2 ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/** The next line goes on the same paragraph: the previous one was full and nothing marks a new start. */
function continues(previous: Line, line: Line, left: number, right: number): boolean {
  const size = Math.max(previous.fontSize, line.fontSize);
  if (Math.abs(previous.fontSize - line.fontSize) > size * 0.15) return false;
  // A line with room left for the next line's first word ends its paragraph (or is a heading).
  if (right - previous.x1 > firstWordWidth(line.text, line.fontSize) + size * 0.5) return false;
  if (line.x0 > left + size * 0.8) return false; // an indented line starts a paragraph
  if (isStructuralMarker(line.text)) return false;
  if (previous.page === line.page && previous.y - line.y > size * 1.9) return false; // extra space between paragraphs
  return true;
}

/** Lines break before a word of digits or Latin letters that does not fit, or before any one Chinese character. */
function firstWordWidth(text: string, fontSize: number): number {
  const word = /^[\w.%-]+/.exec(text)?.[0];
  return word ? word.length * fontSize * 0.6 : fontSize;
}

/**
 * Fonts often map a character to its radical's code point (⻘ U+2ED8 for 青, ⽲ U+2F72 for 禾): the page
 * looks right, the text does not. Kangxi radicals have compatibility mappings (NFKC), except where that
 * gives a traditional form (⼾ → 戶, not 户); those and the simplified radicals of the supplement block are
 * mapped by hand.
 */
const RADICALS: Record<string, string> = Object.fromEntries(
  [..."⼾户⺟母⺠民⻁虎⻄西⻅见⻆角⻉贝⻊足⻋车⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟"]
    .join("")
    .match(/../gu)!
    .map((pair) => [...pair] as [string, string]),
);

export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (char) => RADICALS[char] ?? char.normalize("NFKC"));
}

function joinText(text: string, next: string): string {
  const last = text.at(-1) ?? "";
  const first = next[0] ?? "";
  if (last === "-" && /[a-z]/i.test(first)) return text.slice(0, -1) + next;
  return /[\w,.;:!?)]/.test(last) && /\w/.test(first) ? `${text} ${next}` : text + next;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best))[0];
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}
