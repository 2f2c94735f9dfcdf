import { PROJECT_TERMS } from "./dictionary";
import { HAS_HAN_PATTERN, isLatinWord, normalizeText, pinyinKeys } from "./normalize";
import type { ParsedQuery } from "./query";

/**
 * "Did you mean": when nothing matched, replace words that are near a known term — same pinyin
 * (西清 → 西青, xiqin → 西青) or one character off (苏州工业圆区 → 苏州工业园区). Pure; the vocabulary
 * is the project dictionary plus whatever names the caller adds (zone names from the index).
 */
export function suggestCorrection(query: ParsedQuery, extraVocabulary: string[] = []): string | null {
  const vocabulary = [...new Set([...PROJECT_TERMS, ...extraVocabulary].map(normalizeText))];
  const byPinyin = new Map<string, string>();
  for (const term of vocabulary) {
    const keys = pinyinKeys(term);
    if (keys && !byPinyin.has(keys.full)) byPinyin.set(keys.full, term);
  }
  const whole = query.normalized.replace(/\s+/g, "");
  if (!vocabulary.includes(whole)) {
    const replacement = correctionFor(whole, vocabulary, byPinyin);
    if (replacement) return replacement;
  }
  let corrected = query.normalized;
  let changed = false;
  for (const chunk of chunksOf(query.terms.map((term) => term.word))) {
    if (vocabulary.includes(chunk)) continue;
    const replacement = correctionFor(chunk, vocabulary, byPinyin);
    if (replacement && replacement !== chunk) {
      corrected = corrected.replace(chunk, replacement);
      changed = true;
    }
  }
  return changed ? corrected : null;
}

/** Runs of single Han characters are what jieba leaves of a misspelt word (西清 → 西 / 清): rejoin them. */
function chunksOf(words: string[]): string[] {
  const chunks: string[] = [];
  let run = "";
  for (const word of words) {
    if ([...word].length === 1 && HAS_HAN_PATTERN.test(word)) {
      run += word;
      continue;
    }
    if (run) chunks.push(run);
    run = "";
    chunks.push(word);
  }
  if (run) chunks.push(run);
  return chunks;
}

function correctionFor(word: string, vocabulary: string[], byPinyin: Map<string, string>): string | null {
  if (isLatinWord(word)) return byPinyin.get(word) ?? null;
  if (!HAS_HAN_PATTERN.test(word)) return null;
  const keys = pinyinKeys(word);
  const homophone = keys && byPinyin.get(keys.full);
  if (homophone) return homophone;
  const length = [...word].length;
  if (length < 3) return null;
  return vocabulary.find((term) => [...term].length === length && editDistance(term, word) === 1) ?? null;
}

export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[right.length];
}
