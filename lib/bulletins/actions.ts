"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { parseFormData } from "@/lib/auth/form-data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { revalidateContent } from "@/lib/content/cache";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { addItemFromArticle, addSection, createBulletin, moveEntry, publishBulletin, removeEntry, renameSection, reorderItems, saveItem, updateBulletinMeta, type ComposedBulletin } from "./compose";
import { bulletinMetaSchema, itemSchema, moveSchema, pickArticleSchema, publishBulletinSchema, removeSchema, reorderItemsSchema, sectionSchema } from "./schema";

/** The bulletin composer's server actions: each checks `bulletin.compose` itself first (publishing also `content.publish`). */
function settle<T>(result: ActionResult<T>, formData: FormData): FormState<T> {
  return result.ok ? result : { ...result, values: formValues(formData) };
}

function afterChange(bulletin: ComposedBulletin) {
  revalidatePath("/admin/bulletins");
  revalidatePath(`/admin/bulletins/${bulletin.id}`);
  if (bulletin.status === "published" || bulletin.previousStatus === "published") revalidateContent("bulletin");
  return { id: bulletin.id, version: bulletin.version };
}

type Result = FormState<{ id: string; version: number }>;

export async function saveBulletinMetaAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const isNew = !formData.get("id");
  const result = await toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    const input = parseFormData(bulletinMetaSchema, formData);
    return afterChange(input.id && input.version ? await updateBulletinMeta(user, { ...input, id: input.id, version: input.version }) : await createBulletin(user, input));
  });
  if (result.ok && isNew) redirect(`/admin/bulletins/${result.data.id}`);
  return settle(result, formData);
}

export async function saveSectionAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    const input = parseFormData(sectionSchema, formData);
    const ref = { bulletinId: input.bulletinId, version: input.version };
    return afterChange(input.sectionId ? await renameSection(user, ref, input.sectionId, input.title) : await addSection(user, ref, input.title));
  });
  return settle(result, formData);
}

export async function saveItemAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    return afterChange(await saveItem(user, parseFormData(itemSchema, formData)));
  });
  return settle(result, formData);
}

export async function pickArticleAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    const input = parseFormData(pickArticleSchema, formData);
    return afterChange(await addItemFromArticle(user, { bulletinId: input.bulletinId, version: input.version }, input.sectionId, input.articleId));
  });
  return settle(result, formData);
}

export async function moveEntryAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    const input = parseFormData(moveSchema, formData);
    return afterChange(await moveEntry(user, { bulletinId: input.bulletinId, version: input.version }, input.target, input.targetId, input.direction));
  });
  return settle(result, formData);
}

/** Drag-and-drop calls this directly with the section's new order. */
export async function reorderItemsAction(formData: FormData): Promise<ActionResult<{ id: string; version: number }>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    const input = parseFormData(reorderItemsSchema, formData);
    return afterChange(await reorderItems(user, { bulletinId: input.bulletinId, version: input.version }, input.sectionId, input.order));
  });
}

export async function removeEntryAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("bulletin.compose");
    const input = parseFormData(removeSchema, formData);
    return afterChange(await removeEntry(user, { bulletinId: input.bulletinId, version: input.version }, input.target, input.targetId));
  });
  return settle(result, formData);
}

export async function publishBulletinAction(_previous: FormState, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("content.publish");
    if (!can(user, "bulletin.compose")) throw new AppError("FORBIDDEN", "没有权限发布简报");
    const input = parseFormData(publishBulletinSchema, formData);
    return afterChange(await publishBulletin(user, { bulletinId: input.bulletinId, version: input.version }));
  });
  return settle(result, formData);
}
