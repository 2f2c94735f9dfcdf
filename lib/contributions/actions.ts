"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { deliverMailSoon } from "@/lib/mail/deliver-soon";
import { echoForm, fieldErrorsFrom, readForm, type PublicFormState } from "./form-state";
import { getContributionStatus, type ContributionStatusView } from "./queries";
import { CONTRIBUTION_RECEIPT_COOKIE, encodeReceipt } from "./receipt";
import { requestClientHash, setReceiptCookie } from "./request-context";
import { acceptContribution, returnContribution, startContributionReview } from "./review";
import { contributionIdSchema, HONEYPOT_FIELD, returnContributionSchema, statusLookupSchema } from "./schema";
import { enforceLookupLimit } from "./submission-guard";
import { submitContribution } from "./submit";
import { normalizeTrackingCode } from "./tracking-code";

// ───────────── public ─────────────

/** The 投稿 form. Success → the confirmation page; failure → the same form with what was typed and why. */
export async function submitContributionAction(_previous: PublicFormState, formData: FormData): Promise<PublicFormState> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData);
  const result = await toActionResult(async () => submitContribution(raw, { clientHash: await requestClientHash() }));
  if (!result.ok) return { ...result, values: echoForm(formData, [HONEYPOT_FIELD]) };
  // The row is committed; nothing below may turn this into an error page for the submitter.
  deliverMailSoon();
  await setReceiptCookie(CONTRIBUTION_RECEIPT_COOKIE, encodeReceipt(result.data), "/contribute");
  redirect("/contribute/received");
}

export async function lookupContributionStatusAction(_previous: PublicFormState<ContributionStatusView>, formData: FormData): Promise<PublicFormState<ContributionStatusView>> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData);
  const result = await toActionResult(async () => {
    const parsed = statusLookupSchema.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_REQUEST", "请填写查询码和投稿时使用的邮箱", fieldErrorsFrom(parsed.error));
    await enforceLookupLimit("contribution", await requestClientHash());
    const code = normalizeTrackingCode(parsed.data.code, "TG");
    const view = code ? await getContributionStatus(code, parsed.data.email) : null;
    if (!view) throw new AppError("NOT_FOUND", "没有找到与查询码和邮箱相符的投稿，请核对后再试");
    return view;
  });
  return result.ok ? result : { ...result, values: echoForm(formData) };
}

// ───────────── back office ─────────────

type ReviewState = PublicFormState<{ message: string; articleId?: string }>;

function readId(formData: FormData): string {
  const parsed = contributionIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) throw new AppError("BAD_REQUEST", "参数不正确");
  return parsed.data.id;
}

function reviewPaths(id: string) {
  revalidatePath("/admin/contributions");
  revalidatePath(`/admin/contributions/${id}`);
}

export async function startContributionReviewAction(_previous: ReviewState, formData: FormData): Promise<ReviewState> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("contribution.review");
    const id = readId(formData);
    await startContributionReview(user, id);
    reviewPaths(id);
    return { message: "已标记为审阅中" };
  });
}

export async function acceptContributionAction(_previous: ReviewState, formData: FormData): Promise<ReviewState> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("contribution.review");
    const id = readId(formData);
    const { articleId } = await acceptContribution(user, id);
    deliverMailSoon();
    reviewPaths(id);
    return { message: "已采用，已生成资讯草稿", articleId };
  });
}

export async function returnContributionAction(_previous: ReviewState, formData: FormData): Promise<ReviewState> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData);
  const result = await toActionResult(async () => {
    const user = await requirePermission("contribution.review");
    const parsed = returnContributionSchema.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_REQUEST", "请填写退回理由", fieldErrorsFrom(parsed.error));
    await returnContribution(user, parsed.data);
    deliverMailSoon();
    reviewPaths(parsed.data.id);
    return { message: "已退回，作者会收到邮件通知" };
  });
  return result.ok ? result : { ...result, values: echoForm(formData) };
}
