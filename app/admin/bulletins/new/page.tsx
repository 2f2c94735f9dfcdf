import { BulletinMetaForm } from "@/components/admin/bulletins/bulletin-meta-form";
import { PageHeader } from "@/components/admin/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { latestPublisher } from "@/lib/bulletins/admin-queries";
import { nextIssueNumbers } from "@/lib/bulletins/compose";
import { formatIsoDay, toChinaDay } from "@/lib/content/dates";

export const metadata = { title: "新建一期简报" };

export default async function NewBulletinPage() {
  await requirePagePermission("bulletin.compose", "/admin/bulletins/new");
  const now = new Date();
  const latest = await latestPublisher();
  const publisher = latest?.publisher ?? "开发区管委会办公室";
  const numbers = await nextIssueNumbers(publisher, toChinaDay(now).year);
  return (
    <>
      <PageHeader title="新建一期简报" breadcrumbs={[{ href: "/admin/bulletins", label: "工作简报" }]} description={`期号按“${publisher}”本年度的上一期自动续编；换编印单位时请核对期号。`} />
      <div className="max-w-2xl rounded-md border border-gray-200 bg-white p-4">
        <BulletinMetaForm values={{ title: latest?.title ?? "工作简报", publisher, issueNumber: numbers.issueNumber, totalIssueNumber: numbers.totalIssueNumber, issueDate: formatIsoDay(now), distribution: "" }} />
      </div>
    </>
  );
}
