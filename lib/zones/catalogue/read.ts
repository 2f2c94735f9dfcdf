import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { AppError } from "@/lib/errors";
import { decodePlainText, MAX_IMPORT_BYTES } from "@/lib/importer/decode";
import { parseCatalogueRows, type CatalogueParse, type CatalogueRows } from "./parse";

/**
 * The shapes the catalogue circulates in → rows of cells (then parse.ts reads them): CSV/TSV, .xlsx
 * (every sheet; a sheet named after a province is that province), an HTML table, and text pasted from
 * a web page or a PDF (cells split by "|", tabs or runs of spaces).
 */
export const CATALOGUE_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx", ".html", ".htm"] as const;

/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes) or TSV, read by csv-parse. */
export function readDelimited(text: string, delimiter?: "," | "\t"): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.indexOf("\n") >>> 0);
  const separator = delimiter ?? (firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",");
  // catalogues are hand-made: rows of different lengths and a stray quote inside a cell are kept as they are
  return parseCsv(body, { delimiter: separator, relax_column_count: true, relax_quotes: true }) as string[][];
}

const PDF_ROW = /^(\d{1,4})\s+(?:([GS]\d{6})\s+)?(\S.*?)\s+(\d{4}\s*[.．\-/年]\s*\d{1,2}\s*月?(?:\s*\d{1,2}\s*日)?)\s+([\d,.]+(?:\s*(?:公顷|平方公里))?)\s*(.*)$/;

/** Text pasted from a web page or PDF: one row per line. */
export function readPastedText(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .map((line) => {
      if (line.includes("|")) return line.split("|").map((cell) => cell.trim()).filter((cell, index, cells) => cell !== "" || (index > 0 && index < cells.length - 1));
      if (line.includes("\t")) return line.split("\t");
      const pdf = PDF_ROW.exec(line.trim());
      // "1 G111001 北京…": the 2018 edition's code, when there, is a cell of its own
      if (pdf) return [pdf[1], ...(pdf[2] ? [pdf[2]] : []), ...pdf.slice(3)];
      return line.trim().split(/\s{2,}/);
    });
}

/** Every <tr> of every table, cells as text. */
export function readHtmlTables(html: string): string[][] {
  // linkedom, as the importer's web-page reader: one HTML parser in the project
  const { document } = parseHTML(html);
  return [...document.querySelectorAll("tr")].map((row) => [...row.children].filter((cell) => cell.tagName === "TD" || cell.tagName === "TH").map((cell) => cell.textContent ?? ""));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // 1988.06 typed as a number comes back as 1988.06, and 1988.10 as 1988.1: keep two places
  if (typeof value === "number") return value >= 1949 && value < 2101 && !Number.isInteger(value) ? value.toFixed(2) : String(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

/** Each worksheet of an .xlsx workbook, its name kept (a province or a section). */
export async function readXlsx(bytes: Uint8Array): Promise<Array<{ sheet: string; rows: string[][] }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
      rows.push(cells);
    });
    return { sheet: sheet.name, rows };
  });
}

function extensionOf(fileName: string): string {
  const match = /\.[a-z0-9]+$/i.exec(fileName);
  return match ? match[0].toLowerCase() : "";
}

/** A catalogue file (bytes and its name) → entries; unknown shapes are refused with a clear message. */
export async function readCatalogueFile(bytes: Uint8Array, fileName: string): Promise<CatalogueParse> {
  const name = fileName.split(/[\\/]/).pop() || "文件";
  if (!bytes.length) throw new AppError("BAD_REQUEST", `${name} 是空文件`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `${name} 过大，单个文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const extension = extensionOf(name);
  if (!(CATALOGUE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new AppError("BAD_REQUEST", `${name}：目录导入支持 ${CATALOGUE_EXTENSIONS.join("、")} 文件`);
  }
  if (extension === ".xlsx") {
    const sheets = await readXlsx(bytes).catch(() => {
      throw new AppError("BAD_REQUEST", `${name} 不是有效的 .xlsx 工作簿`);
    });
    return mergeParses(sheets.map((sheet) => parseCatalogueRows({ name: `${name}「${sheet.sheet}」`, rows: sheet.rows, section: sheet.sheet })));
  }
  const { text } = decodePlainText(bytes, name, CATALOGUE_EXTENSIONS.join("、"));
  return readCatalogueText(text, name, extension === ".csv" ? "csv" : extension === ".tsv" ? "tsv" : extension === ".txt" ? "text" : "html");
}

export type CatalogueTextShape = "csv" | "tsv" | "html" | "text";

/** Text in a known shape, or pasted text whose shape is guessed (an HTML table, else lines). */
export function readCatalogueText(text: string, name: string, shape?: CatalogueTextShape): CatalogueParse {
  const firstLine = text.trimStart().split("\n", 1)[0];
  // pasted: an HTML table, CSV (a first line with ASCII commas and no "|"), or lines of text
  const guessed = shape ?? (/<t[rd][\s>]/i.test(text) ? "html" : firstLine.includes(",") && !firstLine.includes("|") ? "csv" : "text");
  const rows: CatalogueRows = {
    name,
    rows: guessed === "csv" ? readDelimited(text, ",") : guessed === "tsv" ? readDelimited(text, "\t") : guessed === "html" ? readHtmlTables(text) : readPastedText(text),
  };
  return parseCatalogueRows(rows);
}

export function mergeParses(parses: CatalogueParse[]): CatalogueParse {
  return { entries: parses.flatMap((parse) => parse.entries), warnings: parses.flatMap((parse) => parse.warnings) };
}
