import type { ArticleForEditing } from "@/lib/articles/admin-queries";
import { formatIsoDay } from "@/lib/content/dates";
import { toChinaDateTimeInput } from "@/lib/content/form-fields";
import type { ArticleEditorValues } from "./article-editor";

/** A stored article as the editor form's initial values (dates as Beijing-time input values). */
export function editorValues(article: ArticleForEditing): ArticleEditorValues {
  return {
    id: article.id,
    version: article.version,
    kind: article.kind,
    title: article.title,
    slug: article.slug,
    summary: article.summary ?? "",
    markdown: article.markdown,
    source: article.source ?? "",
    author: article.author ?? "",
    region: article.region ?? "",
    publishedAt: toChinaDateTimeInput(article.publishedAt),
    docNumber: article.docNumber ?? "",
    issuer: article.issuer ?? "",
    writtenAt: article.writtenAt ? formatIsoDay(article.writtenAt) : "",
    indexNumber: article.indexNumber ?? "",
  };
}

export function emptyEditorValues(kind: ArticleEditorValues["kind"], now = new Date()): ArticleEditorValues {
  return { kind, title: "", slug: "", summary: "", markdown: "", source: "", author: "", region: "", publishedAt: toChinaDateTimeInput(now), docNumber: "", issuer: "", writtenAt: "", indexNumber: "" };
}
