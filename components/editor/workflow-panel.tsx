"use client";

import { ActionForm } from "@/components/admin/action-form";
import { TextAreaField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { transitionArticleAction } from "@/lib/articles/actions";
import { WORKFLOW_ACTION_LABELS, type WorkflowAction } from "@/lib/articles/workflow";

const VARIANT: Partial<Record<WorkflowAction, "primary" | "secondary" | "danger">> = { publish: "primary", approve: "primary", submit: "primary", return: "danger", archive: "secondary" };

const CONFIRM: Partial<Record<WorkflowAction, string>> = {
  publish: "确定立即发布？发布后公众即可看到。",
  unpublish: "确定撤回？撤回后公众将看不到这篇稿件。",
  archive: "确定归档？",
};

/**
 * The workflow buttons this user may press in this state (the action checks again by itself), with the
 * review comment and the schedule times they need. `blocked` = pre-publish checks found errors.
 */
export function WorkflowPanel({ id, version, actions, blocked, publishAt, unpublishAt, isPublished }: { id: string; version: number; actions: readonly WorkflowAction[]; blocked: boolean; publishAt: string; unpublishAt: string; isPublished: boolean }) {
  const needsComment = actions.includes("return") || actions.includes("approve");
  const canSchedule = actions.includes("schedule");
  const immediate = actions.filter((action) => action !== "schedule");
  return (
    <ActionForm action={transitionArticleAction} label="审核与发布" successMessage="操作成功">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {/* the form stays mounted when no action is left, so the outcome of the last one is still announced */}
      {actions.length ? null : <p className="text-sm text-gray-600">当前状态下你没有可执行的操作。</p>}
      {needsComment ? <TextAreaField name="comment" label="审核意见" rows={3} hint="退回时必填，会显示给编辑" /> : null}
      {blocked && (actions.includes("publish") || canSchedule) ? <p className="mb-3 text-sm text-red-700">发布前检查有未通过的项目，处理后才能发布或定时发布。</p> : null}
      <div className="mb-4 flex flex-wrap gap-2 empty:hidden">
        {immediate.map((action) => (
          <SubmitButton key={action} name="intent" value={action} variant={VARIANT[action] ?? "secondary"} confirm={CONFIRM[action]}>
            {WORKFLOW_ACTION_LABELS[action]}
          </SubmitButton>
        ))}
      </div>
      {canSchedule ? (
        <fieldset className="rounded border border-gray-200 p-3">
          <legend className="px-1 text-sm font-medium text-gray-800">定时</legend>
          {isPublished ? null : <TextField name="publishAt" label="定时发布时间" type="datetime-local" step={1} defaultValue={publishAt} hint="北京时间" />}
          <TextField name="unpublishAt" label="定时下线时间" type="datetime-local" step={1} defaultValue={unpublishAt} hint="可选；到时自动归档" />
          <SubmitButton name="intent" value="schedule" variant="secondary">
            {isPublished ? "设置定时下线" : "定时发布"}
          </SubmitButton>
        </fieldset>
      ) : null}
    </ActionForm>
  );
}
