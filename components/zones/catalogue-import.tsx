"use client";

import { useActionState } from "react";
import { Field, TextAreaField, TextField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { Notice } from "@/components/admin/notice";
import { SubmitButton } from "@/components/admin/submit-button";
import { submitInTransition } from "@/components/admin/submit-in-transition";
import type { ZoneLevel, ZoneType } from "@/lib/generated/prisma/enums";
import { applyCatalogueAction, previewCatalogueAction, type CataloguePreview } from "@/lib/zones/catalogue/actions";
import type { FieldChange } from "@/lib/zones/catalogue/plan";
import { DEFAULT_CATALOGUE_SOURCE } from "@/lib/zones/catalogue/schema";
import { CATALOGUE_FIELD_LABELS, ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS } from "@/lib/zones/labels";

/** Rows listed per group in the preview; the counts always cover everything. */
const SHOWN = 200;

function show(change: FieldChange, value: FieldChange["from"]): string {
  if (value === null || (Array.isArray(value) && !value.length)) return "（空）";
  if (Array.isArray(value)) return value.join("、");
  if (change.field === "level") return ZONE_LEVEL_LABELS[value as ZoneLevel] ?? String(value);
  if (change.field === "type") return ZONE_TYPE_LABELS[value as ZoneType] ?? String(value);
  return String(value);
}

/**
 * 导入目录: step 1 reads pasted text or one file (CSV/TSV, .xlsx, HTML, text from a PDF) and shows the plan —
 * 新建 / 更新 (old → new per field) / 不变 / 有疑问 — without writing; step 2 applies exactly those rows.
 */
export function CatalogueImport() {
  const [preview, previewAction, isPreviewing] = useActionState(previewCatalogueAction, null);
  const [applied, applyAction, isApplying] = useActionState(applyCatalogueAction, null);
  const fieldErrors = preview && !preview.ok ? preview.fieldErrors : undefined;

  return (
    <>
      <form action={previewAction} onSubmit={submitInTransition(previewAction)} encType="multipart/form-data" aria-label="预览目录导入" className="mb-8 rounded-md border border-gray-200 bg-white p-4">
        <FormMessage state={preview} />
        <TextAreaField
          name="text"
          label="粘贴目录"
          hint="从网页或 PDF 复制的目录（序号 | 开发区名称 | 批准时间 | 核准面积(公顷) | 主导产业，可含“国家级开发区”“经济技术开发区”、省份等分组行），或 CSV"
          rows={10}
          errors={fieldErrors?.text}
          idPrefix="catalogue"
        />
        <Field name="file" label="或上传文件" hint="支持 .csv、.tsv、.txt、.xlsx、.html；面积按公顷读，表头写明“平方公里”时自动换算" errors={fieldErrors?.file} idPrefix="catalogue">
          <input type="file" accept=".csv,.tsv,.txt,.xlsx,.html,.htm,text/csv,text/html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="block text-sm" />
        </Field>
        <div className="grid gap-3 md:grid-cols-3">
          <TextField name="sourceTitle" label="数据来源（文件）" required defaultValue={DEFAULT_CATALOGUE_SOURCE.title} errors={fieldErrors?.sourceTitle} idPrefix="catalogue" className="md:col-span-3" />
          <TextField name="sourceUrl" label="来源网址" type="url" errors={fieldErrors?.sourceUrl} idPrefix="catalogue" className="md:col-span-2" />
          <TextField name="sourceYear" label="来源年份" inputMode="numeric" defaultValue={String(DEFAULT_CATALOGUE_SOURCE.year ?? "")} errors={fieldErrors?.sourceYear} idPrefix="catalogue" />
        </div>
        <SubmitButton pendingText="读取中…" disabled={isPreviewing}>
          预览导入
        </SubmitButton>
      </form>
      {preview?.ok ? <PlanPreview preview={preview.data} applyAction={applyAction} isApplying={isApplying} applied={applied} /> : null}
    </>
  );
}

function PlanPreview({ preview, applyAction, isApplying, applied }: { preview: CataloguePreview; applyAction: (formData: FormData) => void; isApplying: boolean; applied: Parameters<typeof FormMessage>[0]["state"] }) {
  const { plan, warnings } = preview;
  const hasChanges = plan.create.length + plan.update.length > 0;
  return (
    <section aria-labelledby="catalogue-plan" className="space-y-6">
      <h2 id="catalogue-plan" className="text-lg font-semibold">
        导入预览
      </h2>
      <ul className="flex flex-wrap gap-4 text-sm" aria-label="导入预览汇总">
        <li>新建 <strong>{plan.create.length}</strong></li>
        <li>更新 <strong>{plan.update.length}</strong></li>
        <li>不变 <strong>{plan.unchanged}</strong></li>
        <li>有疑问 <strong>{plan.ambiguous.length}</strong></li>
      </ul>
      {warnings.length ? (
        <Notice tone="warning" title={`读取提示 ${warnings.length} 条`}>
          <ul className="list-disc pl-5">
            {warnings.slice(0, SHOWN).map((warning, index) => (
              <li key={index}>{warning.origin}：{warning.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {plan.ambiguous.length ? (
        <Notice tone="warning" title="有疑问（不会导入，请先合并重复的园区或在表格中写全称）">
          <ul className="list-disc pl-5">
            {plan.ambiguous.slice(0, SHOWN).map((zone) => (
              <li key={zone.origin}>
                {zone.name}：可能是 {zone.candidates.map((candidate) => `${candidate.name}${candidate.province ? `（${candidate.province}）` : ""}`).join("、")}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {plan.update.length ? (
        <table className="w-full text-sm">
          <caption className="mb-1 text-left font-semibold">更新（{plan.update.length}）</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="px-2">开发区</th>
              <th scope="col" className="px-2">字段</th>
              <th scope="col" className="px-2">原值</th>
              <th scope="col" className="px-2">新值</th>
            </tr>
          </thead>
          <tbody>
            {plan.update.slice(0, SHOWN).flatMap((zone) =>
              zone.changes.map((change, index) => (
                <tr key={`${zone.id}-${change.field}`} className="border-t border-gray-100 align-top">
                  {index === 0 ? (
                    <th scope="rowgroup" rowSpan={zone.changes.length} className="px-2 text-left font-medium">
                      {zone.name}
                    </th>
                  ) : null}
                  <td className="px-2">{CATALOGUE_FIELD_LABELS[change.field]}</td>
                  <td className="px-2 text-gray-600">{show(change, change.from)}</td>
                  <td className="px-2">{show(change, change.to)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
      {plan.create.length ? (
        <table className="w-full text-sm">
          <caption className="mb-1 text-left font-semibold">新建（{plan.create.length}）</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="px-2">开发区名称</th>
              <th scope="col" className="px-2">级别</th>
              <th scope="col" className="px-2">省份</th>
              <th scope="col" className="px-2">批准时间</th>
              <th scope="col" className="px-2 text-right">核准面积（公顷）</th>
              <th scope="col" className="px-2">主导产业</th>
            </tr>
          </thead>
          <tbody>
            {plan.create.slice(0, SHOWN).map((zone) => (
              <tr key={zone.origin} className="border-t border-gray-100">
                <th scope="row" className="px-2 text-left font-medium">{zone.name}</th>
                <td className="px-2">{ZONE_LEVEL_LABELS[zone.level]}</td>
                <td className="px-2">{zone.province ?? "—"}</td>
                <td className="px-2">{zone.approvedAt ?? "—"}</td>
                <td className="px-2 text-right tabular-nums">{zone.areaHectares ?? "—"}</td>
                <td className="px-2">{zone.industries.join("、") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan.create.length > SHOWN || plan.update.length > SHOWN ? <p className="text-sm text-gray-700">仅列出每组前 {SHOWN} 个；导入包括全部。</p> : null}
      <form action={applyAction} aria-label="确认导入目录" className="rounded-md border border-gray-200 bg-white p-4">
        <FormMessage state={applied} />
        <input type="hidden" name="entries" value={preview.entries} />
        <input type="hidden" name="sourceTitle" value={plan.source?.title ?? ""} />
        <input type="hidden" name="sourceUrl" value={plan.source?.url ?? ""} />
        <input type="hidden" name="sourceYear" value={plan.source?.year ?? ""} />
        <p className="mb-3 text-sm text-gray-700">导入在一个事务中完成：每个新建或更新的园区记入审计日志并更新搜索索引。再次导入同一文件不会有任何改动。</p>
        <SubmitButton pendingText="导入中…" disabled={!hasChanges || isApplying}>
          确认导入
        </SubmitButton>
      </form>
    </section>
  );
}
