import type { CorrectionRule, Lexicon } from "./lexicon";
import { HAS_HAN_PATTERN } from "./normalize";
import type { ParsedQuery } from "./query";
import { dictionaryWords } from "./segment";

/**
 * 您是不是要找: replace the words of a query that the content is not written with by the nearest words it
 * is written with (lib/search/lexicon.ts) — same pinyin (西清 → 西青, xiqing → 西青), one wrong character
 * (苏州工业圆区 → 苏州工业园区), one wrong syllable (招商银引 → 招商引资), one character dropped or added.
 * Pure. Cut by the dictionary alone, a misspelt word falls apart (招商银引 → 招商 / 银 / 引), so runs of up
 * to four words that contain a suspect one are rejoined and corrected whole, longest first.
 */
export type QueryCorrection = { query: string; rules: CorrectionRule[] };

/** At most this many words are joined into one span to correct. */
const MAX_SPAN_WORDS = 4;

/**
 * `strict` (the query as typed found something): only a span with a stray single character is corrected,
 * so real words the titles do not hold (浙江省, 商务部) are left alone. Otherwise any word the content is not
 * written with may be (松林高新区 → 松岭高新区).
 */
export function suggestCorrection(query: ParsedQuery, lexicon: Lexicon, options: { strict?: boolean } = {}): QueryCorrection | null {
  const compact = query.normalized.replace(/\s+/g, "");
  const words = dictionaryWords(query.normalized);
  const isStray = (word: string) => [...word].length === 1 && HAS_HAN_PATTERN.test(word) && !lexicon.has(word);
  const isSuspect = (word: string) => isStray(word) || (!options.strict && !lexicon.has(word));
  if (!compact || !(words.some(isSuspect) || (!options.strict && !lexicon.has(compact)))) return null;
  const whole = lexicon.correct(compact);
  if (whole && whole.word !== compact) return { query: whole.word, rules: [whole.rule] };
  let corrected = query.normalized;
  const rules: CorrectionRule[] = [];
  for (let start = 0; start < words.length; ) {
    let advanced = false;
    for (let end = Math.min(words.length, start + MAX_SPAN_WORDS); end > start; end -= 1) {
      const span = words.slice(start, end);
      if (!span.some(isSuspect)) continue;
      const text = span.join("");
      const correction = lexicon.correct(text);
      if (!correction || correction.word === text || !corrected.includes(text)) continue;
      corrected = corrected.replace(text, correction.word);
      rules.push(correction.rule);
      start = end;
      advanced = true;
      break;
    }
    if (!advanced) start += 1;
  }
  return rules.length ? { query: corrected, rules } : null;
}
