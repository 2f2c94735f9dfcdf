"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { parseFormData } from "@/lib/auth/form-data";
import { requirePermission } from "@/lib/auth/session";
import { isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { changeUserRole, createUserAccount, resetUserPassword, resetUserTotp, setUserStatus } from "./manage";
import { changeUserRoleSchema, createUserSchema, resetUserPasswordSchema, setUserStatusSchema, userIdSchema } from "./schema";

/** Server actions of the 用户 page. Each checks `user.manage` itself, first. */
function settle<T>(result: Awaited<ReturnType<typeof toActionResult<T>>>, formData: FormData): FormState<T> {
  if (!result.ok) return { ...result, values: formValues(formData) };
  revalidatePath("/admin/users");
  return result;
}

export async function createUser(_previous: FormState, formData: FormData): Promise<FormState<{ id: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("user.manage");
    return createUserAccount(parseFormData(createUserSchema, formData), actor.id);
  });
  return settle(result, formData);
}

export async function changeRole(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("user.manage");
    const input = parseFormData(changeUserRoleSchema, formData);
    await changeUserRole(input.userId, input.role, actor.id);
  });
  return settle(result, formData);
}

export async function setStatus(_previous: FormState, formData: FormData): Promise<FormState<{ notice: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("user.manage");
    const input = parseFormData(setUserStatusSchema, formData);
    await setUserStatus(input.userId, input.status, actor.id);
    return { notice: input.status === "disabled" ? "账号已停用，该用户的登录已失效" : "账号已启用" };
  });
  return settle(result, formData);
}

export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("user.manage");
    const input = parseFormData(resetUserPasswordSchema, formData);
    await resetUserPassword(input.userId, input.password, actor.id);
  });
  return settle(result, formData);
}

export async function resetTotp(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("user.manage");
    const input = parseFormData(userIdSchema, formData);
    await resetUserTotp(input.userId, actor.id);
  });
  return settle(result, formData);
}
