"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { echoForm, fieldErrorsFrom, readForm, type PublicFormState } from "@/lib/contributions/form-state";
import { decodeReceipt, encodeReceipt } from "@/lib/contributions/receipt";
import { readReceiptCookie, requestClientHash, setReceiptCookie } from "@/lib/contributions/request-context";
import { statusLookupSchema } from "@/lib/contributions/schema";
import { enforceLookupLimit } from "@/lib/contributions/submission-guard";
import { normalizeTrackingCode } from "@/lib/contributions/tracking-code";
import { AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { deliverMailSoon } from "@/lib/mail/deliver-soon";
import { addInquiryNote, assignInquiry, changeInquiryStatus } from "./manage";
import { getInquiryStatus, type InquiryStatusView } from "./queries";
import { INQUIRY_RECEIPT_COOKIE } from "./receipt";
import { addInquiryNoteSchema, assignInquirySchema, HONEYPOT_FIELD, updateInquiryStatusSchema } from "./schema";
import { addSuggestedZones, submitInquiry } from "./submit";

// ───────────── public ─────────────

/** The 招商咨询 form. Success → the confirmation page with suggested zones; failure → the form, as typed. */
export async function submitInquiryAction(_previous: PublicFormState, formData: FormData): Promise<PublicFormState> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData, ["zones"]);
  const result = await toActionResult(async () => submitInquiry(raw, { clientHash: await requestClientHash() }));
  if (!result.ok) return { ...result, values: echoForm(formData, [HONEYPOT_FIELD]) };
  deliverMailSoon();
  await setReceiptCookie(INQUIRY_RECEIPT_COOKIE, encodeReceipt(result.data), "/inquiry");
  redirect("/inquiry/received");
}

/** Adds the ticked suggestions to the inquiry named by this browser's receipt cookie. */
export async function addSuggestedZonesAction(_previous: PublicFormState<{ added: number }>, formData: FormData): Promise<PublicFormState<{ added: number }>> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData, ["zones"]);
  const result = await toActionResult(async () => {
    const receipt = decodeReceipt(await readReceiptCookie(INQUIRY_RECEIPT_COOKIE), "ZS");
    if (!receipt) throw new AppError("NOT_FOUND", "页面已过期，请通过查询码联系招商专员添加园区");
    return addSuggestedZones(receipt.trackingCode, raw);
  });
  if (!result.ok) return { ...result, values: echoForm(formData) };
  revalidatePath("/inquiry/received");
  return result;
}

export async function lookupInquiryStatusAction(_previous: PublicFormState<InquiryStatusView>, formData: FormData): Promise<PublicFormState<InquiryStatusView>> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData);
  const result = await toActionResult(async () => {
    const parsed = statusLookupSchema.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_REQUEST", "请填写查询码和咨询时使用的邮箱", fieldErrorsFrom(parsed.error));
    await enforceLookupLimit("inquiry", await requestClientHash());
    const code = normalizeTrackingCode(parsed.data.code, "ZS");
    const view = code ? await getInquiryStatus(code, parsed.data.email) : null;
    if (!view) throw new AppError("NOT_FOUND", "没有找到与查询码和邮箱相符的咨询，请核对后再试");
    return view;
  });
  return result.ok ? result : { ...result, values: echoForm(formData) };
}

// ───────────── back office ─────────────

type ManageState = PublicFormState<{ message: string }>;

function inboxPaths(id: string) {
  revalidatePath("/admin/inquiries");
  revalidatePath(`/admin/inquiries/${id}`);
}

export async function changeInquiryStatusAction(_previous: ManageState, formData: FormData): Promise<ManageState> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("inquiry.manage");
    const parsed = updateInquiryStatusSchema.safeParse(readForm(formData));
    if (!parsed.success) throw new AppError("BAD_REQUEST", "请选择状态", fieldErrorsFrom(parsed.error));
    await changeInquiryStatus(user, parsed.data.id, parsed.data.status);
    inboxPaths(parsed.data.id);
    return { message: "状态已更新" };
  });
}

export async function assignInquiryAction(_previous: ManageState, formData: FormData): Promise<ManageState> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("inquiry.manage");
    const parsed = assignInquirySchema.safeParse(readForm(formData));
    if (!parsed.success) throw new AppError("BAD_REQUEST", "参数不正确", fieldErrorsFrom(parsed.error));
    await assignInquiry(user, parsed.data.id, parsed.data.assigneeId);
    inboxPaths(parsed.data.id);
    return { message: parsed.data.assigneeId ? "已指派" : "已取消指派" };
  });
}

export async function addInquiryNoteAction(_previous: ManageState, formData: FormData): Promise<ManageState> {
  if (!isFormData(formData)) return malformedArguments();
  const raw = readForm(formData);
  const result = await toActionResult(async () => {
    const user = await requirePermission("inquiry.manage");
    const parsed = addInquiryNoteSchema.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_REQUEST", "请填写备注", fieldErrorsFrom(parsed.error));
    await addInquiryNote(user, parsed.data.id, parsed.data.body);
    inboxPaths(parsed.data.id);
    return { message: "备注已添加" };
  });
  return result.ok ? result : { ...result, values: echoForm(formData) };
}
