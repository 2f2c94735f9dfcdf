import type { Metadata } from "next";
import Link from "next/link";
import { TrackingCode } from "@/components/forms/panels";
import { CONTRIBUTION_RECEIPT_COOKIE, decodeReceipt } from "@/lib/contributions/receipt";
import { readReceiptCookie } from "@/lib/contributions/request-context";
import { REVIEW_SLA_HOURS } from "@/lib/contributions/terms";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "投稿已收到", robots: { index: false } };

/** After a successful 投稿: the 查询码 comes from a short-lived cookie, never from the URL. */
export default async function ContributionReceivedPage() {
  const receipt = decodeReceipt(await readReceiptCookie(CONTRIBUTION_RECEIPT_COOKIE), "TG");
  return (
    <div className="mx-auto max-w-2xl rounded-md bg-white p-6 shadow-sm">
      {receipt ? (
        <>
          <h1 className="text-2xl font-bold">{receipt.isDuplicate ? "这篇稿件已经收到" : "投稿已收到"}</h1>
          <p className="mt-3">
            {receipt.isDuplicate ? "我们此前已收到内容相同的稿件，无需重复提交。" : `编辑部将在 ${REVIEW_SLA_HOURS} 小时内完成初审，结果会发送到您填写的邮箱。`}
          </p>
          <TrackingCode code={receipt.trackingCode} note="请妥善保存查询码。凭查询码和投稿邮箱可以随时查询进度。" />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">投稿回执</h1>
          <p className="mt-3">此页面已过期。查询码已发送到您投稿时填写的邮箱。</p>
        </>
      )}
      <p className="mt-6 flex gap-4">
        <Link href="/contribute/track" className="text-brand-600 underline">
          查询投稿进度
        </Link>
        <Link href="/" className="text-brand-600 underline">
          返回首页
        </Link>
      </p>
    </div>
  );
}
