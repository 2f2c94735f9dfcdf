"use client";

import { useState } from "react";
import { ActionForm, useActionFormState } from "@/components/admin/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import type { SavedImport } from "@/lib/importer/actions";
import { saveImportedDraft } from "@/lib/importer/actions";
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportedDocument, type ImportKind } from "@/lib/importer/schema";

const KIND_OPTIONS = IMPORT_KINDS.map((kind) => ({ value: kind, label: IMPORT_KIND_LABELS[kind] }));

/** One parsed document as a form: the editor checks and corrects the fields, then saves a draft. */
export function DocumentEditor({ document, idPrefix }: { document: ImportedDocument; idPrefix: string }) {
  const [kind, setKind] = useState<ImportKind>(document.kind);
  const field = { idPrefix };
  return (
    <article className="rounded-md border border-gray-200 bg-white p-4">
      <ActionForm action={saveImportedDraft} label={`导入文档：${document.title}`} successMessage="保存完成">
        <SaveOutcome />
        <input type="hidden" name="source" value={document.source} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField {...field} name="kind" label="类型" options={KIND_OPTIONS} defaultValue={document.kind} onChange={(event) => setKind(event.target.value as ImportKind)} />
          <TextField {...field} name="publishedAt" label="日期" type="date" defaultValue={document.publishedAt ?? ""} hint="原文没有完整日期时留空" />
        </div>
        <TextField {...field} name="title" label="标题" required defaultValue={document.title} />
        {kind === "bulletin" ? null : <TextField {...field} name="sourceUrl" label="原文链接" type="url" defaultValue={document.sourceUrl ?? ""} hint="网页导入时自动填写，发布后显示在正文下方" />}
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field} name="region" label="地区" defaultValue={document.region ?? ""} />
          {kind === "bulletin" ? null : <TextField {...field} name="sourceDepartment" label="来源" defaultValue={document.sourceDepartment ?? ""} />}
        </div>
        {kind === "policy" ? (
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField {...field} name="docNumber" label="文号" defaultValue={document.docNumber ?? ""} />
            <TextField {...field} name="issuer" label="发文机关" defaultValue={document.issuer ?? ""} />
          </div>
        ) : null}
        {kind === "bulletin" ? (
          <>
            <div className="grid gap-x-4 sm:grid-cols-3">
              <TextField {...field} name="publisher" label="编印单位" defaultValue={document.publisher ?? ""} />
              <TextField {...field} name="issueNumber" label="期号" type="number" min={1} defaultValue={document.issueNumber ?? ""} />
              <TextField {...field} name="totalIssueNumber" label="总期号" type="number" min={1} defaultValue={document.totalIssueNumber ?? ""} />
            </div>
            <TextAreaField {...field} name="distribution" label="送/发" rows={2} defaultValue={(document.distribution ?? []).join("\n")} hint="每行一条" />
            <input type="hidden" name="sections" value={JSON.stringify(document.sections ?? [])} />
            <BulletinOutline document={document} />
          </>
        ) : (
          <>
            {document.readCount !== undefined ? <input type="hidden" name="readCount" value={document.readCount} /> : null}
            {document.author ? <input type="hidden" name="author" value={document.author} /> : null}
            <TextAreaField {...field} name="body" label="正文" rows={14} defaultValue={document.body ?? ""} hint="段落之间空一行；以“一、”“（一）”“1.”开头的短行作为小标题" />
          </>
        )}
        <TextField {...field} name="zones" label="涉及开发区" defaultValue={document.zones.join("、")} hint="用顿号分隔；未收录的开发区会建立待完善的条目" />
        <SubmitButton pendingText="保存中…">保存为草稿</SubmitButton>
      </ActionForm>
    </article>
  );
}

/** The bulletin's sections and items as parsed (read-only here; items are edited on the bulletin after saving). */
function BulletinOutline({ document }: { document: ImportedDocument }) {
  return (
    <div className="mb-4">
      <p className="mb-1 text-sm font-medium text-gray-800">栏目与条目</p>
      <ol className="space-y-2 text-sm">
        {(document.sections ?? []).map((section, sectionIndex) => (
          <li key={sectionIndex}>
            <p className="font-semibold">{section.title}</p>
            <ol className="ml-4 list-decimal space-y-1">
              {section.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  {item.title}
                  {item.source ? <span className="text-gray-600">（来源：{item.source}）</span> : null}
                  <span className="block text-xs text-gray-500">{item.body.slice(0, 60)}{item.body.length > 60 ? "…" : ""}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}

function SaveOutcome() {
  const { state } = useActionFormState();
  if (!state?.ok) return null;
  const { outcome } = state.data as SavedImport;
  return (
    <p className="mb-4 text-sm text-green-800">
      {outcome.status === "created" ? "已保存为草稿" : "内容相同的文档已存在，未重复创建"}
      {outcome.status === "created" && outcome.createdZoneStubs.length ? `；新建待完善的开发区：${outcome.createdZoneStubs.join("、")}` : ""}
    </p>
  );
}
