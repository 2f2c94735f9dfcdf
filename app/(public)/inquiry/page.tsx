import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { FormPage, SideCard } from "@/components/forms/panels";
import { ZoneCheckboxes } from "@/components/forms/zone-checkboxes";
import { INVESTMENT_HOTLINE } from "@/components/layout/site-header";
import { submitInquiryAction } from "@/lib/inquiries/actions";
import { getZoneOption, listZoneOptions } from "@/lib/inquiries/queries";
import { HONEYPOT_FIELD, INQUIRY_CATEGORIES, INQUIRY_CATEGORY_LABELS, INQUIRY_TIMELINES, MAX_INQUIRY_ZONES, MESSAGE_MAX } from "@/lib/inquiries/schema";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "招商咨询", description: "招商引资政策、工业用地、厂房仓库租购咨询，招商专员 1 个工作日内回复。" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InquiryPage({ searchParams }: Props) {
  const zoneParam = (await searchParams).zone;
  const slug = typeof zoneParam === "string" ? zoneParam : undefined;
  const [zones, preset] = await Promise.all([listZoneOptions(), slug ? getZoneOption(slug) : null]);
  return (
    <FormPage
      title="招商咨询"
      intro={
        <>
          {preset ? <>正在咨询：{preset.name}。</> : null}
          招商专员将在 1 个工作日内与您联系。已提交过？<Link href="/inquiry/track" className="text-brand-600 underline">查询处理进度</Link>
        </>
      }
      aside={
        <SideCard id="hotline" title="招商热线">
          <p className="mt-2 text-2xl font-bold">{INVESTMENT_HOTLINE}</p>
          <p className="mt-2 text-sm text-gray-600">工作日 9:00–17:30。咨询范围：招商引资政策、工业用地招商、租购厂房仓库及其他相关咨询。</p>
        </SideCard>
      }
    >
        <ActionForm action={submitInquiryAction} label="招商咨询表单">
          <SelectField name="category" label="咨询类别" required placeholder="请选择" options={INQUIRY_CATEGORIES.map((value) => ({ value, label: INQUIRY_CATEGORY_LABELS[value] }))} />
          <ZoneCheckboxes name="zones" legend="意向园区（可多选，选填）" hint={`最多 ${MAX_INQUIRY_ZONES} 个；提交后我们还会根据您的需求推荐匹配的园区`} zones={zones} defaultChecked={preset ? [preset.slug] : []} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField name="company" label="企业名称" required autoComplete="organization" maxLength={100} />
            <TextField name="contactName" label="联系人" required autoComplete="name" maxLength={40} />
            <TextField name="email" type="email" label="电子邮箱" required autoComplete="email" />
            <TextField name="phone" type="tel" label="联系电话" required autoComplete="tel" hint="手机号码或带区号的固定电话" />
            <TextField name="industry" label="所属行业（选填）" maxLength={40} hint="如 新能源汽车零部件、生物医药" />
            <SelectField name="timeline" label="计划落地时间（选填）" placeholder="请选择" options={INQUIRY_TIMELINES.map((value) => ({ value, label: value }))} />
            <TextField name="landAreaMu" label="用地需求（亩）" inputMode="decimal" hint="工业用地咨询必填" />
            <TextField name="plantAreaM2" label="厂房/仓库面积（平方米）" inputMode="decimal" hint="租购厂房仓库咨询必填" />
          </div>
          <TextAreaField name="message" label="咨询内容" required rows={6} maxLength={MESSAGE_MAX} hint={`项目情况、投资规模、对园区的要求等，10～${MESSAGE_MAX} 字`} />
          <CheckboxField name="consent" label="我同意将以上信息用于答复本次咨询，并转交所选园区的招商部门。" />
          <HoneypotField name={HONEYPOT_FIELD} />
          <SubmitButton pendingText="提交中…">提交咨询</SubmitButton>
        </ActionForm>
    </FormPage>
  );
}
