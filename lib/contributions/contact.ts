import { z } from "zod";
import { normalizeLine } from "./plain-text";

/**
 * Contact fields shared by both public forms (投稿 and 招商咨询), with the messages people see.
 * Mainland numbers only: a mobile 1[3-9]xxxxxxxxx (an optional +86/0086 is dropped) or a landline with
 * area code, 022-23456789 / 02223456789 / 0571-8888888, optionally with an extension (-123, 转123, #123).
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:(?:-|转|#|ext\.?)\d{1,6})?$/i;

export function normalizePhone(input: string): string {
  const compact = input
    .normalize("NFKC")
    .replace(/[\s()（）]/g, "")
    .replace(/[－—]/g, "-");
  const withoutCountry = compact.replace(/^(?:\+86|0086)-?(?=1)/, "");
  return withoutCountry;
}

export function isMainlandPhone(value: string): boolean {
  return MOBILE.test(value) || LANDLINE.test(value);
}

export const phoneField = z
  .string({ error: "请填写联系电话" })
  .transform(normalizePhone)
  .pipe(
    z
      .string()
      .min(1, { error: "请填写联系电话", abort: true })
      .max(24, "联系电话过长")
      .refine(isMainlandPhone, "请填写有效的手机号码（如 13812345678）或带区号的固定电话（如 022-23456789）"),
  );

export const emailField = z
  .string({ error: "请填写电子邮箱" })
  .transform((value) => value.normalize("NFKC").trim().toLowerCase())
  .pipe(z.string().min(1, { error: "请填写电子邮箱", abort: true }).max(200, "电子邮箱过长").pipe(z.email("请填写有效的电子邮箱，如 name@example.com")));

/** A required one-line text with a length window, measured after normalisation. */
export function lineField(label: string, min: number, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .transform(normalizeLine)
    .pipe(
      z
        .string()
        .min(1, { error: `请填写${label}`, abort: true })
        .min(min, `${label}至少 ${min} 个字`)
        .max(max, `${label}不能超过 ${max} 个字`),
    );
}

/** An optional one-line text: blank becomes undefined. */
export function optionalLineField(label: string, max: number) {
  return z
    .string()
    .optional()
    .transform((value) => (value === undefined ? undefined : normalizeLine(value) || undefined))
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字`).optional());
}

/** A checkbox that must be ticked (statements, consent): browsers send "on" only when it is. */
export function requiredCheckbox(message: string) {
  return z
    .string()
    .optional()
    .refine((value) => value === "on" || value === "true" || value === "1", message)
    .transform(() => true as const);
}
