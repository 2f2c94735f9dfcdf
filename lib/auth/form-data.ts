import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * A submitted form as a plain object for zod: text fields only (files and Next's `$ACTION_…` fields
 * left out), the last value of a repeated name winning.
 */
export function readTextFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) fields[name] = value;
  }
  return fields;
}

/** Parse with the domain's schema; a failure becomes BAD_REQUEST with the messages per field. */
export function parseFormData<Schema extends z.ZodType>(schema: Schema, formData: FormData): z.output<Schema> {
  const parsed = schema.safeParse(readTextFields(formData));
  if (parsed.success) return parsed.data;
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  throw new AppError("BAD_REQUEST", "请检查标出的内容", fieldErrors);
}
