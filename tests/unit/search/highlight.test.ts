import { describe, expect, it } from "vitest";
import { highlightParts, makeSnippet, matchRanges } from "@/lib/search/highlight";

describe("highlighting", () => {
  it("marks every occurrence, merging overlaps, case-insensitively", () => {
    expect(matchRanges("经济技术开发区与开发区", ["开发区", "技术开发区"])).toEqual([
      [2, 7],
      [8, 11],
    ]);
    expect(highlightParts("TEDA 泰达", ["teda"])).toEqual([
      { text: "TEDA", match: true },
      { text: " 泰达", match: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    const parts = highlightParts("<script>园区</script>", ["园区"]);
    expect(parts.map((part) => part.text).join("")).toBe("<script>园区</script>");
    expect(parts.find((part) => part.match)?.text).toBe("园区");
  });

  it("returns the whole text unmarked when nothing matches", () => {
    expect(highlightParts("园区", ["西青"])).toEqual([{ text: "园区", match: false }]);
  });
});

describe("snippets", () => {
  const body = `${"前文。".repeat(60)}西青开发区招商引资取得新进展。${"后文。".repeat(60)}`;

  it("centres on the matches and marks the cuts", () => {
    const snippet = makeSnippet(body, ["西青", "招商"], 60);
    expect(snippet).toContain("西青开发区招商引资");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(62);
  });

  it("starts at the beginning when nothing matches", () => {
    expect(makeSnippet(body, ["滨海"], 30).startsWith("前文。")).toBe(true);
  });
});
