import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

/** Part-of-speech tagging for the zone detector; the dictionary is loaded once, on first use (~0.25 s). */
let jieba: Jieba | null = null;

export type TaggedWord = { word: string; tag: string };

/** Zone detection tags the same few characters before 开发区 again and again: remember them. */
const cache = new Map<string, TaggedWord[]>();
const CACHE_LIMIT = 20_000;

export function tagWords(text: string): TaggedWord[] {
  const cached = cache.get(text);
  if (cached) return cached;
  jieba ??= Jieba.withDict(dict);
  const words = jieba.tag(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, words);
  return words;
}
