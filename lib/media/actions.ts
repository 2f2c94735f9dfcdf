"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { parseFormData } from "@/lib/auth/form-data";
import { requirePermission } from "@/lib/auth/session";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { deleteMedia, updateMediaAlt, uploadMedia } from "./manage";
import { mediaIdSchema, updateMediaAltSchema, uploadMediaSchema } from "./schema";
import { MEDIA_MAX_BYTES } from "./validate";

/** The media library's server actions; each checks `media.upload` itself first. */
function settle<T>(result: ActionResult<T>, formData: FormData): FormState<T> {
  if (!result.ok) return { ...result, values: formValues(formData) };
  revalidatePath("/admin/media");
  return result;
}

export async function uploadMediaAction(_previous: FormState, formData: FormData): Promise<FormState<{ id: string; url: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("media.upload");
    const { alt } = parseFormData(uploadMediaSchema, formData);
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("BAD_REQUEST", "请选择图片", { file: ["请选择图片"] });
    // refuse by the declared size before reading a byte of an oversized upload
    if (file.size > MEDIA_MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `图片不能超过 ${MEDIA_MAX_BYTES / 1024 / 1024} MB`, { file: [`图片不能超过 ${MEDIA_MAX_BYTES / 1024 / 1024} MB`] });
    const asset = await uploadMedia(user, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, alt);
    return { id: asset.id, url: `/api/media/${asset.storageKey}` };
  });
  return settle(result, formData);
}

export async function updateMediaAltAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("media.upload");
    const input = parseFormData(updateMediaAltSchema, formData);
    await updateMediaAlt(user, input.id, input.alt);
  });
  return settle(result, formData);
}

export async function deleteMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("media.upload");
    await deleteMedia(user, parseFormData(mediaIdSchema, formData).id);
  });
  return settle(result, formData);
}
