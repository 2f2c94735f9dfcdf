"use client";

import Link from "next/link";

/** Shown when a page fails to render; the digest lets an administrator find the entry in the logs. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold">页面出错了</h1>
      <p className="mt-3 text-gray-700">抱歉，页面暂时无法显示，请稍后再试。</p>
      {error.digest ? <p className="mt-2 text-sm text-gray-700">错误编号：{error.digest}</p> : null}
      <p className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">
          重试
        </button>
        <Link href="/" className="rounded border border-brand-700 px-4 py-2 text-brand-800">
          返回首页
        </Link>
      </p>
    </main>
  );
}
