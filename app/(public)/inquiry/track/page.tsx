import type { Metadata } from "next";
import { TrackForm } from "@/components/forms/track-forms";

export const metadata: Metadata = { title: "咨询进度查询", robots: { index: false } };

export default function InquiryTrackPage() {
  return (
    <div className="mx-auto max-w-2xl rounded-md bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold">咨询进度查询</h1>
      <p className="mb-6 text-sm text-gray-600">输入查询码和咨询时填写的电子邮箱，查看招商咨询的处理进度。</p>
      <TrackForm kind="inquiry" />
    </div>
  );
}
