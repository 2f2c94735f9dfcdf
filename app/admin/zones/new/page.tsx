import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextField } from "@/components/admin/field";
import { PageHeader } from "@/components/admin/page-header";
import { SubmitButton } from "@/components/admin/submit-button";
import { requirePagePermission } from "@/lib/auth/session";
import { createZoneAction } from "@/lib/zones/actions";
import { ZONE_LEVEL_LABELS } from "@/lib/zones/labels";

export const metadata: Metadata = { title: "新建开发区" };

/** A new zone starts as a draft with its name and level; the editor page completes it. */
export default async function NewZonePage() {
  await requirePagePermission("zone.edit", "/admin/zones/new");
  return (
    <>
      <PageHeader title="新建开发区" breadcrumbs={[{ href: "/admin/zones", label: "开发区" }]} />
      <ActionForm action={createZoneAction} label="新建开发区" className="max-w-xl rounded-md border border-gray-200 bg-white p-5">
        <TextField name="name" label="全称" required hint="如：天津经济技术开发区" />
        <SelectField name="level" label="级别" required options={Object.entries(ZONE_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} defaultValue="provincial" />
        <TextField name="province" label="省份" hint="如：天津市" />
        <SubmitButton pendingText="创建中…">创建草稿</SubmitButton>
      </ActionForm>
    </>
  );
}
