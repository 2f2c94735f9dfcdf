import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { PROJECT_TERMS, jiebaUserDictionary } from "./dictionary";
import { normalizeText } from "./normalize";

/**
 * Chinese word segmentation with jieba: the general dictionary plus the project's zone and policy terms,
 * loaded once per process (~0.2 s). Text is normalised (lib/search/normalize.ts) before it is cut.
 */
const globalForJieba = globalThis as unknown as { zonePortalJieba?: Jieba };

function jieba(): Jieba {
  if (!globalForJieba.zonePortalJieba) {
    const instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(jiebaUserDictionary(), "utf8"));
    globalForJieba.zonePortalJieba = instance;
  }
  return globalForJieba.zonePortalJieba;
}

const STOP_WORDS = new Set(
  "的 了 和 与 及 在 是 为 对 等 之 其 于 以 将 把 被 也 就 都 而 或 并 个 这 那 有 中 上 下 从 向 由 到 年 月 日 号 第".split(" "),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isIndexable(token: string): boolean {
  return WORD_CHAR.test(token) && !STOP_WORDS.has(token);
}

/** Project terms longer than three characters, which jieba's search mode does not split out of longer words. */
const LONG_TERMS = [...new Set(PROJECT_TERMS.map(normalizeText))].filter((term) => [...term].length > 3);

/**
 * Tokens for the index, in text order: every word at every granularity jieba's search mode finds
 * (开发区 and 经济技术开发区 both), plus project terms hidden inside longer words
 * (天津经济技术开发区 also yields 经济技术开发区).
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of jieba().cutForSearch(normalizeText(text), true)) {
    const word = token.trim();
    if (!isIndexable(word)) continue;
    tokens.push(word);
    if ([...word].length > 4) for (const term of LONG_TERMS) if (term !== word && word.includes(term)) tokens.push(term);
  }
  return tokens;
}

/** The words of a query, cut precisely (one granularity), normalised and without stop words. */
export function queryWords(text: string): string[] {
  return jieba()
    .cut(normalizeText(text), true)
    .map((token) => token.trim())
    .filter(isIndexable);
}

/**
 * The words of a query cut by the dictionary alone, without jieba's guessing of unknown words (HMM): a
 * misspelt word falls apart into single characters (西清 → 西 / 清, 招商银引 → 招商 / 银 / 引).
 */
export function dictionaryWords(text: string): string[] {
  return jieba()
    .cut(normalizeText(text), false)
    .map((token) => token.trim())
    .filter(isIndexable);
}

/** The smaller words inside a word: 西青经开区 → [西青, 经开区]; empty when it cannot be split. */
export function subWords(word: string): string[] {
  const parts = jieba()
    .cut(word, false)
    .filter((part) => part !== word && isIndexable(part));
  if (parts.length > 1) return parts;
  const finer = jieba()
    .cutForSearch(word, false)
    .filter((part) => part !== word && [...part].length > 1 && isIndexable(part));
  return coverOf(word, finer);
}

/** A left-to-right, non-overlapping choice of `parts` that spells out `word`, or [] if there is none. */
function coverOf(word: string, parts: string[]): string[] {
  const chosen: string[] = [];
  let rest = word;
  while (rest) {
    const next = parts.filter((part) => rest.startsWith(part)).sort((a, b) => b.length - a.length)[0];
    if (!next) return [];
    chosen.push(next);
    rest = rest.slice(next.length);
  }
  return chosen.length > 1 ? chosen : [];
}

/** Warm the segmenter (dictionary load) before the first request needs it. */
export function loadSegmenter(): void {
  jieba();
}
