"use client";

import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { moveEntryAction, pickArticleAction, publishBulletinAction, removeEntryAction, saveItemAction, saveSectionAction } from "@/lib/bulletins/actions";

/** Every composer form names the issue and the version it was rendered from (stale changes are refused). */
export type IssueRef = { bulletinId: string; version: number };

function RefFields({ issue }: { issue: IssueRef }) {
  return (
    <>
      <input type="hidden" name="bulletinId" value={issue.bulletinId} />
      <input type="hidden" name="version" value={issue.version} />
    </>
  );
}

export function SectionForm({ issue, sectionId, title }: { issue: IssueRef; sectionId?: string; title?: string }) {
  return (
    <ActionForm action={saveSectionAction} label={sectionId ? `栏目“${title}”改名` : "新增栏目"} successMessage={sectionId ? "已改名" : "已新增栏目"} resetOnSuccess={!sectionId} className="flex flex-wrap items-end gap-2">
      <RefFields issue={issue} />
      {sectionId ? <input type="hidden" name="sectionId" value={sectionId} /> : null}
      <TextField name="title" label={sectionId ? "栏目名称" : "新栏目名称"} idPrefix={`section-${sectionId ?? "new"}`} required defaultValue={title} placeholder="如：本市动态" className="mb-0" />
      <SubmitButton variant="secondary">{sectionId ? "改名" : "新增栏目"}</SubmitButton>
    </ActionForm>
  );
}

export function ItemForm({ issue, sectionId, item }: { issue: IssueRef; sectionId: string; item?: { id: string; title: string; markdown: string; source: string | null } }) {
  const prefix = `item-${item?.id ?? `new-${sectionId}`}`;
  return (
    <ActionForm action={saveItemAction} label={item ? `编辑“${item.title}”` : "写一条"} successMessage="已保存" resetOnSuccess={!item}>
      <RefFields issue={issue} />
      <input type="hidden" name="sectionId" value={sectionId} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <TextField name="title" label="标题" idPrefix={prefix} required defaultValue={item?.title} />
      <TextAreaField name="body" label="正文" idPrefix={prefix} rows={6} defaultValue={item?.markdown} hint="Markdown：空行分段，## 小标题，- 列表" />
      <TextField name="source" label="来源" idPrefix={prefix} defaultValue={item?.source ?? ""} hint="印在文末：（来源：…）" />
      <SubmitButton variant="secondary">{item ? "保存条目" : "添加条目"}</SubmitButton>
    </ActionForm>
  );
}

export function PickArticleForm({ issue, sectionId, articles }: { issue: IssueRef; sectionId: string; articles: readonly { id: string; title: string }[] }) {
  return (
    <ActionForm action={pickArticleAction} label="从已发布稿件中选用" successMessage="已加入" className="flex flex-wrap items-end gap-2">
      <RefFields issue={issue} />
      <input type="hidden" name="sectionId" value={sectionId} />
      <SelectField name="articleId" label="选用已发布稿件" idPrefix={`pick-${sectionId}`} required placeholder="请选择…" options={articles.map((article) => ({ value: article.id, label: article.title }))} className="mb-0 min-w-0 flex-1" />
      <SubmitButton variant="secondary">选用</SubmitButton>
    </ActionForm>
  );
}

/** 上移/下移: plain buttons, so reordering works from the keyboard and without JavaScript. */
export function MoveButtons({ issue, target, targetId, label, isFirst, isLast }: { issue: IssueRef; target: "section" | "item"; targetId: string; label: string; isFirst: boolean; isLast: boolean }) {
  return (
    <ActionForm action={moveEntryAction} label={`调整“${label}”的顺序`} className="inline-flex gap-1">
      <RefFields issue={issue} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <SubmitButton name="direction" value="up" variant="ghost" disabled={isFirst} aria-label={`上移“${label}”`} className="px-2 py-1">
        ↑
      </SubmitButton>
      <SubmitButton name="direction" value="down" variant="ghost" disabled={isLast} aria-label={`下移“${label}”`} className="px-2 py-1">
        ↓
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveButton({ issue, target, targetId, label }: { issue: IssueRef; target: "section" | "item"; targetId: string; label: string }) {
  return (
    <ActionForm action={removeEntryAction} label={`删除“${label}”`} className="inline-flex">
      <RefFields issue={issue} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <SubmitButton variant="ghost" confirm={`删除“${label}”${target === "section" ? "及其全部条目" : ""}？`} aria-label={`删除“${label}”`} className="px-2 py-1 text-red-700">
        删除
      </SubmitButton>
    </ActionForm>
  );
}

export function PublishBulletinForm({ issue }: { issue: IssueRef }) {
  return (
    <ActionForm action={publishBulletinAction} label="发布本期" successMessage="本期已发布">
      <RefFields issue={issue} />
      <SubmitButton confirm="发布整期简报？所有条目将同时公开。">发布本期</SubmitButton>
    </ActionForm>
  );
}
