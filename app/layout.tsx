import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { feedAlternates } from "@/lib/content/feeds";
import { env } from "@/lib/env";
import { getPreferences } from "@/lib/i18n/preferences";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: "开发区资讯门户", template: "%s｜开发区资讯门户" },
  description: "开发区、经开区、高新区资讯，工作简报，政策文件，园区名录与招商咨询。",
  openGraph: { siteName: "开发区资讯门户", locale: "zh_CN", type: "website" },
  alternates: { types: feedAlternates() },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#174c87" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Content is Chinese whatever the interface language, so the document language stays zh-CN;
  // English chrome marks itself with lang="en" where it is rendered.
  const { fontSize } = await getPreferences();
  return (
    <html lang="zh-CN" data-font-size={fontSize}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
