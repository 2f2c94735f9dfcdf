import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { SYNONYM_GROUPS } from "./dictionary";

/**
 * Normalisation both engines share, at index time and at query time: full-width → half-width, lower
 * case, traditional → simplified Chinese, one spelling of 文号 brackets; synonyms and pinyin keys.
 */

let toSimplifiedConverter: ((text: string) => string) | undefined;

const changesAlone = new Map<string, boolean>();

/**
 * 蘇州工業園區 → 苏州工业园区 (OpenCC, Hong Kong and Taiwan variants included). Most text is simplified
 * already: a per-character check (cached) skips the phrase-level conversion unless some character changes.
 */
export function toSimplified(text: string): string {
  toSimplifiedConverter ??= chainConverters([
    OpenCC.Converter({ from: "hk", to: "cn" }),
    OpenCC.Converter({ from: "tw", to: "cn" }),
  ]);
  const convert = toSimplifiedConverter;
  const needsConversion = [...new Set(text)].some((char) => {
    let changes = changesAlone.get(char);
    if (changes === undefined) {
      changes = convert(char) !== char;
      changesAlone.set(char, changes);
    }
    return changes;
  });
  return needsConversion ? convert(text) : text;
}

function chainConverters(converters: ((text: string) => string)[]): (text: string) => string {
  return (text) => converters.reduce((value, convert) => convert(value), text);
}

export const HAS_HAN_PATTERN = /[\u3400-\u9fff]/;

/** NFKC folds full-width letters, digits and punctuation; 〔〕 survive it, so brackets are handled apart. */
export function normalizeText(text: string): string {
  const folded = text.normalize("NFKC").toLowerCase();
  return HAS_HAN_PATTERN.test(folded) ? toSimplified(folded) : folded;
}

const BRACKET_OPEN = "[〔［\\[（(【〖]";
const BRACKET_CLOSE = "[〕］\\]）)】〗]";
const DOC_NUMBER_PATTERN = new RegExp(
  `([\\u4e00-\\u9fff]{1,12})\\s*${BRACKET_OPEN}\\s*((?:19|20)\\d{2})\\s*${BRACKET_CLOSE}\\s*(\\d{1,4})\\s*号`,
  "u",
);

/** 澜商产业[2024]5号, 澜商产业（2024）5 号 → 澜商产业〔2024〕5号: one spelling for exact 文号 matches. */
export function normalizeDocNumber(value: string): string | null {
  const match = DOC_NUMBER_PATTERN.exec(toSimplified(value.normalize("NFKC")));
  if (!match) return null;
  return `${match[1]}〔${match[2]}〕${Number(match[3])}号`;
}

/** The 文号 a query consists of, if it is one (optionally with spaces around it). */
export function queryDocNumber(query: string): string | null {
  const normalized = normalizeDocNumber(query);
  if (!normalized) return null;
  const rest = toSimplified(query.normalize("NFKC")).replace(DOC_NUMBER_PATTERN, "").trim();
  return rest ? null : normalized;
}

const synonymIndex = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const term of group) synonymIndex.set(normalizeText(term), group.map(normalizeText));

/** Every way of writing a term, itself first: 经开区 → [经开区, 经济技术开发区, 经济开发区]. */
export function synonymsOf(term: string): string[] {
  const key = normalizeText(term);
  const group = synonymIndex.get(key);
  return group ? [key, ...group.filter((member) => member !== key)] : [key];
}

/** Pinyin without tones, one syllable per character: 西青 → ["xi", "qing"]; non-Han characters are dropped. */
export function pinyinSyllables(text: string): string[] {
  const han = [...text].filter((char) => HAS_HAN_PATTERN.test(char)).join("");
  if (!han) return [];
  return pinyin(han, { toneType: "none", type: "array", v: true }).map((syllable) => syllable.toLowerCase());
}

/** 西青 → { full: "xiqing", initials: "xq" }; null when the text has no Han characters. */
export function pinyinKeys(text: string): { full: string; initials: string } | null {
  const syllables = pinyinSyllables(text);
  if (!syllables.length) return null;
  return { full: syllables.join(""), initials: syllables.map((syllable) => syllable[0]).join("") };
}

/** A query word typed in latin letters that could be pinyin or initials (xiqing, xq) or a code (sip, teda). */
export function isLatinWord(term: string): boolean {
  return /^[a-z][a-z0-9]*$/.test(term);
}

/** The pinyin keys a document carries for its names (full and initials), so `xiqing` and `xq` find 西青. */
export function pinyinTokens(words: string[]): string[] {
  const tokens = new Set<string>();
  for (const word of words) {
    const keys = pinyinKeys(word);
    if (!keys) continue;
    tokens.add(keys.full);
    if (keys.initials.length > 1) tokens.add(keys.initials);
  }
  return [...tokens];
}
