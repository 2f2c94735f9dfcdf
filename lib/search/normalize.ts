import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { SYNONYM_GROUPS } from "./dictionary";

/**
 * Normalisation both engines share, at index time and at query time: full-width → half-width, lower
 * case, traditional → simplified Chinese, one spelling of 文号 brackets; synonyms and pinyin keys.
 */

let toSimplifiedConverter: ((text: string) => string) | undefined;

/** Every BMP character OpenCC changes (about 3 600, found once per process in ~70 ms): one native scan decides. */
let changingCharacters: RegExp | undefined;
const CONVERTIBLE_RANGES: [number, number][] = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];
const changesAlone = new Map<string, boolean>();

function findChangingCharacters(convert: (text: string) => string): RegExp {
  const changing: string[] = [];
  for (const [low, high] of CONVERTIBLE_RANGES) {
    for (let code = low; code <= high; code += 1) {
      const char = String.fromCharCode(code);
      if (convert(char) !== char) changing.push(char);
    }
  }
  return new RegExp(`[${changing.join("").replace(/[\\\]^-]/g, "\\$&")}]`);
}

/**
 * 蘇州工業園區 → 苏州工业园区 (OpenCC, Hong Kong and Taiwan variants included). Most text is simplified
 * already: one scan for a character that would change skips the phrase-level conversion (the importer asks
 * for every line many times). Characters beyond the BMP (rare) are checked one by one, cached.
 */
export function toSimplified(text: string): string {
  toSimplifiedConverter ??= chainConverters([
    OpenCC.Converter({ from: "hk", to: "cn" }),
    OpenCC.Converter({ from: "tw", to: "cn" }),
  ]);
  const convert = toSimplifiedConverter;
  changingCharacters ??= findChangingCharacters(convert);
  if (changingCharacters.test(text)) return convert(text);
  if (!/[\uD800-\uDBFF]/.test(text)) return text;
  const astralChanges = [...text].some((char) => {
    if (char.length < 2) return false;
    let changes = changesAlone.get(char);
    if (changes === undefined) {
      changes = convert(char) !== char;
      changesAlone.set(char, changes);
    }
    return changes;
  });
  return astralChanges ? convert(text) : text;
}

function chainConverters(converters: ((text: string) => string)[]): (text: string) => string {
  return (text) => converters.reduce((value, convert) => convert(value), text);
}

export const HAS_HAN_PATTERN = /[\u3400-\u9fff]/;

/**
 * NFKC folds full-width letters, digits and punctuation; 〔〕 survive it, so brackets are handled apart.
 * Letter-spaced Chinese (`工 作 简 报`, set that way in headings) is closed up, at index and query time alike.
 */
export function normalizeText(text: string): string {
  const folded = text.normalize("NFKC").toLowerCase();
  return HAS_HAN_PATTERN.test(folded) ? closeLetterSpacing(toSimplified(folded)) : folded;
}

/**
 * Three or more single Han characters each separated by spaces: `工 作 简 报` → `工作简报`. Words of two
 * or more characters separated by spaces (`西青 招商`) are left alone: that space is meant.
 */
const LETTER_SPACED_PATTERN = /(?<![\u3400-\u9fff])[\u3400-\u9fff](?:[ \t\u00a0\u3000]{1,3}[\u3400-\u9fff](?![\u3400-\u9fff])){2,}/gu;

export function closeLetterSpacing(text: string): string {
  return text.replace(LETTER_SPACED_PATTERN, (run) => run.replace(/[ \t\u00a0\u3000]+/g, ""));
}

const BRACKET_OPEN = "[〔［\\[（(【〖]";
const BRACKET_CLOSE = "[〕］\\]）)】〗]";
/**
 * A 文号 as people type it: any bracket style or none, spaces, full-width digits (folded by NFKC before),
 * 第 or not, 号 or not — 苏商开发〔2021〕第58号, 苏商开发[2021]58, 苏商开发2021 58号, 苏商开发 2021 58.
 * Without brackets and without 号, the year and the number must be apart, or 202158 could be anything.
 */
const DOC_NUMBER_PATTERN = new RegExp(
  `([\\u4e00-\\u9fff]{1,12})\\s*(${BRACKET_OPEN})?\\s*((?:19|20)\\d{2})(?:\\s*(${BRACKET_CLOSE}))?(\\s*)第?\\s*(\\d{1,4})\\s*(号)?`,
  "u",
);

function docNumberMatch(value: string): { normalized: string; match: RegExpExecArray } | null {
  const match = DOC_NUMBER_PATTERN.exec(toSimplified(value.normalize("NFKC")));
  if (!match) return null;
  const [, issuer, open, year, close, gap, number, hao] = match;
  if (Boolean(open) !== Boolean(close)) return null;
  if (!open && !hao && !gap) return null;
  return { normalized: `${issuer}〔${year}〕${Number(number)}号`, match };
}

/** 澜商产业[2024]5号, 澜商产业（2024）第 5 号, 澜商产业2024 5 → 澜商产业〔2024〕5号: one spelling for exact 文号 matches. */
export function normalizeDocNumber(value: string): string | null {
  return docNumberMatch(value)?.normalized ?? null;
}

/** The 文号 a query consists of, if it is one (optionally with spaces around it). */
export function queryDocNumber(query: string): string | null {
  const found = docNumberMatch(query);
  if (!found) return null;
  const text = found.match.input;
  const rest = (text.slice(0, found.match.index) + text.slice(found.match.index + found.match[0].length)).trim();
  return rest ? null : found.normalized;
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
