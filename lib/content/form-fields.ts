import { z } from "zod";
import { chinaDate } from "./dates";

/**
 * zod fields shared by the editors' forms (articles, bulletins). Form posts are strings: an empty field
 * means "not given" (null); dates and times are read as Beijing wall-clock time whatever the server's zone.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-11-23T18:30" (an <input type=datetime-local>) or "2026-11-23" → the instant in Beijing time. */
export function parseChinaDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0"] = match;
  const wallClock = new Date(Date.UTC(+year, +month - 1, +day, +hour, +minute, +second));
  // Date.UTC rolls 2月30日 over into March: such a day does not exist
  if (wallClock.getUTCMonth() !== +month - 1 || wallClock.getUTCDate() !== +day || +hour > 23 || +minute > 59) return null;
  return new Date(wallClock.getTime() - BEIJING_OFFSET_MS);
}

/** The value an <input type=datetime-local> shows for an instant, in Beijing time. */
export function toChinaDateTimeInput(date: Date | null | undefined): string {
  if (!date) return "";
  return new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label}不超过 ${max} 个字`)
    .optional()
    .transform((value) => value || null);
}

export function requiredText(label: string, max: number) {
  return z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 个字`);
}

export function optionalDateTime(label: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = parseChinaDateTime(value);
      if (!date) context.addIssue({ code: "custom", message: `${label}格式不正确` });
      return date;
    });
}

export function requiredDay(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `请填写${label}`)
    .transform((value) => chinaDate(value));
}

export const entityId = z.string().trim().min(1).max(40);

export const versionField = z.coerce.number().int().min(1);
