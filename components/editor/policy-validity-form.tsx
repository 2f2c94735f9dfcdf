"use client";

import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { setPolicyValidityAction } from "@/lib/articles/actions";

const VALIDITY_OPTIONS = [
  { value: "valid", label: "有效" },
  { value: "amended", label: "已修改" },
  { value: "repealed", label: "已废止" },
];

/** 效力: mark a policy 已修改/已废止 and link the document that replaces it (the public page shows both). */
export function PolicyValidityForm({ id, validity, replacedById, options }: { id: string; validity: string; replacedById: string; options: readonly { id: string; title: string; docNumber: string | null }[] }) {
  return (
    <ActionForm action={setPolicyValidityAction} label="文件效力" successMessage="效力状态已更新">
      <input type="hidden" name="id" value={id} />
      <SelectField name="validity" label="效力状态" options={VALIDITY_OPTIONS} defaultValue={validity} />
      <SelectField
        name="replacedById"
        label="替代文件"
        placeholder="（无）"
        hint="已修改或已废止时，指向现行文件"
        options={options.map((option) => ({ value: option.id, label: option.docNumber ? `${option.title}（${option.docNumber}）` : option.title }))}
        defaultValue={replacedById}
      />
      <TextField name="comment" label="说明" hint="记入修订历史（可选）" />
      <SubmitButton variant="secondary">更新效力</SubmitButton>
    </ActionForm>
  );
}
