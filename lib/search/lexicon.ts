import { PROJECT_TERMS } from "./dictionary";
import { HAS_HAN_PATTERN, normalizeText, pinyinKeys, pinyinSyllables } from "./normalize";
import { queryWords } from "./segment";
import type { SearchZoneCard } from "./types";

/**
 * The words the portal's content is written with — zone names, short names and aliases, the words of titles,
 * issuers, the project dictionary — indexed for the corrections of lib/search/did-you-mean.ts: by pinyin
 * (homophones), with one character or one syllable wildcarded (a wrong character), and with one character
 * deleted (a dropped character). Pure: lib/search/sync/load.ts reads the rows, lib/search/service.ts caches one.
 */
/** A zone as the lexicon knows it: what its card shows, and its other names (short name, aliases). */
export type LexiconZone = Omit<SearchZoneCard, "url"> & { aliases: string[] };

export type LexiconSource = {
  zones: LexiconZone[];
  /** titles of articles and bulletin items, zone names of articles, issuers */
  texts: string[];
};

export type CorrectionRule = "pinyin" | "homophone" | "wrong-character" | "wrong-syllable" | "dropped-character" | "extra-character";

export type WordCorrection = { word: string; rule: CorrectionRule };

/** Weight of a word by where it appears: zone names outrank title words, which outrank dictionary entries. */
const ZONE_NAME_WEIGHT = 1000;
const DICTIONARY_WEIGHT = 5;
/** Wildcard and deletion keys only for words this long: on two-character words one wrong character is too loose. */
const MIN_EDIT_LENGTH = 3;
const MIN_SYLLABLE_EDIT_LENGTH = 4;
/** Words longer than this are not keyed for edits (whole sentences in titles are not what people mistype). */
const MAX_EDIT_LENGTH = 12;
const WILDCARD = "\u0000";

export class Lexicon {
  private readonly weights = new Map<string, number>();
  private readonly byPinyin = new Map<string, string>();
  private readonly byCharWildcard = new Map<string, string>();
  private readonly bySyllableWildcard = new Map<string, string>();
  private readonly byDeletion = new Map<string, string>();
  private readonly zoneKeys = new Map<string, LexiconZone>();
  /** zone names and aliases, longest first, for finding one inside a longer query */
  private readonly zoneNames: string[];
  /** each zone's names (name, short name, aliases, everyday name), normalised, the name first */
  readonly zoneNameGroups: string[][] = [];

