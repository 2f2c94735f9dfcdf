import type { Settings } from "meilisearch";
import { PROJECT_TERMS, SYNONYM_GROUPS } from "../dictionary";
import { HAS_HAN_PATTERN, normalizeText, pinyinKeys, pinyinTokens } from "../normalize";
import { indexTokens } from "../segment";
import type { SearchDocument, SearchFilters } from "../types";

/**
 * Pure pieces of the Meilisearch engine: index settings, document mapping and filter building.
 * Searchable copies of the text are normalised exactly as the embedded engine normalises them.
 */
export type MeiliDocument = Omit<SearchDocument, "id" | "aliases" | "publishedAt" | "sourceVersion"> & {
  /** SearchDocument.id in the characters Meilisearch allows */
  id: string;
  /** SearchDocument.id itself */
  ref: string;
  /** epoch milliseconds, for sorting */
  publishedAt: number | null;
  version: number;
  titleText: string;
  aliasText: string[];
  pinyin: string[];
  summaryText: string;
  bodyText: string;
};

/** The fields searched, strongest first: Meilisearch's `attribute` rule ranks by this order. */
export const SEARCHABLE_ATTRIBUTES = ["titleText", "aliasText", "docNumber", "pinyin", "summaryText", "bodyText"] as const;
export const FILTERABLE_ATTRIBUTES = ["entity", "kind", "region", "zones", "year", "issuer", "validity", "docNumber"] as const;
export const SORTABLE_ATTRIBUTES = ["publishedAt"] as const;
export const DISPLAYED_ATTRIBUTES = [
  "ref",
  "kind",
  "title",
  "parentTitle",
  "url",
  "summary",
  "body",
  "region",
  "zones",
  "docNumber",
  "publishedAt",
] as const;

/**
 * Vocabulary from the database (the zones' names: lib/search/lexicon.ts): the same zone names widen a query
 * on both engines — the embedded engine per query (lib/search/service.ts), Meilisearch through its settings.
 */
export type MeiliVocabulary = { zoneNameGroups: string[][] };

export function meiliIndexSettings(vocabulary: MeiliVocabulary = { zoneNameGroups: [] }): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    displayedAttributes: [...DISPLAYED_ATTRIBUTES],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "publishedAt:desc"],
    localizedAttributes: [{ attributePatterns: ["titleText", "aliasText", "summaryText", "bodyText"], locales: ["cmn"] }],
    dictionary: [...new Set([...PROJECT_TERMS.map(normalizeText), ...vocabulary.zoneNameGroups.flat().filter((name) => HAS_HAN_PATTERN.test(name))])],
    synonyms: meiliSynonyms(vocabulary.zoneNameGroups),
    // 文号 must match exactly: 澜商产业〔2024〕5号 is not 澜商产业〔2024〕6号.
    typoTolerance: { enabled: true, disableOnAttributes: ["docNumber", "pinyin"], disableOnNumbers: true },
    faceting: { maxValuesPerFacet: 50 },
    pagination: { maxTotalHits: 5000 },
  };
}

/**
 * Every member of a synonym group maps to all the others (Meilisearch synonyms are one-directional): the
 * project's groups, then each zone's names from the database (云溪 ↔ 云溪经开区 ↔ 云溪经济技术开发区).
 */
export function meiliSynonyms(zoneNameGroups: string[][] = []): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of [...SYNONYM_GROUPS, ...zoneNameGroups]) {
    const members = group.map(normalizeText);
    for (const member of members) {
      synonyms[member] = [...new Set([...(synonyms[member] ?? []), ...members.filter((other) => other !== member)])];
    }
  }
  return synonyms;
}

/** Meilisearch ids allow only letters, digits, - and _. */
export function meiliId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "_");
}

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  const names = [document.title, ...document.aliases, document.region ?? "", ...document.zones];
  return {
    id: meiliId(document.id),
    ref: document.id,
    entity: document.entity,
    kind: document.kind,
    title: document.title,
    parentTitle: document.parentTitle,
    url: document.url,
    summary: document.summary,
    body: document.body,
    region: document.region,
    zones: document.zones,
    year: document.year,
    issuer: document.issuer,
    validity: document.validity,
    docNumber: document.docNumber,
    publishedAt: document.publishedAt ? document.publishedAt.getTime() : null,
    version: document.sourceVersion,
    titleText: normalizeText(document.title),
    aliasText: document.aliases.map(normalizeText),
    pinyin: [...new Set([...pinyinTokens(names.flatMap(indexTokens)), ...wholeNamePinyin([document.title, ...document.aliases])])],
    summaryText: normalizeText([document.summary, document.parentTitle].filter(Boolean).join(" ")),
    bodyText: normalizeText(document.body),
  };
}

/** The pinyin of whole short names (云溪经开区 → yunxijingkaiqu): Meilisearch matches the pinyin field by word. */
function wholeNamePinyin(names: string[]): string[] {
  return names.filter((name) => [...name].length <= 12).flatMap((name) => pinyinKeys(normalizeText(name))?.full ?? []);
}

/** A filter value as a Meilisearch string literal. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** SearchFilters → Meilisearch filter expressions (ANDed); `omit` leaves one out, for that facet's counts. */
export function buildMeiliFilter(filters: SearchFilters, omit?: keyof SearchFilters): string[] {
  const parts: string[] = [];
  if (filters.kind && omit !== "kind") parts.push(`kind = ${quoteFilterValue(filters.kind)}`);
  if (filters.region && omit !== "region") parts.push(`region = ${quoteFilterValue(filters.region)}`);
  if (filters.zone && omit !== "zone") parts.push(`zones = ${quoteFilterValue(filters.zone)}`);
  if (filters.year && omit !== "year") parts.push(`year = ${Math.trunc(filters.year)}`);
  return parts;
}

export const FACET_ATTRIBUTES = { kind: "kind", region: "region", zone: "zones", year: "year" } as const;
