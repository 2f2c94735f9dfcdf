import { z } from "zod";
import { ZONE_LEVEL_LABELS } from "../labels";
import { ZONE_TYPES } from "../schema";
import type { CatalogueSource } from "./plan";

/**
 * The catalogue import's boundary: the source an import records (CLI flags and the 导入目录 form) and the
 * entries the preview hands back to the apply step (a hidden field, so checked again).
 */
const ZONE_LEVELS = Object.keys(ZONE_LEVEL_LABELS) as [keyof typeof ZONE_LEVEL_LABELS, ...(keyof typeof ZONE_LEVEL_LABELS)[]];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const DEFAULT_CATALOGUE_SOURCE: CatalogueSource = {
  title: "《中国开发区审核公告目录》（2018年版），国家发展改革委等六部门2018年第4号公告",
  url: null,
  year: 2018,
};

const sourceFields = {
  title: z.string({ error: "请填写数据来源（文件名称）" }).trim().min(2, "请填写数据来源（文件名称）").max(200, "来源不超过 200 个字"),
  url: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "来源网址须以 http:// 或 https:// 开头" }).max(500).optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number({ error: "年份必须是数字" }).int("年份必须是整数").min(1949, "年份不早于 1949").max(2100, "年份不晚于 2100").optional()),
};

const toSource = (source: { title: string; url?: string; year?: number }): CatalogueSource => ({ title: source.title, url: source.url ?? null, year: source.year ?? null });

/** The source as the CLI flags and prisma/sample/sources.json give it. */
export const catalogueSourceSchema = z.object(sourceFields).transform(toSource);

/** The same source as the 导入目录 form names its fields. */
export const catalogueSourceFormSchema = z
  .object({ sourceTitle: sourceFields.title, sourceUrl: sourceFields.url, sourceYear: sourceFields.year })
  .transform((form) => toSource({ title: form.sourceTitle, url: form.sourceUrl, year: form.sourceYear }));

export const catalogueEntrySchema = z.object({
  name: z.string().trim().min(2).max(100),
  level: z.enum(ZONE_LEVELS).nullable(),
  type: z.enum(ZONE_TYPES).nullable(),
  province: z.string().max(20).nullable(),
  city: z.string().max(30).nullable(),
  approvedAt: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  areaHectares: z.number().positive().max(100_000_000).nullable(),
  industries: z.array(z.string().max(30)).max(30),
  origin: z.string().max(200),
});

/** Rows beyond this are refused in one import: the whole 2018 catalogue has 2 543. */
export const MAX_CATALOGUE_ENTRIES = 5000;

export const catalogueEntriesSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "预览数据已损坏，请重新预览" });
      return z.NEVER;
    }
  })
  .pipe(z.array(catalogueEntrySchema, { error: "预览数据已损坏，请重新预览" }).min(1, "没有可导入的开发区").max(MAX_CATALOGUE_ENTRIES, `一次最多导入 ${MAX_CATALOGUE_ENTRIES} 个开发区`));
