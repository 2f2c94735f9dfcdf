import { z } from "zod";
import { entityId, optionalDateTime, optionalText, requiredText, versionField } from "@/lib/content/form-fields";
import { WORKFLOW_ACTIONS } from "./workflow";

/**
 * The editor's forms, one schema each: the form renders from the same names, the server actions and
 * the preview route parse with them. Bodies arrive as Markdown and are stored as blocks.
 */
export const ARTICLE_KIND_VALUES = ["news", "report", "policy"] as const;
export const POLICY_VALIDITY_VALUES = ["valid", "amended", "repealed"] as const;

export const BODY_MARKDOWN_MAX = 200_000;

const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, "网址标识不超过 120 个字符")
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "网址标识只能用小写字母、数字和连字符")
  .optional()
  .transform((value) => value || null);

/** Everything an editor writes about an article; `id`+`version` present when editing an existing one. */
export const articleFormSchema = z.object({
  id: entityId.optional(),
  /** the version the editor started from: a save on top of someone else's newer save is refused */
  version: versionField.optional(),
  kind: z.enum(ARTICLE_KIND_VALUES, { error: "请选择类型" }),
  title: requiredText("标题", 200),
  slug: slugField,
  summary: optionalText("摘要", 500),
  body: z.string().max(BODY_MARKDOWN_MAX, "正文过长").default(""),
  source: optionalText("来源", 100),
  author: optionalText("作者", 100),
  region: optionalText("地区", 50),
  publishedAt: optionalDateTime("发布时间"),
  docNumber: optionalText("文号", 60),
  issuer: optionalText("发文机关", 100),
  writtenAt: optionalDateTime("成文日期"),
  indexNumber: optionalText("索引号", 60),
  comment: optionalText("修改说明", 200),
});

export type ArticleFormInput = z.infer<typeof articleFormSchema>;

/** Autosave posts the same form; it never creates, so it needs the id and version. */
export const autosaveSchema = articleFormSchema.extend({ id: entityId, version: versionField });

export const transitionIntentSchema = z.enum(WORKFLOW_ACTIONS, { error: "未知的操作" });

/** 提交审核 / 审核通过 / 退回 / 发布 / 撤回 / 归档 / 恢复 — one form posting `intent`. */
export const transitionSchema = z
  .object({
    id: entityId,
    version: versionField,
    intent: transitionIntentSchema,
    comment: optionalText("意见", 1000),
    publishAt: optionalDateTime("定时发布时间"),
    unpublishAt: optionalDateTime("定时下线时间"),
  })
  .superRefine((input, context) => {
    if (input.intent === "return" && !input.comment) context.addIssue({ code: "custom", path: ["comment"], message: "退回时请写明修改意见" });
    if (input.intent === "schedule" && !input.publishAt && !input.unpublishAt) context.addIssue({ code: "custom", path: ["publishAt"], message: "请填写定时发布或下线时间" });
    if (input.publishAt && input.unpublishAt && input.unpublishAt <= input.publishAt) context.addIssue({ code: "custom", path: ["unpublishAt"], message: "下线时间应晚于发布时间" });
  });

export type TransitionInput = z.infer<typeof transitionSchema>;

/** 政策文件的效力：有效 / 已修改 / 已废止, with the replacing document when there is one. */
export const policyLifecycleSchema = z
  .object({
    id: entityId,
    validity: z.enum(POLICY_VALIDITY_VALUES, { error: "请选择效力状态" }),
    replacedById: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((value) => value || null),
    comment: optionalText("说明", 200),
  })
  .superRefine((input, context) => {
    if (input.replacedById && input.replacedById === input.id) context.addIssue({ code: "custom", path: ["replacedById"], message: "不能以本文件替代自身" });
  });

export type PolicyLifecycleInput = z.infer<typeof policyLifecycleSchema>;

export const restoreRevisionSchema = z.object({ id: entityId, revisionId: entityId });

export const presenceSchema = z.object({ id: entityId });

export const articleListFilterSchema = z.object({
  kind: z.enum(ARTICLE_KIND_VALUES).optional().catch(undefined),
  status: z.enum(["draft", "in_review", "scheduled", "published", "archived"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ArticleListFilter = z.infer<typeof articleListFilterSchema>;
