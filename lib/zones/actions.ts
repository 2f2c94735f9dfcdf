"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { parseFormData, readTextFields } from "@/lib/auth/form-data";
import { requirePermission } from "@/lib/auth/session";
import { revalidateContent } from "@/lib/content/cache";
import { AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import type { z } from "zod";
import { createZone, mergeZones, replaceZoneAwards, replaceZoneIndicators, updateZone, type ZoneActor } from "./manage";
import {
  AWARD_COLUMNS,
  awardRowSchema,
  createZoneSchema,
  duplicateIndicatorErrors,
  INDICATOR_COLUMNS,
  indicatorRowSchema,
  mergeZoneSchema,
  parseTableRows,
  readTableRows,
  updateZoneSchema,
  zoneIdSchema,
  type SubmittedRow,
} from "./schema";

/** Server actions of the 开发区 editor. Each checks its permission itself, first. */
function settle<T>(result: Awaited<ReturnType<typeof toActionResult<T>>>, formData: FormData, zoneId?: string): FormState<T> {
  if (!result.ok) return { ...result, values: formValues(formData) };
  // The public zone pages are cached; any saved change may be visible there.
  revalidateContent("zone");
  revalidatePath("/admin/zones");
  if (zoneId) revalidatePath(`/admin/zones/${zoneId}`);
  return result;
}

export async function createZoneAction(_previous: FormState, formData: FormData): Promise<FormState<{ id: string }>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("zone.edit");
    return createZone(parseFormData(createZoneSchema, formData), actor);
  });
  if (!result.ok) return settle(result, formData);
  redirect(`/admin/zones/${result.data.id}`);
}

export async function updateZoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("zone.edit");
    await updateZone(parseFormData(updateZoneSchema, formData), actor);
  });
  return settle(result, formData, String(formData.get("zoneId") ?? ""));
}

/** The table's problems as one field error ("rows"), each naming its row. */
function tableError(errors: string[]): AppError {
  return new AppError("BAD_REQUEST", "请检查表格中标出的行", { rows: errors });
}

/** Parse a submitted table with its row schema (and any whole-table check), then save it. */
async function saveTable<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  columns: readonly string[],
  save: (zoneId: string, version: number, rows: Array<z.output<Schema>>, actor: ZoneActor) => Promise<void>,
  check: (rows: Array<SubmittedRow<z.output<Schema>>>) => string[] = () => [],
): Promise<FormState> {
  const result = await toActionResult(async () => {
    const actor = await requirePermission("zone.edit");
    const { zoneId, version } = parseFormData(zoneIdSchema, formData);
    const parsed = parseTableRows(schema, readTableRows(readTextFields(formData), columns));
    if (!parsed.ok) throw tableError(parsed.errors);
    const problems = check(parsed.rows);
    if (problems.length) throw tableError(problems);
    await save(zoneId, version, parsed.rows.map((row) => row.cells), actor);
  });
  return settle(result, formData, String(formData.get("zoneId") ?? ""));
}

export async function saveZoneAwardsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  return saveTable(formData, awardRowSchema, AWARD_COLUMNS, replaceZoneAwards);
}

export async function saveZoneIndicatorsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  return saveTable(formData, indicatorRowSchema, INDICATOR_COLUMNS, replaceZoneIndicators, duplicateIndicatorErrors);
}

export async function mergeZoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("zone.merge");
    const { zoneId, version, targetId } = parseFormData(mergeZoneSchema, formData);
    await mergeZones(zoneId, version, targetId, actor);
    return targetId;
  });
  if (!result.ok) return settle(result, formData);
  // Articles that mentioned the duplicate now link to the target zone.
  revalidateContent("zone", "article");
  revalidatePath("/admin/zones");
  redirect(`/admin/zones/${result.data}?merged=1`);
}
