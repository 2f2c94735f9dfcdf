import { type ImportedDocument, type ImportHints, type ImportWarning } from "./schema";

/**
 * What a format states about itself (an HTML page's ArticleTitle/PubDate/ContentSource, the URL it was
 * fetched from) merged into the documents the text pipeline parsed. A page's title and date describe the
 * page: they win over the parser's guesses for a single document, and each override is recorded as a
 * warning so the editor sees both; a listing page's items keep their own. The source URL goes on all.
 */
export function applyHints(documents: ImportedDocument[], hints: ImportHints): ImportedDocument[] {
  if (documents.length !== 1) return hints.sourceUrl ? documents.map((doc) => ({ ...doc, sourceUrl: hints.sourceUrl })) : documents;
  const [doc] = documents;
  const merged: ImportedDocument = { ...doc, ...(hints.sourceUrl ? { sourceUrl: hints.sourceUrl } : {}) };
  const warnings: ImportWarning[] = [];
  if (hints.title && squeeze(hints.title) !== squeeze(doc.title)) {
    merged.title = hints.title;
    warnings.push({ code: "hint-title", message: `标题取自网页元数据（正文首行为“${doc.title}”）` });
  }
  if (hints.publishedAt && hints.publishedAt !== doc.publishedAt) {
    merged.publishedAt = hints.publishedAt;
    warnings.push({
      code: "hint-date",
      message: doc.publishedAt ? `日期取自网页元数据（正文中的日期为 ${doc.publishedAt}）` : "日期取自网页元数据（正文中没有日期）",
    });
  }
  if (hints.sourceDepartment && !doc.sourceDepartment && doc.kind !== "bulletin") merged.sourceDepartment = hints.sourceDepartment;
  if (hints.author && !doc.author && doc.kind !== "bulletin") merged.author = hints.author;
  return [withWarnings(merged, warnings)];
}

/** A format's own warnings (images not fetched, pages without a text layer) on every document of the file. */
export function addFormatWarnings(documents: ImportedDocument[], warnings: ImportWarning[] | undefined): ImportedDocument[] {
  return warnings?.length ? documents.map((doc) => withWarnings(doc, warnings)) : documents;
}

function withWarnings(doc: ImportedDocument, warnings: ImportWarning[]): ImportedDocument {
  return warnings.length ? { ...doc, warnings: [...(doc.warnings ?? []), ...warnings] } : doc;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}
