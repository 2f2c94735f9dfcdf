import type { ImportedDocument, ImportForm } from "./schema";
import { blocksFromParagraphs, bodyText } from "./structure";

/**
 * An editor's corrected form → the document to store. The body is re-read into blocks, so headings
 * (一、 (一) 1.) the editor types become structure exactly as the parser's would; fields that do not
 * belong to the chosen kind are dropped.
 */
export function documentFromForm(form: ImportForm): ImportedDocument {
  const common = {
    source: form.source,
    kind: form.kind,
    title: form.title,
    publishedAt: form.publishedAt,
    ...(form.region ? { region: form.region } : {}),
    ...(form.sourceUrl ? { sourceUrl: form.sourceUrl } : {}),
    zones: [...new Set(form.zones)],
  };
  if (form.kind === "bulletin") {
    return {
      ...common,
      ...(form.publisher ? { publisher: form.publisher } : {}),
      ...(form.issueNumber ? { issueNumber: form.issueNumber } : {}),
      ...(form.totalIssueNumber ? { totalIssueNumber: form.totalIssueNumber } : {}),
      sections: form.sections ?? [],
      distribution: form.distribution,
    };
  }
  const paragraphs = (form.body ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, "").trim())
    .filter(Boolean);
  const blocks = blocksFromParagraphs(paragraphs, form.kind);
  return {
    ...common,
    ...(form.sourceDepartment ? { sourceDepartment: form.sourceDepartment } : {}),
    ...(form.author ? { author: form.author } : {}),
    ...(form.readCount !== undefined ? { readCount: form.readCount } : {}),
    ...(form.kind === "policy" && form.docNumber ? { docNumber: form.docNumber } : {}),
    ...(form.kind === "policy" && form.issuer ? { issuer: form.issuer } : {}),
    body: bodyText(blocks),
    blocks,
  };
}
