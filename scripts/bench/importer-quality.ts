// Importer quality for `npm run bench -- importer-quality [--verbose]`: per field, the share of labelled
// real pages (IMPORT_QUALITY_DIR: <id>.txt as a browser copies the page + <id>.label.json) the importer
// gets right, for the dev set and the held-out set (--verbose lists the dev set's misses only, so the held-out
// set stays unseen). The pages are not ours and stay out of the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import { importText } from "@/lib/importer";
import { CHROME_WARNING_MIN_CHARS, CHROME_WARNING_SHARE } from "@/lib/importer/clean";
import { importKindSchema, type ImportedDocument } from "@/lib/importer/schema";
import { ROOT } from "../lib/build";
import { notAvailable, verdict, type BenchRow } from "./report";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
const count = z.number().int().nonnegative().nullable().optional();

/** One page's correct fields. A null title means the page has no headline: a generated title with its warning is right. */
export const qualityLabelSchema = z.object({
  url: z.url(),
  /** dev: tuned on; heldout: labelled with dev, scored only; fresh: collected and labelled after the work, scored once */
  set: z.enum(["dev", "heldout", "fresh"]),
  title: z.string().min(1).nullable(),
  publishedAt: isoDay.nullable(),
  kind: importKindSchema,
  docNumber: z.string().min(1).nullable().optional(),
  issuer: z.string().min(1).nullable().optional(),
  issueNumber: count,
  totalIssueNumber: count,
  sections: count,
  items: count,
  /** sentences of the body that must survive */
  keep: z.array(z.string().min(1)),
  /** page furniture that must not reach the title or the body */
  chrome: z.array(z.string().min(1)),
});
export type QualityLabel = z.infer<typeof qualityLabelSchema>;

export const QUALITY_FIELDS = ["title", "publishedAt", "kind", "docNumber", "issuer", "issue", "sections", "body kept", "chrome removed", "loss reported"] as const;
type Field = (typeof QUALITY_FIELDS)[number];
type Check = { field: Field; ok: boolean; expected: unknown; actual: unknown };


/** Whitespace and full-width/half-width variants do not make a field wrong. */
const comparable = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");
const visibleLength = (text: string) => comparable(text).length;

function documentText(doc: ImportedDocument): string {
  if (doc.sections) return doc.sections.flatMap((section) => [section.title, ...section.items.flatMap((item) => [item.title, item.body])]).join("\n");
  return doc.body ?? "";
}

const hasWarning = (doc: ImportedDocument, code: string) => (doc.warnings ?? []).some((warning) => warning.code === code);

export function checkPage(text: string, label: QualityLabel, name: string): Check[] {
  const [doc] = importText(text, name);
  if (!doc) return QUALITY_FIELDS.map((field) => ({ field, ok: false, expected: "a document", actual: "none" }));
  const body = comparable(documentText(doc));
  const checks: Check[] = [];
  const add = (field: Field, ok: boolean, expected: unknown, actual: unknown) => checks.push({ field, ok, expected, actual });

  if (label.title === null) add("title", hasWarning(doc, "generated-title"), "generated title + warning", doc.title);
  else add("title", comparable(doc.title) === comparable(label.title), label.title, doc.title);
  add("publishedAt", doc.publishedAt === label.publishedAt && (label.publishedAt !== null || hasWarning(doc, "no-date")), label.publishedAt, doc.publishedAt);
  add("kind", doc.kind === label.kind, label.kind, doc.kind);
  if (label.docNumber !== undefined) add("docNumber", comparable(doc.docNumber ?? "") === comparable(label.docNumber ?? ""), label.docNumber, doc.docNumber ?? null);
  if (label.issuer !== undefined) add("issuer", comparable(doc.issuer ?? "") === comparable(label.issuer ?? ""), label.issuer, doc.issuer ?? null);
  if (label.issueNumber != null || label.totalIssueNumber != null) {
    const expected = [label.issueNumber ?? null, label.totalIssueNumber ?? null];
    const actual = [doc.issueNumber ?? null, doc.totalIssueNumber ?? null];
    add("issue", expected.join() === actual.join(), expected, actual);
  }
  if (label.sections != null || label.items != null) {
    const items = (doc.sections ?? []).reduce((total, section) => total + section.items.length, 0);
    const expected = [label.sections ?? null, label.items ?? null];
    const actual = [label.sections == null ? null : (doc.sections?.length ?? 0), label.items == null ? null : items];
    add("sections", expected.join() === actual.join(), expected, actual);
  }
  const lost = label.keep.filter((sentence) => !body.includes(comparable(sentence)));
  add("body kept", lost.length === 0, label.keep.length, lost);
  const shown = `${comparable(doc.title)}\n${body}`;
  const survived = label.chrome.filter((line) => shown.includes(comparable(line)));
  if (label.chrome.length) add("chrome removed", survived.length === 0, label.chrome.length, survived);
  // Removals above the importer's threshold (a share of the page, and more than a metadata line) must be reported.
  const removed = visibleLength(text) - visibleLength(doc.title) - body.length;
  const removedShare = removed / Math.max(1, visibleLength(text));
  const isBelowThreshold = removedShare <= CHROME_WARNING_SHARE || removed < CHROME_WARNING_MIN_CHARS;
  add("loss reported", isBelowThreshold || hasWarning(doc, "chrome-removed"), `≤ ${CHROME_WARNING_SHARE * 100} % or a warning`, `${Math.round(removedShare * 100)} %`);
  return checks;
}

