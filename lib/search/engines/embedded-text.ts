import { indexTokens } from "../segment";
import { normalizeText, pinyinTokens } from "../normalize";
import type { ParsedQuery, QueryTerm } from "../query";
import type { SearchDocument, SearchFilters } from "../types";

/**
 * Pure text plumbing of the embedded engine: tsvector and tsquery literals built in the application
 * (PostgreSQL has no Chinese parser, and its default parser would split 文号 and mixed tokens), so the
 * database only stores, indexes (GIN) and ranks them.
 */
export type Weight = "A" | "B" | "C" | "D";
export type WeightedTokens = { weight: Weight; tokens: string[] };

const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 32;
const MAX_LEXEME_CHARS = 200;

/** Title A, aliases (and 文号, pinyin of names) B, summary and context C, body D. */
export function documentFields(document: SearchDocument): WeightedTokens[] {
  const nameWords = [document.title, ...document.aliases, document.region ?? "", ...document.zones];
  const titleTokens = indexTokens(document.title);
  return [
    { weight: "A", tokens: [...titleTokens, ...pinyinTokens(titleTokens)] },
    {
      weight: "B",
      tokens: [
        ...document.aliases.flatMap(indexTokens),
        ...document.aliases.map(normalizeText),
        ...pinyinTokens(nameWords.flatMap(indexTokens)),
        ...(document.docNumber ? [normalizeText(document.docNumber)] : []),
      ],
    },
    {
      weight: "C",
      tokens: [document.summary, document.parentTitle, document.region, document.issuer, ...document.zones].flatMap((text) =>
        text ? indexTokens(text) : [],
      ),
    },
    { weight: "D", tokens: indexTokens(document.body) },
  ];
}

/**
 * The "pinyin" column: the document's other names (aliases, 文号) and the pinyin and initials of its
 * names. Short and stored in the row, so "does the query name this document?" is cheap to ask of every
 * match (see nameMatchCondition) without reading the tokens.
 */
export function documentNameKeys(document: SearchDocument): string {
  const pinyin = pinyinTokens([document.title, ...document.aliases, document.region ?? ""].flatMap(indexTokens));
  return [...document.aliases.map(normalizeText), ...pinyin].join(" ");
}

/** LIKE patterns for one query term: any of its spellings, %, _ and \\ escaped. */
export function nameMatchPatterns(term: QueryTerm): string[] {
  const spellings = new Set(term.alternatives.flatMap((alternative) => (alternative.length === 1 ? alternative[0].anyOf : [])));
  return [...spellings].map((text) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
}

export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * Facet values stored as lexemes of the tokens ("\uE000kind=news", "\uE000year=2021", …), so that a text
 * search with filters is one GIN scan that intersects posting lists, never a scan of every text match.
 * The private-use prefix keeps them apart from words: no query ever segments into it.
 */
const FACET_LEXEME_PREFIX = "\uE000";

export function facetLexemes(document: Pick<SearchDocument, "kind" | "region" | "zones" | "year">): string[] {
  return facetValueLexemes({ kind: document.kind, region: document.region, zones: document.zones, year: document.year });
}

/** The lexemes a search with these filters requires (see facetLexemes). */
export function filterLexemes(filters: SearchFilters): string[] {
  return facetValueLexemes({ kind: filters.kind, region: filters.region, zones: filters.zone ? [filters.zone] : [], year: filters.year });
}

function facetValueLexemes(values: { kind?: string; region?: string | null; zones: string[]; year?: number | null }): string[] {
  const pairs = [
    values.kind ? `kind=${values.kind}` : null,
    values.region ? `region=${values.region}` : null,
    ...values.zones.map((zone) => `zone=${zone}`),
    values.year !== undefined && values.year !== null ? `year=${values.year}` : null,
  ];
  return [...new Set(pairs.filter((pair): pair is string => pair !== null && pair.length < MAX_LEXEME_CHARS))].map(
    (pair) => `${FACET_LEXEME_PREFIX}${pair}`,
  );
}

/** `'西青':1A,9D 'xiqing':2A …` — positions count up through the fields; each lexeme keeps its first few. */
export function tsvectorLiteral(fields: WeightedTokens[], withoutPositions: string[] = []): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of fields) {
    for (const token of field.tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      if (!token || token.length > MAX_LEXEME_CHARS) continue;
      const list = positions.get(token) ?? [];
      if (list.length >= MAX_POSITIONS_PER_LEXEME) continue;
      list.push(`${position}${field.weight}`);
      positions.set(token, list);
    }
  }
  const positioned = [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${[...new Set(list)].join(",")}`);
  return [...positioned, ...withoutPositions.filter((lexeme) => !positions.has(lexeme)).map(quoteLexeme)].join(" ");
}

/**
 * The "nameTokens" column: every lexeme of the title and alias fields (weights A and B), without positions.
 * Small enough to stay in the heap row; `nameTokens @@ query` = the query names this document.
 */
export function nameTokensLiteral(fields: WeightedTokens[]): string {
  const lexemes = new Set(
    fields.filter((field) => field.weight === "A" || field.weight === "B").flatMap((field) => field.tokens),
  );
  return [...lexemes].filter((lexeme) => lexeme && lexeme.length <= MAX_LEXEME_CHARS).map(quoteLexeme).join(" ");
}

/**
 * Every term must match; a term matches through any alternative; an alternative needs all its slots.
 * `weights` restricts the match to those fields ("AB" = title or aliases), for ranking title hits first.
 */
export function tsqueryLiteral(query: Pick<ParsedQuery, "terms">, weights = ""): string | null {
  if (!query.terms.length) return null;
  const slot = (anyOf: string[], prefix: boolean) =>
    group(anyOf.map((text) => `${quoteLexeme(text)}${prefix || weights ? ":" : ""}${prefix ? "*" : ""}${weights}`), " | ");
  return query.terms
    .map((term) => group(term.alternatives.map((alternative) => group(alternative.map((s) => slot(s.anyOf, s.prefix)), " & ")), " | "))
    .join(" & ");
}

/** The text query and the lexemes of the filters, all required (see facetLexemes). */
export function filteredTsqueryLiteral(text: string, filters: SearchFilters): string {
  const required = filterLexemes(filters).map(quoteLexeme);
  return required.length ? [`(${text})`, ...required].join(" & ") : text;
}

function group(parts: string[], operator: string): string {
  return parts.length === 1 ? parts[0] : `(${parts.join(operator)})`;
}
