import { z } from "zod";
import { entityId, optionalText, requiredDay, requiredText, versionField } from "@/lib/content/form-fields";

/**
 * The bulletin composer's forms, one schema each (form, action and tests share them). An issue (期) has
 * ordered sections (栏目), each with ordered items written in place or picked from existing articles.
 */
const positiveInt = (label: string) => z.coerce.number({ error: `请填写${label}` }).int(`${label}须为整数`).min(1, `${label}须大于 0`).max(100_000, `${label}过大`);

export const bulletinMetaSchema = z.object({
  id: entityId.optional(),
  version: versionField.optional(),
  title: requiredText("刊名", 60),
  publisher: requiredText("编印单位", 100),
  issueNumber: positiveInt("期号"),
  /** 总期号 is optional: an empty field means none */
  totalIssueNumber: z.preprocess((value) => (typeof value === "string" && !value.trim() ? null : value), positiveInt("总期号").nullable().default(null)),
  issueDate: requiredDay("印发日期"),
  /** 送/发 lines, one per line */
  distribution: z
    .string()
    .max(2000, "发送范围过长")
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
});

export type BulletinMetaInput = z.infer<typeof bulletinMetaSchema>;

const bulletinRef = { bulletinId: entityId, version: versionField };

export const sectionSchema = z.object({ ...bulletinRef, sectionId: entityId.optional(), title: requiredText("栏目名称", 40) });

export const itemSchema = z.object({
  ...bulletinRef,
  sectionId: entityId,
  itemId: entityId.optional(),
  title: requiredText("标题", 200),
  body: z.string().max(50_000, "正文过长").default(""),
  source: optionalText("来源", 100),
});

export type BulletinItemInput = z.infer<typeof itemSchema>;

export const pickArticleSchema = z.object({ ...bulletinRef, sectionId: entityId, articleId: entityId });

export const moveSchema = z.object({ ...bulletinRef, target: z.enum(["section", "item"]), targetId: entityId, direction: z.enum(["up", "down"]) });

/** Drag-and-drop: the section's items in their new order (comma-separated ids). */
export const reorderItemsSchema = z.object({
  ...bulletinRef,
  sectionId: entityId,
  order: z
    .string()
    .max(4000)
    .transform((value) => value.split(",").map((id) => id.trim()).filter(Boolean)),
});

export const removeSchema = z.object({ ...bulletinRef, target: z.enum(["section", "item"]), targetId: entityId });

export const publishBulletinSchema = z.object({ ...bulletinRef });
