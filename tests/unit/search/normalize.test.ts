import { describe, expect, it } from "vitest";
import {
  normalizeDocNumber,
  normalizeText,
  pinyinKeys,
  pinyinTokens,
  queryDocNumber,
  synonymsOf,
  toSimplified,
} from "@/lib/search/normalize";

describe("normalisation", () => {
  it("turns traditional into simplified Chinese", () => {
    expect(toSimplified("蘇州工業園區")).toBe("苏州工业园区");
    expect(normalizeText("經濟技術開發區")).toBe("经济技术开发区");
  });

  it("folds full-width letters and case", () => {
    expect(normalizeText("ＴＥＤＡ　２０２４")).toBe("teda 2024");
  });

  it("spells every 文号 one way", () => {
    expect(normalizeDocNumber("澜商产业〔2024〕5号")).toBe("澜商产业〔2024〕5号");
    expect(normalizeDocNumber("澜商产业[2024]5号")).toBe("澜商产业〔2024〕5号");
    expect(normalizeDocNumber("澜商产业（2024） 05 号")).toBe("澜商产业〔2024〕5号");
    expect(normalizeDocNumber("瀾商產業〔2024〕5號")).toBe("澜商产业〔2024〕5号");
    expect(normalizeDocNumber("招商引资考核评价办法")).toBeNull();
  });

  it("recognises a query that is only a 文号", () => {
    expect(queryDocNumber(" 川商产业〔2020〕2号 ")).toBe("川商产业〔2020〕2号");
    expect(queryDocNumber("川商产业〔2020〕2号 解读")).toBeNull();
  });

  it("expands synonyms in both directions", () => {
    expect(synonymsOf("经开区")).toEqual(expect.arrayContaining(["经开区", "经济技术开发区"]));
    expect(synonymsOf("经济技术开发区")).toContain("经开区");
    expect(synonymsOf("高新区")).toContain("高新技术产业开发区");
    expect(synonymsOf("SIP")).toEqual(expect.arrayContaining(["sip", "苏州工业园区"]));
    expect(synonymsOf("TEDA")).toEqual(expect.arrayContaining(["teda", "泰达", "天津经开区"]));
    expect(synonymsOf("招商")).toEqual(["招商"]);
  });
});

describe("pinyin", () => {
  it("gives full pinyin and initials", () => {
    expect(pinyinKeys("西青")).toEqual({ full: "xiqing", initials: "xq" });
    expect(pinyinKeys("TEDA")).toBeNull();
  });

  it("gives each word's keys once, without one-letter initials", () => {
    expect(pinyinTokens(["西青", "西青", "区"])).toEqual(["xiqing", "xq", "qu"]);
  });
});
