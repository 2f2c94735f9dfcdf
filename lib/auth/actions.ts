"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { recordAudit } from "@/lib/audit/record";
import { isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { changeOwnPassword, disableTotp, enableTotp, endAllSessions } from "./account";
import { changePasswordSchema, disableTotpSchema, enableTotpSchema } from "./account-schema";
import { parseFormData } from "./form-data";
import { usesSecureCookies } from "./options";
import { getCurrentUser, requirePermission } from "./session";
import { isSessionCookieName } from "./session-cookie";

async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    // __Secure- cookies can only be overwritten by a Secure Set-Cookie; expiring it is how we delete it.
    if (isSessionCookieName(cookie.name)) jar.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: usesSecureCookies() || cookie.name.startsWith("__Secure-") });
  }
}

/** 退出登录 on this device (a plain form: works without JavaScript). */
export async function signOut(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await recordAudit({ actorId: user.id, action: "logout", entityType: "user", entityId: user.id });
  await clearSessionCookies();
  redirect("/login?notice=signed_out");
}

/** 退出所有设备: bump sessionVersion, so every token issued so far — this one included — stops working. */
export async function signOutEverywhere(): Promise<void> {
  const result = await toActionResult(async () => {
    const user = await requirePermission("admin.access");
    await endAllSessions(user.id);
  });
  await clearSessionCookies();
  redirect(result.ok ? "/login?notice=signed_out_everywhere" : "/login");
}

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("admin.access");
    const input = parseFormData(changePasswordSchema, formData);
    await changeOwnPassword(user.id, input);
  });
  if (!result.ok) return { ...result, values: formValues(formData) };
  // The new password ended every session; redirect() must run outside toActionResult, which would catch it.
  await clearSessionCookies();
  redirect("/login?notice=password_changed");
}

export async function enableTotpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("admin.access");
    await enableTotp(user.id, parseFormData(enableTotpSchema, formData));
  });
  if (!result.ok) return { ...result, values: formValues(formData, ["code", "enrolment"]) };
  // The banner asking admins to enrol lives in the layout.
  revalidatePath("/admin", "layout");
  return result;
}

export async function disableTotpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const user = await requirePermission("admin.access");
    await disableTotp(user.id, parseFormData(disableTotpSchema, formData));
  });
  if (!result.ok) return { ...result, values: formValues(formData, ["code"]) };
  await clearSessionCookies();
  redirect("/login?notice=totp_disabled");
}
