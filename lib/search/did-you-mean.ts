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

/** Which correction wins where spans overlap: the nearer the sound, the likelier the typo. */
const RULE_ORDER: readonly CorrectionRule[] = ["pinyin", "homophone", "wrong-character", "wrong-syllable", "dropped-character", "extra-character"];

type Candidate = { start: number; end: number; word: string; rule: CorrectionRule };

/**
 * `strict` (the query as typed found something): only a span with a stray single character is corrected,
 * so real words the titles do not hold (浙江省, 商务部) are left alone. Otherwise any word the content is not
 * written with may be (松林高新区 → 松岭高新区). Every span with a suspect word is tried; the best
 * corrections (by rule, then by length) that do not overlap are applied.
 */
export function suggestCorrection(query: ParsedQuery, lexicon: Lexicon, options: { strict?: boolean } = {}): QueryCorrection | null {
  const compact = query.normalized.replace(/\s+/g, "");
  const words = joinKnownRuns(dictionaryWords(query.normalized), lexicon);
  const isStray = (word: string) => [...word].length === 1 && HAS_HAN_PATTERN.test(word) && !lexicon.has(word);
  const isSuspect = (word: string) => isStray(word) || (!options.strict && !lexicon.has(word));
  if (!compact || !(words.some(isSuspect) || (!options.strict && !lexicon.has(compact)))) return null;
  const whole = lexicon.correct(compact);
  if (whole && whole.word !== compact) return { query: whole.word, rules: [whole.rule] };
  const ranges = wordRanges(query.normalized, words);
  if (!ranges) return null;
  const candidates: Candidate[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_SPAN_WORDS); end += 1) {
      const span = words.slice(start, end);
      if (!span.some(isSuspect)) continue;
      const text = span.join("");
      const correction = lexicon.correct(text);
      // a "correction" already written next to the span is a neighbour absorbed, not a typo fixed
      if (correction && correction.word !== text && !compact.includes(correction.word)) candidates.push({ start, end, ...correction });
    }
  }
  candidates.sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) chosen.push(candidate);
  }
  if (!chosen.length) return null;
  let corrected = query.normalized;
  for (const candidate of chosen.sort((a, b) => b.start - a.start)) {
    corrected = corrected.slice(0, ranges[candidate.start][0]) + candidate.word + corrected.slice(ranges[candidate.end - 1][1]);
  }
  return { query: corrected, rules: chosen.sort((a, b) => a.start - b.start).map((candidate) => candidate.rule) };
}

/** Single characters the dictionary does not know but the content does, rejoined: 云 / 溪 → 云溪 (a zone's name). */
function joinKnownRuns(words: string[], lexicon: Lexicon): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; ) {
    let taken = 1;
    for (let length = Math.min(4, words.length - index); length > 1; length -= 1) {
      const run = words.slice(index, index + length);
      if (run.every((word) => [...word].length === 1) && lexicon.has(run.join(""))) {
        taken = length;
        break;
      }
    }
    joined.push(words.slice(index, index + taken).join(""));
    index += taken;
  }
  return joined;
}

/** Where each word sits in the text, in order ([from, to) offsets); null if one cannot be found. */
function wordRanges(text: string, words: string[]): [number, number][] | null {
  const ranges: [number, number][] = [];
  let cursor = 0;
  for (const word of words) {
    const at = text.indexOf(word, cursor);
    if (at === -1) return null;
    ranges.push([at, at + word.length]);
    cursor = at + word.length;
  }
  return ranges;
}
