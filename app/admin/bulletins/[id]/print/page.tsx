import { notFound } from "next/navigation";
import { LinkButton } from "@/components/admin/link-button";
import { PageHeader } from "@/components/admin/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getBulletinForComposing, toPrintable } from "@/lib/bulletins/admin-queries";
import { bulletinPrintHtml } from "@/lib/bulletins/print";
import { issueLabel } from "@/lib/bulletins/routes";

export const metadata = { title: "打印预览" };

/** The issue exactly as exported and printed (the same HTML, shown in a sandboxed frame). */
export default async function BulletinPrintPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("bulletin.compose", `/admin/bulletins/${id}/print`);
  const bulletin = await getBulletinForComposing(id);
  if (!bulletin) notFound();
  return (
    <>
      <PageHeader
        title={`打印预览：${bulletin.title} ${issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}`}
        breadcrumbs={[{ href: "/admin/bulletins", label: "工作简报" }, { href: `/admin/bulletins/${id}`, label: "编排" }]}
        actions={<LinkButton href={`/admin/bulletins/${id}/export`} prefetch={false}>导出 HTML</LinkButton>}
      />
      <iframe title="打印预览" srcDoc={bulletinPrintHtml(toPrintable(bulletin))} sandbox="" className="h-[80vh] w-full rounded border border-gray-300 bg-white" />
    </>
  );
}
