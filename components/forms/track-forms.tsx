"use client";

import Link from "next/link";
import { ActionForm, useActionFormState } from "@/components/admin/action-form";
import { TextField } from "@/components/admin/field";
import type { FormAction } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { lookupContributionStatusAction } from "@/lib/contributions/actions";
import type { ContributionStatusView } from "@/lib/contributions/queries";
import { CONTRIBUTION_STATUS_LABELS, contributionTimeline } from "@/lib/contributions/status";
import { formatChineseDate } from "@/lib/content/dates";
import { lookupInquiryStatusAction } from "@/lib/inquiries/actions";
import type { InquiryStatusView } from "@/lib/inquiries/queries";
import { INQUIRY_CATEGORY_LABELS } from "@/lib/inquiries/schema";
import { INQUIRY_PUBLIC_STATUS } from "@/lib/inquiries/status";

/** 查询码 + 邮箱 → status, for 投稿 and 招商咨询. Works without JavaScript (the page re-renders with the answer). */
function TrackFields({ codeExample, emailLabel }: { codeExample: string; emailLabel: string }) {
  return (
    <div className="grid gap-x-4 sm:grid-cols-2">
      <TextField name="code" label="查询码" required autoComplete="off" spellCheck={false} hint={`提交成功后页面和邮件中给出的查询码，如 ${codeExample}`} />
      <TextField name="email" type="email" label={emailLabel} required autoComplete="email" />
    </div>
  );
}

function useLookupResult<T>(): T | null {
  const { state } = useActionFormState();
  return state?.ok ? (state.data as T) : null;
}

function ContributionStatusResult() {
  const view = useLookupResult<ContributionStatusView>();
  if (!view) return null;
  return (
    <section aria-labelledby="track-result" className="mt-6 rounded border border-gray-200 bg-gray-50 p-4">
      <h2 id="track-result" className="text-lg font-bold">
        《{view.title}》：{CONTRIBUTION_STATUS_LABELS[view.status]}
      </h2>
      <p className="text-sm text-gray-600">
        {view.category} · 查询码 {view.trackingCode} · {formatChineseDate(view.createdAt)}投稿
        {view.reviewedAt ? ` · ${formatChineseDate(view.reviewedAt)}处理` : ""}
      </p>
      <ol className="mt-4 flex flex-wrap gap-2" aria-label="处理进度">
        {contributionTimeline(view.status).map((step) => (
          <li
            key={step.key}
            aria-current={step.state === "current" ? "step" : undefined}
            className={`rounded-full px-3 py-1 text-sm ${step.state === "done" ? "bg-brand-600 text-white" : step.state === "current" ? "border-2 border-brand-600 text-brand-800" : step.state === "skipped" ? "text-gray-400 line-through" : "border border-gray-300 text-gray-500"}`}
          >
            {step.label}
            <span className="sr-only">（{step.state === "done" ? "已完成" : step.state === "current" ? "进行中" : step.state === "skipped" ? "不适用" : "未开始"}）</span>
          </li>
        ))}
      </ol>
      {view.status === "returned" && view.returnReason ? (
        <div className="mt-4">
          <h3 className="font-semibold">退回理由</h3>
          <p className="whitespace-pre-line text-sm">{view.returnReason}</p>
          <p className="mt-2 text-sm">
            修改后可以<Link href="/contribute" className="text-brand-600 underline">重新投稿</Link>。
          </p>
        </div>
      ) : null}
      {view.status === "accepted" ? <p className="mt-4 text-sm">稿件已被采用，编辑部正在编校，发布后会以邮件告知文章链接。</p> : null}
      {view.articleUrl ? (
        <p className="mt-4 text-sm">
          已发布：<Link href={view.articleUrl} className="text-brand-600 underline">{view.title}</Link>
        </p>
      ) : null}
    </section>
  );
}

function InquiryStatusResult() {
  const view = useLookupResult<InquiryStatusView>();
  if (!view) return null;
  const shown = INQUIRY_PUBLIC_STATUS[view.status];
  return (
    <section aria-labelledby="track-result" className="mt-6 rounded border border-gray-200 bg-gray-50 p-4">
      <h2 id="track-result" className="text-lg font-bold">
        {view.company}的咨询：{shown.label}
      </h2>
      <p className="text-sm text-gray-600">
        {INQUIRY_CATEGORY_LABELS[view.category]} · 查询码 {view.trackingCode} · {formatChineseDate(view.createdAt)}提交
      </p>
      <p className="mt-3">{shown.text}</p>
      {view.zones.length ? <p className="mt-2 text-sm">意向园区：{view.zones.join("、")}</p> : null}
    </section>
  );
}

const TRACKING = {
  contribution: { action: lookupContributionStatusAction, label: "查询投稿进度", codeExample: "TG-7K3M9QXD2P", emailLabel: "投稿时填写的电子邮箱", Result: ContributionStatusResult },
  inquiry: { action: lookupInquiryStatusAction, label: "查询咨询进度", codeExample: "ZS-7K3M9QXD2P", emailLabel: "咨询时填写的电子邮箱", Result: InquiryStatusResult },
};

/** The status lookup of the 投稿 or 招商咨询 tracking page. */
export function TrackForm({ kind }: { kind: keyof typeof TRACKING }) {
  const { action, label, codeExample, emailLabel, Result } = TRACKING[kind];
  return (
    <ActionForm<unknown> action={action as FormAction<unknown>} label={label}>
      <TrackFields codeExample={codeExample} emailLabel={emailLabel} />
      <SubmitButton pendingText="查询中…">查询</SubmitButton>
      <Result />
    </ActionForm>
  );
}
