import { describe, expect, it } from "vitest";
import {
  closeLetterSpacing,
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

  it("reads a 文号 typed loosely: any brackets or none, 第, spaces, full-width digits, no 号", () => {
    for (const typed of ["苏商开发2021 58号", "苏商开发[2021]58", "苏商开发【2021】第58号", "苏商开发(2021)58号", "苏商开发２０２１　５８", "苏商开发 2021 58", "苏商开发202158号"]) {
      expect(normalizeDocNumber(typed), typed).toBe("苏商开发〔2021〕58号");
    }
  });

  it("does not read digits run together, or unmatched brackets, as a 文号", () => {
    expect(normalizeDocNumber("苏商开发202158")).toBeNull();
    expect(normalizeDocNumber("苏商开发[2021 58")).toBeNull();
  });

  it("closes up letter-spaced Chinese and leaves spaces between words alone", () => {
    expect(normalizeText("工 作 简 报")).toBe("工作简报");
    expect(normalizeText("工　作　簡　報 第 3 期")).toBe("工作简报第 3 期");
    expect(normalizeText("西青 招商")).toBe("西青 招商");
    expect(normalizeText("西 青")).toBe("西 青");
    expect(closeLetterSpacing("2025 年 工 作 要 点")).toBe("2025 年工作要点");
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
