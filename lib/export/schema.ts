import { z } from "zod";

/** What the bulk export offers: the content types, two formats, optionally one publishing state. */
export const EXPORT_TYPES = { articles: "文章", bulletins: "工作简报", zones: "开发区" } as const;
export type ExportType = keyof typeof EXPORT_TYPES;

export const exportRequestSchema = z.object({
  type: z.enum(Object.keys(EXPORT_TYPES) as [ExportType, ...ExportType[]]),
  format: z.enum(["json", "csv"]).default("json"),
  status: z.enum(["draft", "in_review", "scheduled", "published", "archived"]).optional().catch(undefined),
});

export type ExportRequest = z.infer<typeof exportRequestSchema>;
