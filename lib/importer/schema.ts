import { z } from "zod";
import { blocksSchema } from "@/lib/content/blocks";

/**
 * What the importer produces from raw text: one object per document (a listing page gives one per
 * item). The same schema checks the admin import form, so an editor's corrections are validated
 * exactly like the parser's output.
 */
export const IMPORT_KINDS = ["bulletin", "report", "policy", "news"] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  bulletin: "工作简报",
  report: "政府工作报告",
  policy: "政策文件",
  news: "资讯",
};

const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");

export const bulletinItemSchema = z.object({
  title: z.string().trim().min(1, "请填写条目标题"),
  body: z.string(),
  source: z.string().trim().min(1).optional(),
});

export const bulletinSectionSchema = z.object({
  title: z.string().trim().min(1, "请填写栏目名称"),
  items: z.array(bulletinItemSchema),
});

/**
 * What the importer removed or guessed, for the editor to check: a generated title, no date found, much
 * text removed as page chrome, zone stubs created, a format's limits. Shown in the dry-run JSON, the CLI
 * summary and beside the fields on /admin/import; never a reason to drop the document.
 */
export const importWarningSchema = z.object({
  /** stable machine-readable kind, e.g. "generated-title", "no-date", "chrome-removed", "zone-stubs" */
  code: z.string().min(1),
  /** what the editor reads, in Chinese */
  message: z.string().min(1),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

/**
 * What a richer format states about itself before any text parsing (an HTML page's meta tags and
 * <title>, a PDF's info dictionary, the URL it was fetched from). Hints win over what the text parser
 * guesses, and are recorded as such.
 */
export const importHintsSchema = z.object({
  title: z.string().trim().min(1).optional(),
  publishedAt: isoDaySchema.optional(),
  sourceDepartment: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  /** 栏目 (ColumnName) and site name (SiteName) of a web page */
  column: z.string().trim().min(1).optional(),
  siteName: z.string().trim().min(1).optional(),
  keywords: z.array(z.string().trim().min(1)).optional(),
  description: z.string().trim().min(1).optional(),
  /** where the document was fetched from (原文链接) */
  sourceUrl: z.url().optional(),
});
export type ImportHints = z.infer<typeof importHintsSchema>;

export const importedDocumentSchema = z.object({
  /** file name (or 粘贴文本) the document came from */
  source: z.string().min(1),
  kind: importKindSchema,
  title: z.string().trim().min(1, "请填写标题").max(300),
  /** the document's own date, YYYY-MM-DD (a calendar day in China), or null when the text has none */
  publishedAt: isoDaySchema.nullable(),
  /** from a 【西青区招商】-style tag */
  region: z.string().trim().min(1).optional(),
  /** 来源 line: issuing department (产业处) or the outlet a news item came from */
  sourceDepartment: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  readCount: z.number().int().nonnegative().optional(),
  // policy
  docNumber: z.string().trim().min(1).optional(),
  issuer: z.string().trim().min(1).optional(),
  // bulletin
  publisher: z.string().trim().min(1).optional(),
  issueNumber: z.number().int().positive().optional(),
  totalIssueNumber: z.number().int().positive().optional(),
  sections: z.array(bulletinSectionSchema).optional(),
  distribution: z.array(z.string().trim().min(1)).optional(),
  // articles: plain paragraphs separated by blank lines, plus the same text with headings as structure
  body: z.string().optional(),
  blocks: blocksSchema.optional(),
  /** zone names mentioned in the text, in order of first mention */
  zones: z.array(z.string().trim().min(1)),
  /** where the document was fetched from, shown as 原文链接 */
  sourceUrl: z.url().optional(),
  /** what was removed or guessed (see importWarningSchema) */
  warnings: z.array(importWarningSchema).optional(),
});

export type ImportedDocument = z.infer<typeof importedDocumentSchema>;
export type BulletinSection = z.infer<typeof bulletinSectionSchema>;
export type BulletinItem = z.infer<typeof bulletinItemSchema>;

/** The fields `npm run import -- --dry-run --json` prints, in the order the issue gives them. */
export const DRY_RUN_FIELDS = [
  "source",
  "kind",
  "title",
  "publishedAt",
  "region",
  "docNumber",
  "issuer",
  "publisher",
  "issueNumber",
  "totalIssueNumber",
  "sections",
  "body",
  "zones",
  "sourceUrl",
  "warnings",
] as const;

// ───────────── the admin import form: one parsed document as an editor corrected it ─────────────

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `不能超过 ${max} 字`).optional());
const optionalCount = (label: string, min: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: `${label}应为数字` }).int(`${label}应为整数`).min(min, `${label}不能小于 ${min}`).optional());
const listOf = (separator: RegExp) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(separator).map((entry) => entry.trim()).filter(Boolean) : []),
    z.array(z.string().min(1)),
  );

export const importFormSchema = z.object({
  source: z.string().trim().min(1).max(200),
  kind: importKindSchema,
  title: z.string().trim().min(1, "请填写标题").max(300, "标题不能超过 300 字"),
  publishedAt: z.preprocess((value) => blankToUndefined(value) ?? null, isoDaySchema.nullable()),
  region: optionalText(40),
  sourceDepartment: optionalText(100),
  author: optionalText(100),
  readCount: optionalCount("阅读数", 0),
  docNumber: optionalText(100),
  issuer: optionalText(100),
  publisher: optionalText(100),
  issueNumber: optionalCount("期号", 1),
  totalIssueNumber: optionalCount("总期号", 1),
  /** one 送/发 line per line */
  distribution: listOf(/\n/),
  /** the parsed sections as JSON (shown read-only; a bulletin's items are edited after saving) */
  sections: z.preprocess((value) => {
    if (typeof value !== "string" || !value.trim()) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value; // not JSON: let the schema report it as a field error
    }
  }, z.array(bulletinSectionSchema, { error: "栏目数据无效，请重新解析" }).optional()),
  body: z.string().max(2_000_000).optional(),
  /** names separated by 、 , ， or new lines */
  zones: listOf(/[、,，\n]+/),
  /** 原文链接: where the document was fetched from (http or https only) */
  sourceUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "原文链接应为 http 或 https 网址" }).max(2000).optional()),
});

export type ImportForm = z.infer<typeof importFormSchema>;

/** The 网址 field of /admin/import (the fetch itself checks where it may go: lib/importer/fetch-url.ts). */
export const importUrlSchema = z.string().trim().pipe(z.url({ protocol: /^https?$/, error: "请填写以 http:// 或 https:// 开头的网址" }).max(2000, "网址过长"));
