import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold">页面不存在</h1>
      <p className="mt-3 text-gray-600">您访问的页面不存在或已被移除。</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white">
        返回首页
      </Link>
    </main>
  );
}
