import { z } from "zod";
import type { Block } from "@/lib/content/blocks";
import { ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS } from "./labels";

/**
 * The zone editor's forms (admin): fields, aliases, awards, indicators, merge. One schema per form,
 * used by the server actions; tables arrive as `rows.<n>.<column>` fields (see readTableRows).
 */
const ZONE_LEVELS = Object.keys(ZONE_LEVEL_LABELS) as [keyof typeof ZONE_LEVEL_LABELS, ...(keyof typeof ZONE_LEVEL_LABELS)[]];
export const ZONE_TYPES = Object.keys(ZONE_TYPE_LABELS) as [keyof typeof ZONE_TYPE_LABELS, ...(keyof typeof ZONE_TYPE_LABELS)[]];
export const ZONE_STATUSES = ["draft", "published", "archived"] as const;
export const ZONE_STATUS_LABELS: Record<(typeof ZONE_STATUSES)[number], string> = { draft: "草稿", published: "已发布", archived: "已归档" };

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number, message: string) => z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional());
const isoDay = z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 2019-02-28").optional());
// Only web addresses: "javascript:" and "data:" URLs would run in the portal when the link is clicked.
const optionalUrl = z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "请输入以 http:// 或 https:// 开头的网址" }).max(500).optional());
const year = z.coerce.number({ error: "年份必须是数字" }).int("年份必须是整数").min(1949, "年份不早于 1949").max(2100, "年份不晚于 2100");
const zoneId = z.string().trim().min(1).max(40);

/** "汽车、生物医药,新材料" / one per line → ["汽车", "生物医药", "新材料"], without repeats. */
export function splitList(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.split(/[\n,，、;；]+/).map((item) => item.trim()).filter(Boolean))];
}

export const zoneNameSchema = z.string().trim().min(2, "请填写园区名称").max(100, "名称不超过 100 个字");

export const createZoneSchema = z.object({
  name: zoneNameSchema,
  level: z.enum(ZONE_LEVELS, { error: "请选择级别" }),
  province: optionalText(20, "省份不超过 20 个字"),
});

export const updateZoneSchema = z.object({
  zoneId,
  /** the version the editor loaded: a save over someone else's newer save is refused */
  version: z.coerce.number().int().min(1),
  name: zoneNameSchema,
  shortName: optionalText(50, "简称不超过 50 个字"),
  aliases: z.string().max(2000, "别名太多").optional().transform(splitList).pipe(z.array(z.string().max(100, "每个别名不超过 100 个字")).max(30, "别名不超过 30 个")),
  level: z.enum(ZONE_LEVELS, { error: "请选择级别" }),
  type: z.preprocess(blankToUndefined, z.enum(ZONE_TYPES, { error: "请选择类型" }).optional()),
  status: z.enum(ZONE_STATUSES, { error: "请选择状态" }),
  province: optionalText(20, "省份不超过 20 个字"),
  city: optionalText(30, "城市不超过 30 个字"),
  district: optionalText(30, "区县不超过 30 个字"),
  approvedAt: isoDay,
  areaKm2: z.preprocess(blankToUndefined, z.coerce.number({ error: "面积必须是数字" }).positive("面积必须大于 0").max(1_000_000, "面积太大").optional()),
  industries: z.string().max(1000).optional().transform(splitList).pipe(z.array(z.string().max(30, "每个产业不超过 30 个字")).max(30, "主导产业不超过 30 个")),
  summary: optionalText(500, "简介不超过 500 个字"),
  description: z.string().max(50_000, "介绍太长").optional().default(""),
  website: optionalUrl,
  /** where level, type, 批准时间, 面积 and 主导产业 come from (shown on the profile as 数据来源) */
  catalogueSource: optionalText(200, "来源不超过 200 个字"),
  catalogueSourceUrl: optionalUrl,
  catalogueYear: z.preprocess(blankToUndefined, year.optional()),
  featuredRank: z.preprocess(blankToUndefined, z.coerce.number({ error: "请填写数字" }).int("请填写整数").min(1, "从 1 开始").max(99, "不超过 99").optional()),
});

export const awardRowSchema = z.object({
  year,
  title: z.string().trim().min(1, "请填写荣誉名称").max(200, "名称不超过 200 个字"),
  rank: z.preprocess(blankToUndefined, z.coerce.number({ error: "名次必须是数字" }).int("名次必须是整数").min(1, "名次从 1 开始").optional()),
  issuer: optionalText(100, "颁发单位不超过 100 个字"),
  sourceTitle: optionalText(200, "来源不超过 200 个字"),
  sourceUrl: optionalUrl,
  sourceDate: isoDay,
});

