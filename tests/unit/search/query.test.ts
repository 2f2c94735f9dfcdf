import { describe, expect, it } from "vitest";
import { nameMatchPatterns, tsqueryLiteral, tsvectorLiteral, quoteLexeme } from "@/lib/search/engines/embedded-text";
import { isEmptyQuery, parseQuery } from "@/lib/search/query";
import { indexTokens, queryWords, subWords } from "@/lib/search/segment";

describe("segmentation", () => {
  it("keeps project terms whole and finds them inside longer names", () => {
    expect(queryWords("西青经济技术开发区招商")).toEqual(["西青经济技术开发区", "招商"]);
    const tokens = indexTokens("天津经济技术开发区");
    expect(tokens).toEqual(expect.arrayContaining(["天津经济技术开发区", "经济技术开发区", "天津"]));
  });

  it("drops punctuation and stop words", () => {
    expect(queryWords("开发区的，招商！")).toEqual(["开发区", "招商"]);
  });

  it("splits a compound into smaller words", () => {
    expect(subWords("西青经开区")).toEqual(["西青", "经开区"]);
  });
});

describe("query parsing", () => {
  it("needs every word, each through any of its synonyms", () => {
    const query = parseQuery("经开区 招商");
    expect(query.terms.map((term) => term.word)).toEqual(["经开区", "招商"]);
    expect(query.terms[0].alternatives.map((alt) => alt[0].anyOf[0])).toEqual(expect.arrayContaining(["经开区", "经济技术开发区"]));
  });

  it("lets a compound match through its parts", () => {
    const [term] = parseQuery("澜州经开区").terms;
    expect(term.word).toBe("澜州经开区");
    const parts = term.alternatives.find((alternative) => alternative.length === 2);
    expect(parts?.map((slot) => slot.anyOf[0])).toEqual(["澜州", "经开区"]);
    expect(parts?.[1].anyOf).toContain("经济技术开发区");
  });

  it("matches latin words by prefix, for pinyin and initials", () => {
    const [term] = parseQuery("XQ").terms;
    expect(term.alternatives[0]).toEqual([{ anyOf: ["xq"], prefix: true }]);
  });

  it("recognises a 文号 query and normalises traditional input", () => {
    expect(parseQuery("澜商产业[2024]5号").docNumber).toBe("澜商产业〔2024〕5号");
    expect(parseQuery("蘇州").normalized).toBe("苏州");
  });

  it("treats blank and stop-word-only queries as empty", () => {
    expect(isEmptyQuery(parseQuery("   "))).toBe(true);
    expect(isEmptyQuery(parseQuery("的"))).toBe(true);
    expect(isEmptyQuery(parseQuery("园区"))).toBe(false);
  });
});

describe("tsvector and tsquery literals", () => {
  it("quotes lexemes safely", () => {
    expect(quoteLexeme("it's\\")).toBe("'it''s\\\\'");
  });

  it("weights fields and counts positions across them", () => {
    expect(tsvectorLiteral([{ weight: "A", tokens: ["西青", "园区"] }, { weight: "D", tokens: ["西青"] }])).toBe("'西青':1A,3D '园区':2A");
  });

  it("keeps at most 32 positions per lexeme", () => {
    const literal = tsvectorLiteral([{ weight: "D", tokens: Array(100).fill("园区") }]);
    expect(literal.split(",")).toHaveLength(32);
  });

  it("builds AND of ORs, with prefixes and weight restrictions", () => {
    const query = parseQuery("xq 招商");
    expect(tsqueryLiteral(query)).toBe("'xq':* & '招商'");
    expect(tsqueryLiteral(query, "AB")).toBe("'xq':*AB & '招商':AB");
    expect(tsqueryLiteral(parseQuery("SIP"))).toContain("'sip':* | '苏州工业园区'");
    expect(tsqueryLiteral(parseQuery(""))).toBeNull();
  });
});

describe("name matches", () => {
  it("offers every one-word spelling of a term as a LIKE pattern, escaped", () => {
    const [term] = parseQuery("经开区").terms;
    expect(nameMatchPatterns(term)).toEqual(expect.arrayContaining(["%经开区%", "%经济技术开发区%"]));
    expect(nameMatchPatterns({ word: "a_b", alternatives: [[{ anyOf: ["a_b%"], prefix: false }]] })).toEqual(["%a\\_b\\%%"]);
  });
});
