import { indexTokens } from "../segment";
import { isLatinWord, normalizeText, pinyinKeys, pinyinTokens } from "../normalize";
import type { ParsedQuery, QueryTerm } from "../query";
import type { SearchDocument } from "../types";

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

/** Trigram-searchable patterns for one term: the pinyin of each one-word spelling, or the latin word itself. */
export function pinyinNamePatterns(term: QueryTerm): string[] {
  const spellings = term.alternatives.flatMap((alternative) => (alternative.length === 1 ? alternative[0].anyOf : []));
  const keys = spellings.map((text) => (isLatinWord(text) ? text : (pinyinKeys(text)?.full ?? "")));
  return [...new Set(keys.filter((key) => key.length >= 3))].map((key) => `%${key}%`);
}

/** LIKE patterns for one query term: any of its spellings, %, _ and \\ escaped. */
export function nameMatchPatterns(term: QueryTerm): string[] {
  const spellings = new Set(term.alternatives.flatMap((alternative) => (alternative.length === 1 ? alternative[0].anyOf : [])));
  return [...spellings].map((text) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
}

export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** `'西青':1A,9D 'xiqing':2A …` — positions count up through the fields; each lexeme keeps its first few. */
export function tsvectorLiteral(fields: WeightedTokens[]): string {
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
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${[...new Set(list)].join(",")}`).join(" ");
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

function group(parts: string[], operator: string): string {
  return parts.length === 1 ? parts[0] : `(${parts.join(operator)})`;
}
