import { describe, expect, it } from "vitest";
import { articleSnapshot, diffArticleSnapshots, parseArticleSnapshot } from "@/lib/revisions/article";
import { diffLines, diffSnapshots, displayValue } from "@/lib/revisions/diff";

describe("line diff", () => {
  it("finds insertions, deletions and unchanged lines", () => {
    expect(diffLines(["a", "b", "c"], ["a", "x", "c", "d"])).toEqual([
      { op: "equal", text: "a" },
      { op: "delete", text: "b" },
      { op: "insert", text: "x" },
      { op: "equal", text: "c" },
      { op: "insert", text: "d" },
    ]);
  });

  it("is empty-safe and reconstructs both sides", () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines([], ["a"])).toEqual([{ op: "insert", text: "a" }]);
    const before = ["一", "二", "三", "四", "五"];
    const after = ["零", "二", "四", "五", "六", "二"];
    const diff = diffLines(before, after);
    expect(diff.filter((line) => line.op !== "insert").map((line) => line.text)).toEqual(before);
    expect(diff.filter((line) => line.op !== "delete").map((line) => line.text)).toEqual(after);
    expect(diff.filter((line) => line.op === "equal").map((line) => line.text)).toEqual(["二", "四", "五"]);
  });
});

describe("revision diff", () => {
  const article = {
    title: "旧标题",
    slug: "jiu-biaoti",
    status: "draft" as const,
    summary: null,
    source: "管委会",
    author: null,
    region: null,
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    publishAt: null,
    unpublishAt: null,
    docNumber: null,
    issuer: null,
    writtenAt: null,
    indexNumber: null,
    validity: null,
    replacedById: null,
    body: [
      { type: "heading" as const, level: 1 as const, text: "概况" },
      { type: "paragraph" as const, text: "第一段。" },
    ],
  };

  it("lists changed fields with labels and diffs the body as Markdown", () => {
    const before = articleSnapshot(article);
    const after = articleSnapshot({ ...article, title: "新标题", source: null, body: [...article.body, { type: "paragraph", text: "新增一段。" }] });
    const diff = diffArticleSnapshots(before, after);
    expect(diff.changed).toBe(true);
    expect(diff.fields).toEqual([
      { field: "title", label: "标题", before: "旧标题", after: "新标题" },
      { field: "source", label: "来源", before: "管委会", after: "（空）" },
    ]);
    expect(diff.body.filter((line) => line.op !== "equal")).toEqual([
      { op: "insert", text: "" },
      { op: "insert", text: "新增一段。" },
    ]);
  });

  it("reports no change between identical revisions", () => {
    const snapshot = articleSnapshot(article);
    expect(diffArticleSnapshots(snapshot, snapshot)).toEqual({ fields: [], body: [{ op: "equal", text: "# 概况" }, { op: "equal", text: "" }, { op: "equal", text: "第一段。" }], changed: false });
  });

  it("reads older, thinner revisions (e.g. written when a contribution was accepted)", () => {
    const snapshot = parseArticleSnapshot({ title: "来稿", body: [{ type: "paragraph", text: "正文" }], source: "某单位", status: "draft" });
    expect(snapshot).toMatchObject({ title: "来稿", source: "某单位", docNumber: null, body: [{ type: "paragraph", text: "正文" }] });
    expect(parseArticleSnapshot({ nope: true })).toBeNull();
  });

  it("compares any snapshots generically", () => {
    const diff = diffSnapshots({ a: 1, b: ["x"], text: "l1" }, { a: 2, b: ["x"], text: "l1\nl2" }, { a: "甲", b: "乙" }, (s) => s.text);
    expect(diff.fields).toEqual([{ field: "a", label: "甲", before: "1", after: "2" }]);
    expect(diff.body).toEqual([{ op: "equal", text: "l1" }, { op: "insert", text: "l2" }]);
    expect(displayValue(undefined)).toBe("（空）");
  });
});