  constructor(source: LexiconSource) {
    for (const term of PROJECT_TERMS) this.add(normalizeText(term), DICTIONARY_WEIGHT);
    for (const text of source.texts) {
      for (const word of queryWords(text)) if ([...word].length > 1 && HAS_HAN_PATTERN.test(word)) this.add(word, 1);
    }
    const everyday = everydayNames(source.zones);
    for (const zone of source.zones) {
      const group: string[] = [];
      for (const name of [zone.name, ...zone.aliases, ...(everyday.get(zone) ?? [])]) {
        const key = normalizeText(name).replace(/\s+/g, "");
        if (!key) continue;
        if (!group.includes(key)) group.push(key);
        if (HAS_HAN_PATTERN.test(key)) this.add(key, ZONE_NAME_WEIGHT);
        if (!this.zoneKeys.has(key)) this.zoneKeys.set(key, zone);
        const keys = pinyinKeys(key);
        if (keys && !this.zoneKeys.has(keys.full)) this.zoneKeys.set(keys.full, zone);
      }
      if (group.length > 1) this.zoneNameGroups.push(group);
    }
    this.zoneNames = [...this.zoneKeys.keys()].filter((key) => HAS_HAN_PATTERN.test(key) && [...key].length > 1).sort((a, b) => b.length - a.length);
    // Keys point at the heaviest word that has them, so ties go to zone names, then to frequent words.
    const words = [...this.weights.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
    for (const word of words) this.keyWord(word);
  }

  get size(): number {
    return this.weights.size;
  }

  has(word: string): boolean {
    return this.weights.has(word);
  }

  /** The best-known word near `word`, by the first rule that finds one; null when `word` is known or nothing is near. */
  correct(word: string): WordCorrection | null {
    if (this.weights.has(word)) return null;
    if (/^[a-z]+$/.test(word)) {
      const byPinyin = this.byPinyin.get(word);
      return byPinyin ? { word: byPinyin, rule: "pinyin" } : null;
    }
    if (!HAS_HAN_PATTERN.test(word)) return null;
    const chars = [...word];
    const syllables = pinyinSyllables(word);
    if (syllables.length !== chars.length) return null;
    const homophone = this.byPinyin.get(syllables.join(""));
    if (homophone && [...homophone].length === chars.length) return { word: homophone, rule: "homophone" };
    if (chars.length >= MIN_EDIT_LENGTH) {
      const wrong = this.heaviest(wildcardKeys(chars).map((key) => this.byCharWildcard.get(key)));
      if (wrong) return { word: wrong, rule: "wrong-character" };
    }
    if (chars.length >= MIN_SYLLABLE_EDIT_LENGTH) {
      const wrong = this.heaviest(wildcardKeys(syllables, " ").map((key) => this.bySyllableWildcard.get(key)));
      if (wrong) return { word: wrong, rule: "wrong-syllable" };
    }
    if (chars.length + 1 >= MIN_EDIT_LENGTH) {
      const longer = this.byDeletion.get(word);
      if (longer) return { word: longer, rule: "dropped-character" };
    }
    if (chars.length - 1 >= MIN_EDIT_LENGTH) {
      // only a doubled character (园园, 税税): dropping any other one would change what was meant
      const doubled = chars.flatMap((char, index) => (index > 0 && chars[index - 1] === char ? [[...chars.slice(0, index), ...chars.slice(index + 1)].join("")] : []));
      const shorter = this.heaviest(doubled.filter((candidate) => this.weights.has(candidate)));
      if (shorter) return { word: shorter, rule: "extra-character" };
    }
    return null;
  }

  /** The zone whose name, alias, everyday name or pinyin the query is, exactly (spaces aside). */
  zoneCalled(query: string): LexiconZone | null {
    return this.zoneKeys.get(query.replace(/\s+/g, "")) ?? null;
  }

  /** The zone whose name, alias or pinyin the query is, or contains (`西青经开区 招商` names 西青经济技术开发区). */
  zoneNamedBy(query: string): LexiconZone | null {
    const compact = query.replace(/\s+/g, "");
    if (!compact) return null;
    const exact = this.zoneKeys.get(compact);
    if (exact) return exact;
    const inside = this.zoneNames.find((name) => compact.includes(name));
    return inside ? (this.zoneKeys.get(inside) ?? null) : null;
  }

  private add(word: string, weight: number): void {
    this.weights.set(word, (this.weights.get(word) ?? 0) + weight);
  }

  private keyWord(word: string): void {
    const chars = [...word];
    const keys = pinyinKeys(word);
    if (keys && !this.byPinyin.has(keys.full)) this.byPinyin.set(keys.full, word);
    if (!HAS_HAN_PATTERN.test(word) || chars.length > MAX_EDIT_LENGTH) return;
    if (chars.length >= MIN_EDIT_LENGTH) {
      for (const key of wildcardKeys(chars)) if (!this.byCharWildcard.has(key)) this.byCharWildcard.set(key, word);
      for (const shorter of deletions(chars)) if (!this.byDeletion.has(shorter)) this.byDeletion.set(shorter, word);
    }
    const syllables = pinyinSyllables(word);
    if (chars.length >= MIN_SYLLABLE_EDIT_LENGTH && syllables.length === chars.length) {
      for (const key of wildcardKeys(syllables, " ")) if (!this.bySyllableWildcard.has(key)) this.bySyllableWildcard.set(key, word);
    }
  }

  /** The heaviest of the words found (zone names before title words before dictionary entries). */
  private heaviest(found: (string | undefined)[]): string | null {
    let best: string | null = null;
    for (const word of found) {
      if (word !== undefined && (best === null || (this.weights.get(word) ?? 0) > (this.weights.get(best) ?? 0))) best = word;
    }
    return best;
  }
}

/** Kinds of zone a name ends with, longest first: what is left is the name people use (西青, 武汉东湖). */
const ZONE_KIND_SUFFIXES = [
  "高新技术产业开发区",
  "经济技术开发区",
  "高新技术开发区",
  "新技术开发区",
  "综合保税区",
  "经济开发区",
  "工业园区",
  "经开区",
  "高新区",
  "开发区",
  "综保区",
];

/** Each zone's name without its kind (西青经济技术开发区 → 西青), kept only when no other zone shares it. */
function everydayNames(zones: LexiconZone[]): Map<LexiconZone, string[]> {
  const owners = new Map<string, LexiconZone[]>();
  for (const zone of zones) {
    for (const name of new Set([zone.name, ...zone.aliases].map((value) => normalizeText(value).replace(/\s+/g, "")))) {
      const suffix = ZONE_KIND_SUFFIXES.find((kind) => name.endsWith(kind));
      const stem = suffix ? name.slice(0, -suffix.length) : "";
      if ([...stem].length >= 2) owners.set(stem, [...new Set([...(owners.get(stem) ?? []), zone])]);
    }
  }
  const names = new Map<LexiconZone, string[]>();
  for (const [stem, [zone, ...others]] of owners) if (!others.length) names.set(zone, [...(names.get(zone) ?? []), stem]);
  return names;
}

/** Every way of replacing one element by the wildcard: [a, b, c] → "\0bc", "a\0c", "ab\0". */
function wildcardKeys(items: string[], separator = ""): string[] {
  return items.map((_, index) => items.map((item, at) => (at === index ? WILDCARD : item)).join(separator));
}

/** Every way of leaving one character out: 工业园区 → 业园区, 工园区, 工业区, 工业园. */
function deletions(chars: string[]): string[] {
  return chars.map((_, index) => [...chars.slice(0, index), ...chars.slice(index + 1)].join(""));
}
