import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { CatalogueImport } from "@/components/zones/catalogue-import";
import { requirePagePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "导入开发区目录" };

/** 导入目录: the official catalogue (or a province's republication) → zones, previewed before anything is written. */
export default async function ZoneCatalogueImportPage() {
  await requirePagePermission("zone.edit", "/admin/zones/import");
  return (
    <>
      <PageHeader
        title="导入开发区目录"
        description="读取《中国开发区审核公告目录》或各省转载的表格：按名称、简称和别名匹配已有园区，先预览新建、更新（逐项对比）、不变和有疑问的行，确认后再写入。每个园区记录数据来源。"
      />
      <CatalogueImport />
    </>
  );
}
