import { z } from "zod";
import { emailField, lineField, optionalLineField, phoneField, requiredCheckbox } from "./contact";
import { countCharacters, normalizeMultiline } from "./plain-text";
import { BODY_MAX_CHARACTERS, BODY_MIN_CHARACTERS, TERMS_VERSION } from "./terms";

/**
 * The 投稿 form's one schema: the form renders from it, the server action and any route handler parse
 * with it. Messages are what the submitter reads next to the field.
 */
export const CONTRIBUTION_CATEGORIES = ["招商资讯", "招商方案", "政策解读", "产业经济分析"] as const;
export type ContributionCategory = (typeof CONTRIBUTION_CATEGORIES)[number];

/** Raw size cap before counting: whitespace does not count toward 字数, but it still costs storage. */
export const BODY_MAX_RAW_LENGTH = 8000;

/** The visually hidden field that people never see and bots fill in. */
export const HONEYPOT_FIELD = "website";


export const contributionBodyField = z
  .string({ error: "请填写正文" })
  .max(BODY_MAX_RAW_LENGTH, `正文过长，请控制在 ${BODY_MAX_CHARACTERS} 字以内`)
  .transform(normalizeMultiline)
  .superRefine((body, context) => {
    const count = countCharacters(body);
    if (count === 0) context.addIssue({ code: "custom", message: "请填写正文" });
    else if (count < BODY_MIN_CHARACTERS)
      context.addIssue({ code: "custom", message: `正文需 ${BODY_MIN_CHARACTERS}～${BODY_MAX_CHARACTERS} 字，当前 ${count} 字，还差 ${BODY_MIN_CHARACTERS - count} 字` });
    else if (count > BODY_MAX_CHARACTERS)
      context.addIssue({ code: "custom", message: `正文需 ${BODY_MIN_CHARACTERS}～${BODY_MAX_CHARACTERS} 字，当前 ${count} 字，超出 ${count - BODY_MAX_CHARACTERS} 字` });
  });

export const contributionSchema = z
  .object({
    title: lineField("标题", 5, 60),
    body: contributionBodyField,
    category: z.enum(CONTRIBUTION_CATEGORIES, "请选择稿件类别"),
    authorName: lineField("作者姓名", 2, 40),
    organisation: lineField("来稿单位", 2, 80),
    email: emailField,
    phone: phoneField,
    region: optionalLineField("所属地区", 40),
    /** slug of a published zone, optional */
    zone: optionalLineField("所属园区", 120),
    isOriginal: requiredCheckbox("请确认原创声明"),
    acceptTerms: requiredCheckbox("请阅读并同意《投稿须知》"),
    termsVersion: z.string().refine((value) => value === TERMS_VERSION, "《投稿须知》已更新，请重新阅读后再提交"),
    [HONEYPOT_FIELD]: z.string().optional(),
  })
  .strict();

export type ContributionInput = z.infer<typeof contributionSchema>;

/** 查询码 + 邮箱, for the public status page. */
export const statusLookupSchema = z
  .object({
    code: z.string({ error: "请填写查询码" }).trim().min(1, "请填写查询码").max(40, "查询码格式不正确"),
    email: emailField,
  })
  .strict();

export type StatusLookupInput = z.infer<typeof statusLookupSchema>;

// ───────────── back office ─────────────

export const CONTRIBUTION_STATUSES = ["received", "in_review", "accepted", "published", "returned"] as const;
export type ContributionStatusValue = (typeof CONTRIBUTION_STATUSES)[number];

export const QUEUE_AGES = ["lt24h", "gt24h", "gt7d"] as const;
export type QueueAge = (typeof QUEUE_AGES)[number];

/** The moderation queue's filters, read from the URL. "open" = received + in review (the default). */
export const queueFilterSchema = z.object({
  status: z.enum([...CONTRIBUTION_STATUSES, "open", "all"]).catch("open").default("open"),
  age: z.enum(QUEUE_AGES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type QueueFilter = z.infer<typeof queueFilterSchema>;

export const contributionIdSchema = z.object({ id: z.string().min(1).max(40) }).strict();

export const returnContributionSchema = z
  .object({
    id: z.string().min(1).max(40),
    reason: z
      .string({ error: "请填写退回理由" })
      .transform(normalizeMultiline)
      .pipe(z.string().min(5, "退回理由至少 5 个字，作者会在邮件和查询页看到它").max(1000, "退回理由不能超过 1000 字")),
  })
  .strict();
