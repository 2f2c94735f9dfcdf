import { PageHeader } from "@/components/admin/page-header";
import { ArticleEditor } from "@/components/editor/article-editor";
import { emptyEditorValues } from "@/components/editor/editor-values";
import { runPublishChecks } from "@/lib/articles/checks";
import { requirePagePermission } from "@/lib/auth/session";
import { parseMarkdown } from "@/lib/content/markdown";
import { listMedia } from "@/lib/media/queries";

export const metadata = { title: "新建稿件" };

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requirePagePermission("content.create", "/admin/articles/new");
  const { kind } = await searchParams;
  const initial = emptyEditorValues(kind === "policy" || kind === "report" ? kind : "news");
  const media = await listMedia();
  const checks = runPublishChecks({ ...initial, publishedAt: new Date(), body: parseMarkdown("") });
  return (
    <>
      <PageHeader title="新建稿件" breadcrumbs={[{ href: "/admin/articles", label: "稿件" }]} />
      <ArticleEditor initial={initial} initialPreview={{ blocks: [], checks }} media={media.map((item) => ({ url: item.url, alt: item.alt, name: item.originalName }))} />
    </>
  );
}
