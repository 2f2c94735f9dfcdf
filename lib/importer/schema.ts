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
] as const;
