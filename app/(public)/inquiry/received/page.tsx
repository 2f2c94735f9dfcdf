import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { SubmitButton } from "@/components/admin/submit-button";
import { TrackingCode } from "@/components/forms/panels";
import { ZoneCheckboxes } from "@/components/forms/zone-checkboxes";
import { decodeReceipt } from "@/lib/contributions/receipt";
import { readReceiptCookie } from "@/lib/contributions/request-context";
import { addSuggestedZonesAction } from "@/lib/inquiries/actions";
import { getInquiryConfirmation } from "@/lib/inquiries/queries";
import { INQUIRY_RECEIPT_COOKIE } from "@/lib/inquiries/receipt";
import { INQUIRY_CATEGORY_LABELS } from "@/lib/inquiries/schema";
import { ZONE_LEVEL_LABELS, zonePath, zonePlace } from "@/lib/zones/labels";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "咨询已提交", robots: { index: false } };

/** After a 招商咨询: the 查询码 (from a short-lived cookie) and zones that match the request, to add with one click. */
export default async function InquiryReceivedPage() {
  const receipt = decodeReceipt(await readReceiptCookie(INQUIRY_RECEIPT_COOKIE), "ZS");
  const confirmation = receipt ? await getInquiryConfirmation(receipt.trackingCode) : null;
  if (!receipt) {
    return (
      <div className="mx-auto max-w-2xl rounded-md bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">咨询回执</h1>
        <p className="mt-3">此页面已过期。查询码已发送到您咨询时填写的邮箱。</p>
        <p className="mt-6">
          <Link href="/inquiry/track" className="text-brand-600 underline">
            查询咨询进度
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <section className="rounded-md bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">{receipt.isDuplicate ? "这条咨询已经收到" : "咨询已提交"}</h1>
        <p className="mt-3">{receipt.isDuplicate ? "我们此前已收到内容相同的咨询，无需重复提交。" : "招商专员将在 1 个工作日内与您联系，回执已发送到您的邮箱。"}</p>
        <TrackingCode
          code={receipt.trackingCode}
          note={
            confirmation
              ? `咨询类别：${INQUIRY_CATEGORY_LABELS[confirmation.inquiry.category]}；意向园区：${confirmation.inquiry.zones.map((zone) => zone.name).join("、") || "未指定"}`
              : "凭查询码和咨询邮箱可以随时查询进度。"
          }
        />
      </section>

      {confirmation && confirmation.suggestions.length ? (
        <section aria-labelledby="suggested" className="rounded-md bg-white p-6 shadow-sm">
          <h2 id="suggested" className="text-lg font-bold text-brand-800">
            为您推荐的园区
          </h2>
          <p className="mb-3 text-sm text-gray-600">根据您填写的行业和用地、厂房需求，以下园区可能适合您。勾选后加入本次咨询，招商专员会一并对接。</p>
          <ul className="mb-4 grid gap-3 sm:grid-cols-2">
            {confirmation.suggestions.map(({ zone, reasons }) => (
              <li key={zone.id} className="rounded border border-gray-200 p-3" data-testid="suggested-zone">
                <Link href={zonePath(zone.slug)} className="font-semibold text-brand-700 hover:underline">
                  {zone.name}
                </Link>
                <p className="text-xs text-gray-500">
                  {ZONE_LEVEL_LABELS[zone.level]} · {zonePlace(zone) || "地区未注明"}
                </p>
                {zone.industries.length ? <p className="text-sm">主导产业：{zone.industries.slice(0, 4).join("、")}</p> : null}
                {reasons.length ? <p className="mt-1 text-xs text-green-800">推荐理由：{reasons.join("；")}</p> : null}
              </li>
            ))}
          </ul>
          <ActionForm action={addSuggestedZonesAction} label="添加推荐园区" successMessage="已加入您的咨询，招商专员会一并对接。">
            <ZoneCheckboxes name="zones" legend="加入咨询的园区" zones={confirmation.suggestions.map(({ zone }) => ({ slug: zone.slug, name: zone.name, province: zone.province }))} />
            <SubmitButton pendingText="添加中…">加入我的咨询</SubmitButton>
          </ActionForm>
        </section>
      ) : null}

      <p className="flex gap-4">
        <Link href="/inquiry/track" className="text-brand-600 underline">
          查询咨询进度
        </Link>
        <Link href="/zones" className="text-brand-600 underline">
          浏览开发区名录
        </Link>
      </p>
    </div>
  );
}
