import type { Metadata } from "next";
import { TrackForm } from "@/components/forms/track-forms";

export const metadata: Metadata = { title: "投稿进度查询", robots: { index: false } };

export default function ContributionTrackPage() {
  return (
    <div className="mx-auto max-w-2xl rounded-md bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold">投稿进度查询</h1>
      <p className="mb-6 text-sm text-gray-600">输入查询码和投稿时填写的电子邮箱，查看稿件的处理进度：已收稿 → 审阅中 → 已采用 / 已发布，或退回及理由。</p>
      <TrackForm kind="contribution" />
    </div>
  );
}
