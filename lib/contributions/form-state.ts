import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";

/**
 * What a public form's server action hands back to `useActionState` (the same shape as the admin forms'
 * FormState): the ActionResult plus the text the visitor typed, so that a form posted without
 * JavaScript still shows it after an error. Shared by the 投稿 and 招商咨询 forms.
 */
export type PublicFormState<T = unknown> = (ActionResult<T> & { values?: Record<string, string | string[]> }) | null;

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

/** Echoed values for the form, without the fields that must never be sent back (the honeypot). */
export function echoValues(values: Record<string, string | string[]>, omit: readonly string[] = []): Record<string, string | string[]> {
  const echoed: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(values)) if (!omit.includes(name)) echoed[name] = value;
  return echoed;
}

export function valueOf(state: PublicFormState, name: string): string | undefined {
  const value = state && !state.ok ? state.values?.[name] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

export function valuesOf(state: PublicFormState, name: string): string[] | undefined {
  const value = state && !state.ok ? state.values?.[name] : undefined;
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

export function errorsOf(state: PublicFormState, name: string): string[] | undefined {
  if (!state || state.ok) return undefined;
  const errors = state.fieldErrors?.[name];
  return errors?.length ? errors : undefined;
}
