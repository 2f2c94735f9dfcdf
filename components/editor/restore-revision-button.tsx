"use client";

import { ActionForm } from "@/components/admin/action-form";
import { SubmitButton } from "@/components/admin/submit-button";
import { restoreRevisionAction } from "@/lib/articles/actions";

/** 恢复此版本: writes that version's content back as a new version. */
export function RestoreRevisionButton({ id, revisionId, version }: { id: string; revisionId: string; version: number }) {
  return (
    <ActionForm action={restoreRevisionAction} label={`恢复第 ${version} 版`} successMessage="已恢复为新版本">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="ghost" confirm={`用第 ${version} 版的内容覆盖当前内容？（当前内容仍保留在历史中）`} aria-label={`恢复第 ${version} 版`}>
        恢复
      </SubmitButton>
    </ActionForm>
  );
}
