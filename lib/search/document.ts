import { articlePath } from "@/lib/articles/routes";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { blocksToText, parseBlocks, summarize } from "@/lib/content/blocks";
import { toChinaDay } from "@/lib/content/dates";
import type { ArticleKind, PublishStatus, ZoneLevel, ZoneType } from "@/lib/generated/prisma/enums";
import { ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS, zonePath } from "@/lib/zones/labels";
import { normalizeDocNumber } from "./normalize";
import type { SearchDocument } from "./types";

/**
 * Turns database rows into search documents. Pure: the loader (lib/search/sync/load.ts) reads the rows,
 * these functions decide what is searchable. Only published content becomes a document.
 */
export type ArticleRow = {
  id: string;
  kind: ArticleKind;
  status: PublishStatus;
  slug: string;
  title: string;
  summary: string | null;
  body: unknown;
  region: string | null;
  publishedAt: Date | null;
  docNumber: string | null;
  issuer: string | null;
  validity: string | null;
  version: number;
  zones: { zone: { name: string } }[];
};

export type BulletinRow = {
  id: string;
  status: PublishStatus;
  slug: string;
  title: string;
  issueNumber: number;
  totalIssueNumber: number | null;
  year: number;
  issueDate: Date;
  publishedAt: Date | null;
  version: number;
  sections: { title: string; items: { id: string; anchor: string; title: string; body: unknown; source: string | null }[] }[];
};

export type ZoneRow = {
  id: string;
  status: PublishStatus;
  slug: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  level: ZoneLevel;
  type: ZoneType | null;
  province: string | null;
  city: string | null;
  district: string | null;
  industries: string[];
  summary: string | null;
  description: unknown;
  version: number;
  mergedIntoId: string | null;
};

export type SearchEntityType = "article" | "bulletin" | "zone";

export function entityKey(type: SearchEntityType, id: string): string {
  return `${type}:${id}`;
}

export function parseEntityKey(key: string): { type: SearchEntityType; id: string } | null {
  const match = /^(article|bulletin|zone):([^:]+)$/.exec(key);
  return match ? { type: match[1] as SearchEntityType, id: match[2] } : null;
}

/** Scheduled content becomes "published" through its own write (and outbox row), so the status alone decides. */
export function isPublic(status: PublishStatus): boolean {
  return status === "published";
}

export function articleDocument(row: ArticleRow): SearchDocument | null {
  if (!isPublic(row.status)) return null;
  const blocks = parseBlocks(row.body);
  const docNumber = row.docNumber ? normalizeDocNumber(row.docNumber) ?? row.docNumber.trim() : null;
  return {
    id: entityKey("article", row.id),
    entity: entityKey("article", row.id),
    kind: row.kind,
    title: row.title,
    aliases: docNumber ? [docNumber] : [],
    parentTitle: null,
    url: articlePath(row.kind, row.slug),
    summary: row.summary || summarize(blocks) || null,
    body: blocksToText(blocks),
    region: row.region,
    zones: row.zones.map((link) => link.zone.name),
    year: row.publishedAt ? toChinaDay(row.publishedAt).year : null,
    issuer: row.issuer,
    validity: row.validity,
    docNumber,
    publishedAt: row.publishedAt,
    sourceVersion: row.version,
  };
}

/** One document per bulletin item, pointing at its anchor in the issue and carrying the issue as parentTitle. */
export function bulletinDocuments(row: BulletinRow): SearchDocument[] {
  const publishedAt = row.publishedAt ?? row.issueDate;
  if (!isPublic(row.status)) return [];
  const parentTitle = `${row.title} ${issueLabel(row.issueNumber, row.totalIssueNumber)}`;
  return row.sections.flatMap((section) =>
    section.items.map((item) => {
      const text = blocksToText(parseBlocks(item.body));
      return {
        id: `${entityKey("bulletin", row.id)}:${item.id}`,
        entity: entityKey("bulletin", row.id),
        kind: "bulletin" as const,
        title: item.title,
        aliases: [],
        parentTitle,
        url: bulletinPath(row.slug, item.anchor),
        summary: section.title,
        body: item.source ? `${text}\n（来源：${item.source}）` : text,
        region: null,
        zones: [],
        year: row.year,
        issuer: null,
        validity: null,
        docNumber: null,
        publishedAt,
        sourceVersion: row.version,
      };
    }),
  );
}

export function zoneDocument(row: ZoneRow): SearchDocument | null {
  if (!isPublic(row.status) || row.mergedIntoId) return null;
  const description = blocksToText(parseBlocks(row.description));
  const place = [row.province, row.city !== row.province ? row.city : null, row.district].filter(Boolean).join("");
  // the catalogue's type (海关特殊监管区域, 高新技术产业开发区…) unless the level already says it
  const type = row.type && !ZONE_LEVEL_LABELS[row.level].includes(ZONE_TYPE_LABELS[row.type]) ? ZONE_TYPE_LABELS[row.type] : "";
  const facts = [ZONE_LEVEL_LABELS[row.level], type, place, row.industries.length ? `主导产业：${row.industries.join("、")}` : ""];
  return {
    id: entityKey("zone", row.id),
    entity: entityKey("zone", row.id),
    kind: "zone",
    title: row.name,
    aliases: [row.shortName, ...row.aliases].filter((alias): alias is string => Boolean(alias)),
    parentTitle: null,
    url: zonePath(row.slug),
    summary: row.summary,
    body: [facts.filter(Boolean).join("。"), description].filter(Boolean).join("\n\n"),
    region: row.city ?? row.province,
    zones: [row.name],
    year: null,
    issuer: null,
    validity: null,
    docNumber: null,
    publishedAt: null,
    sourceVersion: row.version,
  };
}
