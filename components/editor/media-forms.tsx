"use client";

import { ActionForm } from "@/components/admin/action-form";
import { Field, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { deleteMediaAction, updateMediaAltAction, uploadMediaAction } from "@/lib/media/actions";

/** 上传图片: JPEG/PNG/GIF/WebP up to 5 MB, checked by content on the server. */
export function MediaUploadForm() {
  return (
    <ActionForm action={uploadMediaAction} label="上传图片" successMessage="已上传" resetOnSuccess encType="multipart/form-data">
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="file" label="图片文件" required hint="JPEG、PNG、GIF 或 WebP，不超过 5 MB">
          <input type="file" accept="image/jpeg,image/png,image/gif,image/webp" className="block w-full text-sm" />
        </Field>
        <TextField name="alt" label="替代文字" hint="描述图片内容，供读屏软件朗读；发布前必填" />
      </div>
      <SubmitButton pendingText="上传中…">上传</SubmitButton>
    </ActionForm>
  );
}

export function MediaAltForm({ id, alt, name }: { id: string; alt: string; name: string }) {
  return (
    <ActionForm action={updateMediaAltAction} label={`${name} 的替代文字`} successMessage="已保存">
      <input type="hidden" name="id" value={id} />
      <TextField name="alt" label="替代文字" idPrefix={`alt-${id}`} defaultValue={alt} className="mb-2" />
      <SubmitButton variant="secondary">保存</SubmitButton>
    </ActionForm>
  );
}

export function MediaDeleteForm({ id, name }: { id: string; name: string }) {
  return (
    <ActionForm action={deleteMediaAction} label={`删除 ${name}`}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" confirm={`删除 ${name}？已引用它的稿件将显示不出这张图片。`}>
        删除
      </SubmitButton>
    </ActionForm>
  );
}
