import type { ActionResult } from "@/lib/errors";

/**
 * What an admin form's server action returns to `useActionState`: the usual ActionResult, optionally
 * with the submitted text values echoed back so that a form submitted without JavaScript keeps what was
 * typed after an error (with JavaScript, ActionForm never resets the form in the first place).
 */
export type FormState<T = unknown> = (ActionResult<T> & { values?: Record<string, string> }) | null;

/** The signature `useActionState` expects of a server action bound to a form. */
export type FormAction<T = unknown> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export function errorsFor(state: FormState, name: string): string[] | undefined {
  if (!state || state.ok) return undefined;
  const errors = state.fieldErrors?.[name];
  return errors?.length ? errors : undefined;
}

export function valueFor(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}

/**
 * The text fields of a submission, for echoing back after an error. Secrets (passwords, codes) are never
 * echoed: list them in `omit`; fields whose name contains "password" are always left out.
 */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || omit.includes(name) || /password/i.test(name)) continue;
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  return values;
}
