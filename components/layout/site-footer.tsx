import Link from "next/link";
import { INVESTMENT_HOTLINE } from "./site-header";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-gray-200 bg-white text-sm text-gray-600">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-gray-800">开发区资讯门户</p>
          <p>开发区资讯、工作简报、政策文件与招商服务。</p>
        </div>
        <div>
          <p>招商热线：{INVESTMENT_HOTLINE}</p>
          <p>
            <Link href="/inquiry" className="underline">招商咨询</Link>　
            <Link href="/contribute" className="underline">投稿</Link>
          </p>
        </div>
        <div>
          <p>
            <Link href="/feeds" className="underline">订阅（RSS）</Link>　
            <Link href="/sitemap.xml" className="underline">网站地图</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
