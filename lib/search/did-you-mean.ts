import type { CorrectionRule, Lexicon } from "./lexicon";
import type { ParsedQuery } from "./query";

/**
 * 您是不是要找: replace the words of a query that the content is not written with by the nearest words it
 * is written with (lib/search/lexicon.ts) — same pinyin (西清 → 西青, xiqing → 西青), one wrong character
 * (苏州工业圆区 → 苏州工业园区), one wrong syllable (招商银引 → 招商引资), one character dropped or added.
 * Pure. jieba cuts a misspelt word oddly (招商银引 → 招商 / 银引), so runs of up to four words that contain
 * an unknown one are rejoined and corrected whole, longest first.
 */
export type QueryCorrection = { query: string; rules: CorrectionRule[] };

/** At most this many words are joined into one span to correct. */
const MAX_SPAN_WORDS = 4;

export function suggestCorrection(query: ParsedQuery, lexicon: Lexicon): QueryCorrection | null {
  const compact = query.normalized.replace(/\s+/g, "");
  const words = query.terms.map((term) => term.word);
  if (!compact || words.every((word) => lexicon.has(word))) return null;
  const whole = lexicon.correct(compact);
  if (whole && whole.word !== compact) return { query: whole.word, rules: [whole.rule] };
  let corrected = query.normalized;
  const rules: CorrectionRule[] = [];
  for (let start = 0; start < words.length; ) {
    let advanced = false;
    for (let end = Math.min(words.length, start + MAX_SPAN_WORDS); end > start; end -= 1) {
      const span = words.slice(start, end);
      if (!isWorthCorrecting(span, lexicon)) continue;
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

/** A span with a word the content is not written with (jieba cuts a misspelt word oddly: 西清, 银引, 圆区). */
function isWorthCorrecting(span: string[], lexicon: Lexicon): boolean {
  return span.some((word) => !lexicon.has(word));
}
