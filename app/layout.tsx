import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: "开发区资讯门户", template: "%s｜开发区资讯门户" },
  description: "开发区、经开区、高新区资讯，工作简报，政策文件，园区名录与招商咨询。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#174c87" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
