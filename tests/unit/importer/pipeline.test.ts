import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash, dryRunView, importText } from "@/lib/importer";
import { importedDocumentSchema } from "@/lib/importer/schema";

const NEWS = "园区新闻标题\n2025-03-01  来源：本站\n正文第一段。\n正文第二段。";

describe("importText", () => {
  it("gives nothing for text without content", () => {
    expect(importText("\n  \n", "a.txt")).toEqual([]);
  });

  it("never throws and always gives valid documents, whatever the text", () => {
    const piece = fc.constantFrom("园区", "开发区", "经开区", "。", "，", "\n", "\n\n", " ", "•", "【某区招商】", "2025-07-08", "第3期", "简报", "一、", "(一)", "上一篇", "(yuè)", "a", "< 本市动态 >", "送：各单位", "（来源：某报）", "来源:某处发布时间:2020-03-11阅读:5");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        for (const doc of importText(pieces.join(""), "x.txt")) expect(importedDocumentSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("contentHash", () => {
  const [doc] = importText(NEWS, "a.txt");

  it("is the same for the same text under another file name", () => {
    const [again] = importText(NEWS, "copy-of-a.txt");
    expect(contentHash(again)).toBe(contentHash(doc));
  });

  it("changes when anything a reader sees changes", () => {
    const [edited] = importText(NEWS.replace("第二段", "第三段"), "a.txt");
    expect(contentHash(edited)).not.toBe(contentHash(doc));
    expect(contentHash({ ...doc, publishedAt: "2025-03-02" })).not.toBe(contentHash(doc));
  });
});

describe("dryRunView", () => {
  it("prints the issue's fields in its order, publishedAt always, nothing internal", () => {
    const [doc] = importText(NEWS, "a.txt");
    expect(Object.keys(dryRunView(doc))).toEqual(["source", "kind", "title", "publishedAt", "body", "zones"]);
    expect(dryRunView({ ...doc, publishedAt: null }).publishedAt).toBeNull();
    expect(dryRunView(doc)).not.toHaveProperty("blocks");
    expect(dryRunView(doc)).not.toHaveProperty("sourceDepartment");
  });
});
