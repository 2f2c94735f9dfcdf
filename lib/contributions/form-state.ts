import type { z } from "zod";
import { formValues, type FormState } from "@/lib/forms/form-state";

/**
 * What a public form's server action hands back to `useActionState`: the admin forms' FormState (the
 * ActionResult plus the text the visitor typed), so the 投稿 and 招商咨询 forms are built from the same
 * ActionForm / Field components and a form posted without JavaScript still shows what was typed.
 * Repeated names (checkbox groups) are echoed one per line, see `echoedList`.
 */
export type PublicFormState<T = unknown> = FormState<T>;

/** Field errors from a zod failure: the first message per field is enough to act on. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "_form");
    errors[name] ??= [issue.message];
  }
  return errors;
}

/**
 * The submitted values as a plain object for zod: repeated names (checkbox groups) listed in `multi`
 * become arrays, everything else keeps its last string value. Files are ignored.
 */
export function readForm(formData: FormData, multi: readonly string[] = []): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (multi.includes(name)) {
      const list = values[name];
      values[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      values[name] = value;
    }
  }
  for (const name of multi) values[name] ??= [];
  return values;
}

/** The echo of a failed submission, without the fields that must never be sent back (the honeypot). */
export function echoForm(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  return formValues(formData, omit);
}

/** A checkbox group's echoed values (formValues joins repeated names with newlines). */
export function echoedList(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split("\n").filter(Boolean);
}
