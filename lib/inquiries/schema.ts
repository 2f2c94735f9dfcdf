import { z } from "zod";
import { emailField, lineField, optionalLineField, phoneField, requiredCheckbox } from "@/lib/contributions/contact";
import { normalizeMultiline } from "@/lib/contributions/plain-text";
import { HONEYPOT_FIELD } from "@/lib/contributions/schema";

/**
 * The 招商咨询 form's one schema, used by the form, the server action and any route handler. The
 * field rules (contact, plain text, honeypot) are the same as the 投稿 form's.
 */
export const INQUIRY_CATEGORY_LABELS = {
  policy: "招商引资政策",
  land: "工业用地招商",
  plant: "租购厂房仓库",
  other: "其他相关咨询",
} as const;

export type InquiryCategoryValue = keyof typeof INQUIRY_CATEGORY_LABELS;
export const INQUIRY_CATEGORIES = Object.keys(INQUIRY_CATEGORY_LABELS) as [InquiryCategoryValue, ...InquiryCategoryValue[]];

export const INQUIRY_TIMELINES = ["3个月内", "3～6个月", "6～12个月", "1年以上", "尚未确定"] as const;

export const MAX_INQUIRY_ZONES = 10;
export const MAX_LAND_MU = 100_000;
export const MAX_PLANT_M2 = 5_000_000;
export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 1000;

export { HONEYPOT_FIELD };

/** "1,200" / "１２００" / "50.5" → a positive number with at most two decimals; blank → undefined. */
function areaField(label: string, unit: string, max: number) {
  return z
    .string()
    .optional()
    .transform((value) => value?.normalize("NFKC").replace(/[,，\s]/g, "") || undefined)
    .pipe(
      z
        .string()
        .regex(/^\d+(?:\.\d{1,2})?$/, `${label}请填写数字（单位：${unit}），最多两位小数`)
        .transform(Number)
        .pipe(z.number().positive(`${label}须大于 0`).max(max, `${label}不能超过 ${max.toLocaleString("zh-CN")} ${unit}`))
        .optional(),
    );
}


const slugList = z
  .array(z.string().trim().min(1).max(120))
  .max(MAX_INQUIRY_ZONES, `最多选择 ${MAX_INQUIRY_ZONES} 个园区`)
  .transform((slugs) => [...new Set(slugs)]);

export const inquirySchema = z
  .object({
    category: z.enum(INQUIRY_CATEGORIES, "请选择咨询类别"),
    zones: slugList,
    company: lineField("企业名称", 2, 100),
    contactName: lineField("联系人", 2, 40),
    email: emailField,
    phone: phoneField,
    industry: optionalLineField("所属行业", 40),
    landAreaMu: areaField("用地需求", "亩", MAX_LAND_MU),
    plantAreaM2: areaField("厂房/仓库面积", "平方米", MAX_PLANT_M2),
    timeline: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.enum(INQUIRY_TIMELINES, "请选择计划落地时间").optional()),
    message: z
      .string({ error: "请填写咨询内容" })
      .max(MESSAGE_MAX * 3, `咨询内容不能超过 ${MESSAGE_MAX} 字`)
      .transform(normalizeMultiline)
      .pipe(
        z
          .string()
          .min(1, { error: "请填写咨询内容", abort: true })
          .min(MESSAGE_MIN, `请把需求说得具体一些（至少 ${MESSAGE_MIN} 个字）`)
          .max(MESSAGE_MAX, `咨询内容不能超过 ${MESSAGE_MAX} 字`),
      ),
    consent: requiredCheckbox("请同意我们将咨询信息用于回复并转交所选园区"),
    [HONEYPOT_FIELD]: z.string().optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.category === "land" && input.landAreaMu === undefined)
      context.addIssue({ code: "custom", path: ["landAreaMu"], message: "工业用地咨询请填写用地需求（亩）" });
    if (input.category === "plant" && input.plantAreaM2 === undefined)
      context.addIssue({ code: "custom", path: ["plantAreaM2"], message: "厂房仓库咨询请填写面积需求（平方米）" });
  });

export type InquiryInput = z.infer<typeof inquirySchema>;

/** Adding suggested zones on the confirmation page. */
export const addSuggestedZonesSchema = z
  .object({
    zones: z.array(z.string().trim().min(1).max(120)).min(1, "请至少勾选一个园区").max(5, "一次最多添加 5 个园区"),
  })
  .strict();

// ───────────── back office ─────────────

export const INQUIRY_STATUSES = ["new", "contacted", "qualified", "closed"] as const;
export type InquiryStatusValue = (typeof INQUIRY_STATUSES)[number];

export const inboxFilterSchema = z.object({
  status: z.enum([...INQUIRY_STATUSES, "open", "all"]).catch("open").default("open"),
  category: z.enum(INQUIRY_CATEGORIES).optional().catch(undefined),
  /** "me", "none" or a user id */
  assignee: z.string().trim().max(40).optional().catch(undefined),
  zone: z.string().trim().max(120).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  /** ISO days, inclusive, Beijing time */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export const inquiryIdSchema = z.string().min(1).max(40);

export const updateInquiryStatusSchema = z.object({ id: inquiryIdSchema, status: z.enum(INQUIRY_STATUSES, "请选择状态") }).strict();

export const assignInquirySchema = z
  .object({
    id: inquiryIdSchema,
    assigneeId: z
      .string()
      .max(40)
      .transform((value) => value.trim() || null),
  })
  .strict();

export const addInquiryNoteSchema = z
  .object({
    id: inquiryIdSchema,
    body: z
      .string({ error: "请填写备注" })
      .transform(normalizeMultiline)
      .pipe(z.string().min(1, "请填写备注").max(2000, "备注不能超过 2000 字")),
  })
  .strict();
