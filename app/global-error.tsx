"use client";

import "./globals.css";

/**
 * Shown when the root layout itself fails (Next.js's built-in fallback is in English). A database outage
 * reaches the visitor as a 503 with Retry-After (lib/database/outage.ts), whichever error page renders it.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
          <h1 className="text-3xl font-bold">页面暂时无法显示</h1>
          <p className="mt-3 text-gray-700">服务暂时不可用，请稍后再试。</p>
          {error.digest ? <p className="mt-2 text-sm text-gray-700">错误编号：{error.digest}</p> : null}
          <p className="mt-6">
            <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">
              重试
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