export const indicatorRowSchema = z.object({
  metric: z.string().trim().min(1, "请填写指标").max(50, "指标名称不超过 50 个字"),
  year,
  value: z.string().trim().min(1, "请填写数值").regex(/^-?\d{1,14}(\.\d{1,4})?$/, "数值为数字，最多 4 位小数"),
  unit: z.string().trim().min(1, "请填写单位").max(20, "单位不超过 20 个字"),
  sourceTitle: z.string().trim().min(1, "请填写来源").max(200, "来源不超过 200 个字"),
  sourceUrl: optionalUrl,
  sourceDate: isoDay,
});

export const AWARD_COLUMNS = ["year", "title", "rank", "issuer", "sourceTitle", "sourceUrl", "sourceDate"] as const;
export const INDICATOR_COLUMNS = ["metric", "year", "value", "unit", "sourceTitle", "sourceUrl", "sourceDate"] as const;

export const zoneIdSchema = z.object({ zoneId, version: z.coerce.number().int().min(1) });
export const mergeZoneSchema = zoneIdSchema.extend({ targetId: z.string().trim().min(1, "请选择要并入的园区").max(40) });

export const zoneListFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ZONE_STATUSES).optional().catch(undefined),
  level: z.enum(ZONE_LEVELS).optional().catch(undefined),
  origin: z.enum(["editor", "import", "catalogue"]).optional().catch(undefined),
});

export type CreateZoneInput = z.infer<typeof createZoneSchema>;
export type UpdateZoneInput = z.infer<typeof updateZoneSchema>;
export type AwardRow = z.infer<typeof awardRowSchema>;
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;
export type ZoneListFilter = z.infer<typeof zoneListFilterSchema>;

/** A table row as submitted: its number as the editor sees it (1-based, blank rows counted) and its cells. */
export type SubmittedRow<Cells> = { number: number; cells: Cells };

/**
 * The rows of an editable table: fields named `rows.<n>.<column>` → one entry per n, in order of n,
 * numbered n + 1 as on screen. Rows whose cells are all blank are dropped (the spare rows of the form).
 */
export function readTableRows(fields: Record<string, string>, columns: readonly string[]): Array<SubmittedRow<Record<string, string>>> {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(fields)) {
    const match = /^rows\.(\d{1,4})\.(\w+)$/.exec(name);
    if (!match || !columns.includes(match[2])) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2]] = value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, cells]) => Object.values(cells).some((value) => value.trim() !== ""))
    .map(([index, cells]) => ({ number: index + 1, cells }));
}

export type TableParse<Row> = { ok: true; rows: Array<SubmittedRow<Row>> } | { ok: false; errors: string[] };

/** Validate each row; errors name the row as the editor sees it ("第 2 行：…"). */
export function parseTableRows<Schema extends z.ZodType>(schema: Schema, rows: ReadonlyArray<SubmittedRow<Record<string, string>>>, maxRows = 500): TableParse<z.output<Schema>> {
  if (rows.length > maxRows) return { ok: false, errors: [`最多 ${maxRows} 行`] };
  const parsed: Array<SubmittedRow<z.output<Schema>>> = [];
  const errors: string[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) parsed.push({ number: row.number, cells: result.data });
    else errors.push(`第 ${row.number} 行：${[...new Set(result.error.issues.map((issue) => issue.message))].join("；")}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows: parsed };
}

/** Two indicator rows for the same metric and year cannot both be true. */
export function duplicateIndicatorErrors(rows: ReadonlyArray<SubmittedRow<IndicatorRow>>): string[] {
  const seen = new Map<string, number>();
  const errors: string[] = [];
  for (const { number, cells } of rows) {
    const key = `${cells.metric}\u0000${cells.year}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push(`第 ${number} 行：与第 ${first} 行重复（${cells.metric}，${cells.year} 年）`);
    else seen.set(key, number);
  }
  return errors;
}

/**
 * The zone description as the editor types it: paragraphs separated by blank lines, "## " before a
 * heading, "- " before each item of a list. Round-trips with descriptionToText (tables and images, which
 * zone descriptions do not use, come back as text).
 */
export function descriptionFromText(text: string): Block[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): Block => {
      const heading = /^(#{2,3})\s+(.+)$/s.exec(part);
      const lines = part.split("\n").map((line) => line.trim());
      if (!heading && lines.every((line) => /^[-*]\s+\S/.test(line))) return { type: "list", ordered: false, items: lines.map((line) => line.replace(/^[-*]\s+/, "")) };
      return heading ? { type: "heading", level: heading[1].length as 2 | 3, text: heading[2].replace(/\s*\n\s*/g, " ") } : { type: "paragraph", text: part };
    });
}

export function descriptionToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === "heading") return `${"#".repeat(Math.min(Math.max(block.level, 2), 3))} ${block.text}`;
      if (block.type === "paragraph") return block.text;
      if (block.type === "list") return block.items.map((item) => `- ${item}`).join("\n");
      if (block.type === "table") return block.rows.map((row) => row.join(" | ")).join("\n");
      return block.caption ?? block.alt;
    })
    .join("\n\n");
}
