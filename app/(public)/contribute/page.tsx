import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { CheckboxField, SelectField, TextField } from "@/components/admin/field";
import { SubmitButton } from "@/components/admin/submit-button";
import { CharacterCountField } from "@/components/forms/character-count-field";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { FormPage, SideCard } from "@/components/forms/panels";
import { submitContributionAction } from "@/lib/contributions/actions";
import { listZoneOptions } from "@/lib/contributions/queries";
import { CONTRIBUTION_CATEGORIES, HONEYPOT_FIELD } from "@/lib/contributions/schema";
import { BODY_MAX_CHARACTERS, BODY_MIN_CHARACTERS, CONTRIBUTION_GUIDELINES, CONTRIBUTION_TERMS, TERMS_EFFECTIVE_DATE, TERMS_VERSION } from "@/lib/contributions/terms";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "投稿", description: "向开发区资讯门户投稿：招商资讯、招商方案、政策解读、产业经济分析。" };

export default async function ContributePage() {
  const zones = await listZoneOptions();
  return (
    <FormPage
      title="投稿"
      intro={
        <>
          已经投过稿？<Link href="/contribute/track" className="text-brand-600 underline">凭查询码查询进度</Link>
        </>
      }
      aside={
        <SideCard id="guidelines" title="投稿提示">
          <dl className="mt-2 space-y-3 text-sm">
            {CONTRIBUTION_GUIDELINES.map((item) => (
              <div key={item.title}>
                <dt className="font-semibold">{item.title}</dt>
                <dd className="text-gray-700">{item.text}</dd>
              </div>
            ))}
          </dl>
        </SideCard>
      }
      footer={<TermsSection />}
    >
        <ActionForm action={submitContributionAction} label="投稿表单">
          <TextField name="title" label="标题" required maxLength={60} hint="5～60 字" />
          <SelectField name="category" label="稿件类别" required placeholder="请选择" options={CONTRIBUTION_CATEGORIES.map((value) => ({ value, label: value }))} />
          <CharacterCountField name="body" label="正文" required min={BODY_MIN_CHARACTERS} max={BODY_MAX_CHARACTERS} placeholder="纯文本，段落之间换行即可" />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField name="authorName" label="作者姓名" required autoComplete="name" maxLength={40} />
            <TextField name="organisation" label="来稿单位" required autoComplete="organization" maxLength={80} hint="发布时署名“来稿单位”" />
            <TextField name="email" type="email" label="电子邮箱" required autoComplete="email" hint="用于通知审阅结果和查询进度，不会公开" />
            <TextField name="phone" type="tel" label="联系电话" required autoComplete="tel" hint="手机号码或带区号的固定电话，不会公开" />
            <TextField name="region" label="所属地区（选填）" maxLength={40} hint="如 天津市西青区" />
            <SelectField name="zone" label="所属园区（选填）" placeholder="不指定" options={zones.map((zone) => ({ value: zone.slug, label: zone.name }))} />
          </div>
          <CheckboxField name="isOriginal" label="我声明：本稿件为本人或本单位原创，或已取得权利人授权，引用已注明出处。" />
          <CheckboxField name="acceptTerms" label={<>我已阅读并同意《投稿须知》（{TERMS_VERSION} 版）</>} hint="须知全文见本页下方" />
          <input type="hidden" name="termsVersion" value={TERMS_VERSION} />
          <HoneypotField name={HONEYPOT_FIELD} />
          <SubmitButton pendingText="提交中…">提交投稿</SubmitButton>
        </ActionForm>
    </FormPage>
  );
}

function TermsSection() {
  return (
    <section aria-labelledby="terms" className="rounded-md bg-white p-6 shadow-sm lg:col-span-3">
        <h2 id="terms" className="text-lg font-bold">
          投稿须知
        </h2>
        <p className="text-xs text-gray-500">
          版本 {TERMS_VERSION}，自{TERMS_EFFECTIVE_DATE}起施行
        </p>
        {CONTRIBUTION_TERMS.map((section) => (
          <div key={section.heading} className="mt-3">
            <h3 className="font-semibold">{section.heading}</h3>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} className="mt-1 text-sm text-gray-700">
                {paragraph}
              </p>
            ))}
          </div>
        ))}
      </section>
  );
}
