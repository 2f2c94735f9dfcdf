import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

/** Part-of-speech tagging for the zone detector; the dictionary is loaded once, on first use (~0.25 s). */
let jieba: Jieba | null = null;

export type TaggedWord = { word: string; tag: string };

export function tagWords(text: string): TaggedWord[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(text);
}
