import { z } from "zod";
import { SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchRequest } from "./types";

/**
 * One schema for the search page, `GET /api/search` and the CLI. Unknown parameters are refused, so a
 * typo (`?kinds=`) is an error the caller sees rather than a filter silently ignored.
 */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const MAX_PAGE = 100;

export const searchParamsSchema = z.strictObject({
  q: z.string({ error: "搜索词必须是文字" }).trim().max(100, { error: "搜索词不能超过 100 个字" }).default(""),
  kind: z.preprocess(
    blankToUndefined,
    z
      .enum(SEARCH_KINDS, {
        error: `类型（kind）只能是 ${SEARCH_KINDS.map((kind) => `${kind}（${SEARCH_KIND_LABELS[kind]}）`).join("、")} 之一`,
      })
      .optional(),
  ),
  region: z.preprocess(blankToUndefined, z.string().trim().max(50, { error: "地区（region）不能超过 50 个字" }).optional()),
  zone: z.preprocess(blankToUndefined, z.string().trim().max(100, { error: "开发区（zone）不能超过 100 个字" }).optional()),
  year: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "年份（year）必须是四位数字" }).int({ error: "年份（year）必须是四位数字" }).min(1949, { error: "年份（year）不能早于 1949 年" }).max(2100, { error: "年份（year）不能晚于 2100 年" }).optional(),
  ),
  page: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "页码（page）必须是正整数" }).int({ error: "页码（page）必须是正整数" }).min(1, { error: "页码（page）必须是正整数" }).max(MAX_PAGE, { error: `页码（page）不能超过 ${MAX_PAGE}` }).default(1),
  ),
  sort: z.preprocess(blankToUndefined, z.enum(["relevance", "date"], { error: "排序（sort）只能是 relevance（相关度）或 date（日期）" }).optional()),
  /** 仍搜索「…」: the query exactly as typed, without 您是不是要找 corrections */
  exact: z.preprocess(
    blankToUndefined,
    z.enum(["1", "0"], { error: "原词搜索（exact）只能是 1 或 0" }).transform((value) => value === "1").optional(),
  ),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export type ParsedSearchParams = { ok: true; data: SearchRequest } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** URL parameters (each at most once) → a search request, or a message in Chinese saying what is wrong. */
export function parseSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>): ParsedSearchParams {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item) => [key, item] as [string, string]),
  );
  const record: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [key, value] of entries) {
    if (key in record) repeated.add(key);
    record[key] = value;
  }
  if (repeated.size) {
    const keys = [...repeated].join("、");
    return { ok: false, message: `参数 ${keys} 只能出现一次`, fieldErrors: Object.fromEntries([...repeated].map((key) => [key, ["只能出现一次"]])) };
  }
  const parsed = searchParamsSchema.safeParse(record);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  const messages: string[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const message = `不支持的参数：${issue.keys.join("、")}（可用参数：${Object.keys(searchParamsSchema.shape).join("、")}）`;
      messages.push(message);
      for (const key of issue.keys) fieldErrors[key] = ["不支持的参数"];
      continue;
    }
    const key = String(issue.path[0] ?? "");
    messages.push(issue.message);
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return { ok: false, message: `搜索参数有误：${messages.join("；")}`, fieldErrors };
}