type Page = { id: string; text: string; label: QualityLabel };

export function readQualityCorpus(dir: string): Page[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".label.json"))
    .sort()
    .map((name) => {
      const id = name.slice(0, -".label.json".length);
      const parsed = qualityLabelSchema.safeParse(JSON.parse(readFileSync(path.join(dir, name), "utf8")));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
      return { id, text: readFileSync(path.join(dir, `${id}.txt`), "utf8"), label: parsed.data };
    });
}

const percent = (ok: number, total: number) => (total ? `${((ok / total) * 100).toFixed(1)} %` : "—");

export async function benchImporterQuality(options: { dir?: string; verbose?: boolean } = {}): Promise<BenchRow[]> {
  const dir = path.resolve(ROOT, options.dir ?? env().IMPORT_QUALITY_DIR);
  const what = "labelled real pages: fields right";
  if (!existsSync(dir)) return [notAvailable("importer quality", what, "≥ 95 %", `no labelled pages at ${dir} (IMPORT_QUALITY_DIR)`)];
  const pages = readQualityCorpus(dir);
  if (!pages.length) return [notAvailable("importer quality", what, "≥ 95 %", `${dir} has no <id>.label.json`)];

  const rows: BenchRow[] = [];
  for (const set of ["dev", "heldout", "fresh"] as const) {
    const checks = pages
      .filter((page) => page.label.set === set)
      .flatMap((page) => checkPage(page.text, page.label, `${page.id}.txt`).map((check) => ({ ...check, page: page.id })));
    if (!checks.length) continue;
    const pageCount = new Set(checks.map((check) => check.page)).size;
    for (const field of QUALITY_FIELDS) {
      const ofField = checks.filter((check) => check.field === field);
      if (!ofField.length) {
        rows.push(notAvailable("importer quality", `${set}: ${field}`, "≥ 95 %", "no page of this set is labelled for it"));
        continue;
      }
      const ok = ofField.filter((check) => check.ok).length;
      const isLossless = field === "body kept" || field === "loss reported";
      rows.push({
        area: "importer quality",
        what: `${set}: ${field}`,
        result: `${ok}/${ofField.length} pages (${percent(ok, ofField.length)})`,
        target: isLossless ? "100 %" : "≥ 95 %",
        verdict: verdict(isLossless ? ok === ofField.length : ok / ofField.length >= 0.95),
        figures: { ok, total: ofField.length },
      });
      if (options.verbose && set === "dev") {
        for (const check of ofField.filter((entry) => !entry.ok)) console.log(`  ✗ ${check.page} ${field}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`);
      }
    }
    const ok = checks.filter((check) => check.ok).length;
    rows.push({
      area: "importer quality",
      what: `${set}: all fields (${pageCount} pages)`,
      result: `${ok}/${checks.length} (${percent(ok, checks.length)})`,
      target: "≥ 95 %",
      verdict: verdict(ok / checks.length >= 0.95),
      figures: { ok, total: checks.length, pages: pageCount },
    });
  }
  return rows;
}
