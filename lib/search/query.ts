import { HAS_HAN_PATTERN, isLatinWord, normalizeText, queryDocNumber, synonymsOf } from "./normalize";
import { queryWords, subWords } from "./segment";

/**
 * A visitor's query, parsed once and handed to whichever engine is configured:
 * every word must match; a word matches through any of its alternatives (itself, its synonyms, or
 * all of its smaller words); latin words also match pinyin and initials by prefix (xiqing, xq → 西青).
 */
export type QuerySlot = { anyOf: string[]; prefix: boolean };
export type QueryTerm = { word: string; alternatives: QuerySlot[][] };

export type ParsedQuery = {
  raw: string;
  normalized: string;
  /** the query is exactly one 文号 (normalised): match it exactly */
  docNumber: string | null;
  terms: QueryTerm[];
  /** surface forms to mark in titles and snippets */
  highlightTerms: string[];
};

export function parseQuery(raw: string): ParsedQuery {
  const normalized = normalizeText(raw).replace(/\s+/g, " ").trim();
  const words = [...new Set(queryWords(raw))];
  const terms = words.map(termFor);
  const highlight = new Set<string>();
  for (const term of terms) {
    for (const alternative of term.alternatives) for (const slot of alternative) for (const text of slot.anyOf) highlight.add(text);
  }
  const docNumber = queryDocNumber(raw);
  if (docNumber) highlight.add(docNumber);
  const highlightTerms = [...highlight].filter((text) => [...text].length > 1 || words.length === 1);
  return { raw, normalized, docNumber, terms, highlightTerms };
}

function termFor(word: string): QueryTerm {
  const synonyms = synonymsOf(word);
  const alternatives: QuerySlot[][] = synonyms.map((text, index) => [{ anyOf: [text], prefix: index === 0 && isLatinWord(text) }]);
  if (synonyms.length === 1 && HAS_HAN_PATTERN.test(word) && [...word].length >= 3) {
    const parts = subWords(word);
    if (parts.length > 1) alternatives.push(parts.map((part) => ({ anyOf: synonymsOf(part), prefix: false })));
  }
  return { word, alternatives };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return !query.terms.length && !query.docNumber;
}
