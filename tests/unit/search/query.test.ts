import { describe, expect, it } from "vitest";
import {
  facetLexemes,
  filteredTsqueryLiteral,
  nameMatchPatterns,
  nameTokensLiteral,
  quoteLexeme,
  tsqueryLiteral,
  tsvectorLiteral,
} from "@/lib/search/engines/embedded-text";
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

describe("facet lexemes and name tokens", () => {
  const P = "\uE000";

  it("stores each facet value as one lexeme, apart from any word", () => {
    const lexemes = facetLexemes({ kind: "policy", region: "西青区", zones: ["西青经济技术开发区", "西青经济技术开发区"], year: 2021 });
    expect(lexemes).toEqual([`${P}kind=policy`, `${P}region=西青区`, `${P}zone=西青经济技术开发区`, `${P}year=2021`]);
    expect(facetLexemes({ kind: "zone", region: null, zones: [], year: null })).toEqual([`${P}kind=zone`]);
    expect(indexTokens(lexemes.join(" ")).some((token) => token.startsWith(P))).toBe(false);
    expect(tsqueryLiteral(parseQuery(`${P}kind=policy`)) ?? "").not.toContain(P);
  });

  it("adds them to the tsvector without positions, once", () => {
    const literal = tsvectorLiteral([{ weight: "A", tokens: ["西青"] }], [`${P}kind=news`, "西青"]);
    expect(literal).toBe(`'西青':1A '${P}kind=news'`);
  });

  it("requires the filters' lexemes next to the text query, quoted", () => {
    expect(filteredTsqueryLiteral("'招商'", {})).toBe("'招商'");
    expect(filteredTsqueryLiteral("'招商' | '引资'", { kind: "news", region: "O'Hare", year: 2020 })).toBe(
      `('招商' | '引资') & '${P}kind=news' & '${P}region=O''Hare' & '${P}year=2020'`,
    );
    expect(filteredTsqueryLiteral("'招商'", { zone: "苏州工业园区" })).toBe(`('招商') & '${P}zone=苏州工业园区'`);
  });

  it("keeps the title and alias lexemes only, without positions", () => {
    const literal = nameTokensLiteral([
      { weight: "A", tokens: ["西青", "开发区", "西青"] },
      { weight: "B", tokens: ["xiqing"] },
      { weight: "D", tokens: ["正文词"] },
    ]);
    expect(literal).toBe("'西青' '开发区' 'xiqing'");
  });
});
