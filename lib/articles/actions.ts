"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { parseFormData, readTextFields } from "@/lib/auth/form-data";
import { revalidateContent } from "@/lib/content/cache";
import { requirePermission } from "@/lib/auth/session";
import type { Block } from "@/lib/content/blocks";
import { parseMarkdown } from "@/lib/content/markdown";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { runPublishChecks, type CheckResult } from "./checks";
import { createArticleDraft, restoreArticleRevision, saveArticle, setPolicyValidity, transitionArticle, type SavedArticle } from "./editing";
import { heartbeatPresence, leavePresence, type OtherEditor } from "./presence";
import { articleFormSchema, autosaveSchema, policyLifecycleSchema, presenceSchema, restoreRevisionSchema, transitionIntentSchema, transitionSchema } from "./schema";
import { ACTION_PERMISSION } from "./workflow";

/**
 * The editor's server actions. Each checks the permission itself first; the workflow function then
 * decides by role and state (lib/articles/workflow.ts), so a reviewer's "publish" posted by hand is
 * refused here exactly as the hidden button would suggest.
 */
function settle<T>(result: ActionResult<T>, formData: FormData): FormState<T> {
  return result.ok ? result : { ...result, values: formValues(formData) };
}

/** After a change: the admin lists, and the public pages whenever live content was involved. */
function afterChange(article: SavedArticle) {
  revalidatePath("/admin/articles");
  revalidatePath(`/admin/articles/${article.id}`);
  if (article.status === "published" || article.previousStatus === "published") revalidateContent("article");
}

export async function saveArticleAction(_previous: FormState, formData: FormData): Promise<FormState<{ id: string; version: number }>> {
  if (!isFormData(formData)) return malformedArguments();
  const isNew = !formData.get("id");
  const result = await toActionResult(async () => {
    const user = await requirePermission(isNew ? "content.create" : "content.edit");
    const input = parseFormData(articleFormSchema, formData);
    const article = input.id && input.version ? await saveArticle(user, { ...input, id: input.id, version: input.version }) : await createArticleDraft(user, input);
    afterChange(article);
    return { id: article.id, version: article.version };
  });
  if (result.ok && isNew) redirect(`/admin/articles/${result.data.id}?created=1`);
  return settle(result, formData);
}

/** Called by the editor a few seconds after typing stops; never creates, never changes the status. */
export async function autosaveArticleAction(formData: FormData): Promise<ActionResult<{ version: number; savedAt: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("content.edit");
    const input = parseFormData(autosaveSchema, formData);
    const article = await saveArticle(user, input, { autosave: true });
    if (article.status === "published") revalidateContent("article");
    return { version: article.version, savedAt: new Date().toISOString() };
  });
}

export type BodyPreview = { blocks: Block[]; checks: CheckResult[] };

/** The live preview and checks for what is being typed (nothing is stored). */
export async function previewArticleAction(formData: FormData): Promise<ActionResult<BodyPreview>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    await requirePermission("content.read_drafts");
    // a half-filled form still gets its preview: the title is not needed to render the body
    const fields = readTextFields(formData);
    const parsed = articleFormSchema.safeParse({ ...fields, title: fields.title?.trim() || "（未填标题）" });
    if (!parsed.success) throw new AppError("BAD_REQUEST", "请检查标出的内容");
    const input = parsed.data;
    const body = parseMarkdown(input.body);
    return { blocks: body.blocks, checks: runPublishChecks({ ...input, body }) };
  });
}

export async function transitionArticleAction(_previous: FormState, formData: FormData): Promise<FormState<{ status: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const intent = transitionIntentSchema.safeParse(formData.get("intent")).data;
    // the permission of the very action asked for, before anything else is read
    const user = await requirePermission(intent ? ACTION_PERMISSION[intent] : "content.edit");
    const article = await transitionArticle(user, parseFormData(transitionSchema, formData));
    afterChange(article);
    return { status: article.status };
  });
  return settle(result, formData);
}

export async function setPolicyValidityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("content.publish");
    afterChange(await setPolicyValidity(user, parseFormData(policyLifecycleSchema, formData)));
  });
  return settle(result, formData);
}

export async function restoreRevisionAction(_previous: FormState, formData: FormData): Promise<FormState<{ version: number }>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("content.edit");
    const input = parseFormData(restoreRevisionSchema, formData);
    const article = await restoreArticleRevision(user, input.id, input.revisionId);
    afterChange(article);
    revalidatePath(`/admin/articles/${article.id}/revisions`);
    return { version: article.version };
  });
  return settle(result, formData);
}

const presenceArguments = z.tuple([z.string(), z.boolean()]);

/** Heartbeat of an open editor; answers who else has the same article open. */
export async function articlePresenceAction(id: string, leaving = false): Promise<ActionResult<OtherEditor[]>> {
  if (!presenceArguments.safeParse([id, leaving]).success) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("content.edit");
    const parsed = presenceSchema.safeParse({ id });
    if (!parsed.success) throw new AppError("BAD_REQUEST", "稿件编号有误");
    const input = parsed.data;
    if (leaving) {
      await leavePresence("article", input.id, user.id);
      return [];
    }
    return heartbeatPresence("article", input.id, user);
  });
}
