"use server";

import { revalidatePath } from "next/cache";
import { parseFormData } from "@/lib/auth/form-data";
import { canNow } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { revalidateContent } from "@/lib/content/cache";
import { type ActionResult, AppError, isFormData, malformedArguments, toActionResult } from "@/lib/errors";
import { applyCatalogueImport, previewCatalogueImport } from "./apply";
import type { CatalogueParse, CatalogueWarning } from "./parse";
import type { CataloguePlan } from "./plan";
import { readCatalogueFile, readCatalogueText } from "./read";
import { catalogueEntriesSchema, catalogueSourceFormSchema, MAX_CATALOGUE_ENTRIES } from "./schema";

/** 导入目录 on /admin/zones: preview (reads and plans, writes nothing), then apply. Both check zone.edit first. */
export type CataloguePreview = {
  plan: CataloguePlan;
  warnings: CatalogueWarning[];
  /** the entries read, handed back to the apply step (validated again there) */
  entries: string;
};

export type CatalogueApplied = { notice: string; created: number; updated: number; unchanged: number; ambiguous: number };

const PASTED = "粘贴的目录";

async function readSubmission(formData: FormData): Promise<CatalogueParse> {
  const text = formData.get("text");
  const file = formData.get("file");
  const hasText = typeof text === "string" && text.trim() !== "";
  const hasFile = file instanceof File && file.size > 0;
  if (!hasText && !hasFile) throw new AppError("BAD_REQUEST", "请粘贴目录或选择文件", { text: ["请粘贴目录或选择文件"] });
  if (hasFile) {
    try {
      return await readCatalogueFile(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.code, error.message, { file: [error.message] });
      throw error;
    }
  }
  return readCatalogueText(String(text), PASTED);
}

export async function previewCatalogueAction(_previous: ActionResult<CataloguePreview> | null, formData: FormData): Promise<ActionResult<CataloguePreview>> {
  if (!isFormData(formData)) return malformedArguments();
  return toActionResult(async () => {
    await requirePermission("zone.edit");
    const source = parseFormData(catalogueSourceFormSchema, formData);
    const { entries, warnings } = await readSubmission(formData);
    if (!entries.length) throw new AppError("BAD_REQUEST", "没有识别出开发区行：请确认表头含“开发区名称”或按“序号 名称 批准时间 面积 主导产业”排列", { text: ["没有识别出开发区行"] });
    if (entries.length > MAX_CATALOGUE_ENTRIES) throw new AppError("BAD_REQUEST", `一次最多导入 ${MAX_CATALOGUE_ENTRIES} 个开发区`);
    const plan = await previewCatalogueImport(entries, source);
    return { plan, warnings, entries: JSON.stringify(entries) };
  });
}

export async function applyCatalogueAction(_previous: ActionResult<CatalogueApplied> | null, formData: FormData): Promise<ActionResult<CatalogueApplied>> {
  if (!isFormData(formData)) return malformedArguments();
  const result = await toActionResult(async () => {
    const actor = await requirePermission("zone.edit");
    const source = parseFormData(catalogueSourceFormSchema, formData);
    const entries = catalogueEntriesSchema.safeParse(formData.get("entries"));
    if (!entries.success) throw new AppError("BAD_REQUEST", entries.error.issues[0]?.message ?? "预览数据已损坏，请重新预览");
    // new zones go live only for someone who may publish; the others create drafts for review
    const status = canNow(actor, "content.publish") ? "published" : "draft";
    const plan = await applyCatalogueImport(entries.data, source, { actorId: actor.id, status });
    const counts = { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged, ambiguous: plan.ambiguous.length };
    return {
      ...counts,
      notice: `已导入：新建 ${counts.created}（${status === "published" ? "已发布" : "草稿"}），更新 ${counts.updated}，不变 ${counts.unchanged}，有疑问未导入 ${counts.ambiguous}`,
    };
  });
  if (result.ok) {
    revalidateContent("zone");
    revalidatePath("/admin/zones");
  }
  return result;
}
