import { PageHeader } from "@/components/admin/page-header";
import { ImportWorkbench } from "@/components/importer/import-workbench";
import { requirePagePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata = { title: "导入文档" };

/** Paste or upload raw documents, check the parsed fields beside the original, save drafts. */
export default async function ImportPage() {
  await requirePagePermission("import.run", "/admin/import");
  return (
    <>
      <PageHeader
        title="导入文档"
        description="把简报、政府工作报告、政策通知和新闻的原文转换为结构化内容：先解析预览，核对并修改字段，再保存为草稿。同一内容重复导入不会重复创建。"
      />
      <ImportWorkbench />
    </>
  );
}
