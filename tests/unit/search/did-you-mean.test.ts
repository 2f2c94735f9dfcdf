import { describe, expect, it } from "vitest";
import { suggestCorrection } from "@/lib/search/did-you-mean";
import { Lexicon, type LexiconSource, type LexiconZone } from "@/lib/search/lexicon";
import { parseQuery } from "@/lib/search/query";

/** Invented names and titles in the portal's shape; the rules are checked against them, not against real pages. */
const zone = (name: string, aliases: string[], slug: string): LexiconZone => ({
  slug,
  name,
  aliases,
  level: "national_etdz",
  province: "澜江省",
  city: "澜州市",
  industries: ["新能源电池"],
  summary: null,
});

const SOURCE: LexiconSource = {
  zones: [
    zone("西青经济技术开发区", ["西青经开区", "西青开发区"], "xiqing"),
    zone("苏州工业园区", ["SIP", "苏州园区"], "suzhou-sip"),
    zone("苏州高新技术产业开发区", ["苏州高新区"], "suzhou-snd"),
    zone("澄湖高新技术产业开发区", ["澄湖高新区"], "chenghu"),
  ],
  texts: ["澄湖高新区举办数字经济招商推介会", "望海区关于加快光伏储能产业发展的若干措施", "澜州市商务局"],
};

const lexicon = new Lexicon(SOURCE);
const correct = (q: string) => suggestCorrection(parseQuery(q), lexicon);

describe("the correction lexicon", () => {
  it("holds zone names, aliases, title words, issuers and the project dictionary", () => {
    for (const word of ["西青经开区", "苏州园区", "光伏", "储能", "商务局", "招商引资"]) expect(lexicon.has(word)).toBe(true);
    expect(lexicon.has("区")).toBe(false);
  });

  it("finds a homophone: the same pinyin without tones", () => {
    expect(lexicon.correct("西清")).toEqual({ word: "西青", rule: "homophone" });
    expect(lexicon.correct("苏州工业圆区")).toEqual({ word: "苏州工业园区", rule: "homophone" });
    expect(lexicon.correct("光福")).toEqual({ word: "光伏", rule: "homophone" });
    expect(lexicon.correct("储鞥")).toBeNull();
  });

  it("finds a word one wrong character away (three characters or more)", () => {
    expect(lexicon.correct("苏州工业花区")).toEqual({ word: "苏州工业园区", rule: "wrong-character" });
    expect(lexicon.correct("澄湖搞新区")).toEqual({ word: "澄湖高新区", rule: "homophone" });
    expect(lexicon.correct("澄湖高薪区")).toEqual({ word: "澄湖高新区", rule: "homophone" });
    expect(lexicon.correct("澄湖中新区")).toEqual({ word: "澄湖高新区", rule: "wrong-character" });
  });

  it("finds a word one wrong syllable away, the pick of a pinyin input method (four characters or more)", () => {
    expect(lexicon.correct("招商银引")).toEqual({ word: "招商引资", rule: "wrong-syllable" });
  });

  it("finds a word with a dropped or an extra character", () => {
    expect(lexicon.correct("苏州工园区")).toEqual({ word: "苏州工业园区", rule: "dropped-character" });
    expect(lexicon.correct("苏州工业园园区")).toEqual({ word: "苏州工业园区", rule: "extra-character" });
  });

  it("reads latin letters as pinyin", () => {
    expect(lexicon.correct("xiqing")).toEqual({ word: "西青", rule: "pinyin" });
    expect(lexicon.correct("qwerty")).toBeNull();
  });

  it("does not correct a word it knows, nor two-character words by edits", () => {
    expect(lexicon.correct("光伏")).toBeNull();
    expect(lexicon.correct("光储")).toBeNull();
  });

  it("names a zone by its name, alias, short name, pinyin, or inside a longer query", () => {
    expect(lexicon.zoneNamedBy("西青经济技术开发区")?.slug).toBe("xiqing");
    expect(lexicon.zoneNamedBy("西青经开区")?.slug).toBe("xiqing");
    expect(lexicon.zoneNamedBy("sip")?.slug).toBe("suzhou-sip");
    expect(lexicon.zoneNamedBy("chenghugaoxinqu")?.slug).toBe("chenghu");
    expect(lexicon.zoneNamedBy("澄湖高新区 招商推介")?.slug).toBe("chenghu");
    expect(lexicon.zoneNamedBy("西青")?.slug).toBe("xiqing");
    expect(lexicon.zoneNamedBy("xiqing")?.slug).toBe("xiqing");
    expect(lexicon.zoneNamedBy("光伏储能")).toBeNull();
    expect(lexicon.zoneNamedBy("苏州"), "two zones are called 苏州: neither by that name").toBeNull();
  });
});

describe("您是不是要找", () => {
  it("corrects the whole query when it is one misspelt name", () => {
    expect(correct("西清经开区")).toEqual({ query: "西青经开区", rules: ["homophone"] });
    expect(correct("苏州工业花区")).toEqual({ query: "苏州工业园区", rules: ["wrong-character"] });
  });

  it("corrects the misspelt part and keeps the rest as typed", () => {
    expect(correct("西清 光伏")?.query).toBe("西青 光伏");
    expect(correct("招商银引 储能")?.query).toBe("招商引资 储能");
  });

  it("rejoins what jieba cut apart before correcting it", () => {
    expect(parseQuery("招商银引").terms.map((term) => term.word)).toEqual(["招商", "银引"]);
    expect(correct("招商银引")?.query).toBe("招商引资");
    expect(correct("西清光伏")?.query).toBe("西青光伏");
  });

  it("when the query found something, corrects only stray characters, never a real word the titles lack", () => {
    const strict = (q: string) => suggestCorrection(parseQuery(q), lexicon, { strict: true });
    expect(strict("西清")?.query).toBe("西青");
    expect(strict("商务部")).toBeNull();
    expect(correct("商务部")?.query).toBe("商务局");
  });

  it("prefers the nearest sound where corrections overlap, and never drops a character that is not doubled", () => {
    // 人工智能产 would also be "人工智能 with an extra 产"; 产叶 sounds like 产业, a title word
    expect(correct("光伏人工智能产叶")).toEqual({ query: "光伏人工智能产业", rules: ["homophone"] });
    expect(lexicon.correct("储能光伏伏")).toBeNull();
  });

  it("does not take a neighbour's name for a correction", () => {
    expect(correct("澄湖高新区光伏储能")).toBeNull();
    expect(correct("澄 湖高新区")).toBeNull();
  });

  it("leaves a query of known words alone", () => {
    expect(correct("招商引资")).toBeNull();
    expect(correct("西青 光伏 储能")).toBeNull();
  });
});
