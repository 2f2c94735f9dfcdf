"use client";

import { ActionForm } from "@/components/admin/action-form";
import { TextAreaField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { saveBulletinMetaAction } from "@/lib/bulletins/actions";

export type BulletinMetaValues = { id?: string; version?: number; title: string; publisher: string; issueNumber: number; totalIssueNumber: number | null; issueDate: string; distribution: string };

/** 刊头: 刊名、编印单位、期号（自动取下一期，可改）、总期号、印发日期、送/发. */
export function BulletinMetaForm({ values }: { values: BulletinMetaValues }) {
  return (
    <ActionForm action={saveBulletinMetaAction} label="刊头" successMessage="已保存">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="title" label="刊名" required defaultValue={values.title} />
        <TextField name="publisher" label="编印单位" required defaultValue={values.publisher} />
        <TextField name="issueNumber" label="期号（第N期）" type="number" min={1} required defaultValue={values.issueNumber} hint="自动取本年度下一期，可修改" />
        <TextField name="totalIssueNumber" label="总期号（总第N期）" type="number" min={1} defaultValue={values.totalIssueNumber ?? ""} hint="自动取下一期，可修改或留空" />
        <TextField name="issueDate" label="印发日期" type="date" required defaultValue={values.issueDate} />
      </div>
      <TextAreaField name="distribution" label="送/发" rows={3} defaultValue={values.distribution} hint="每行一条，如：送：市委、市政府领导" />
      <SubmitButton>{values.id ? "保存刊头" : "创建这一期"}</SubmitButton>
    </ActionForm>
  );
}
