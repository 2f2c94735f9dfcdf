import { describe, expect, it } from "vitest";
import { documentFromForm } from "@/lib/importer/form";
import { importFormSchema } from "@/lib/importer/schema";

const base = { source: "粘贴文本", kind: "policy", title: "某局关于开展评价工作的通知", publishedAt: "2024-03-05", zones: "" };

describe("import form", () => {
  it("turns an editor's corrections into a document, re-reading headings from the body", () => {
    const form = importFormSchema.parse({
      ...base,
      docNumber: " 某发〔2024〕7号 ",
      issuer: "某局",
      region: "",
      readCount: "12",
      body: "各单位：\n\n一、评价对象\n\n市级以上孵化器。\n第二行接在同一段。",
      zones: "禾丰经开区、松岭高新区，禾丰经开区",
      publisher: "不属于政策的字段",
    });
    const doc = documentFromForm(form);
    expect(doc).toMatchObject({ kind: "policy", docNumber: "某发〔2024〕7号", issuer: "某局", readCount: 12, zones: ["禾丰经开区", "松岭高新区"] });
    expect(doc).not.toHaveProperty("region");
    expect(doc).not.toHaveProperty("publisher");
    expect(doc.body).toBe("各单位：\n\n一、评价对象\n\n市级以上孵化器。第二行接在同一段。");
    expect(doc.blocks?.[1]).toEqual({ type: "heading", level: 1, text: "一、评价对象" });
  });

  it("keeps a bulletin's parsed sections and its distribution lines", () => {
    const sections = [{ title: "园区动态", items: [{ title: "条目", body: "正文。", source: "某报" }] }];
    const doc = documentFromForm(
      importFormSchema.parse({ ...base, kind: "bulletin", publisher: "某协会", issueNumber: "3", sections: JSON.stringify(sections), distribution: "送：甲\n\n发：乙" }),
    );
    expect(doc).toMatchObject({ kind: "bulletin", publisher: "某协会", issueNumber: 3, sections, distribution: ["送：甲", "发：乙"] });
    expect(doc).not.toHaveProperty("body");
  });

  it("reports bad fields by name", () => {
    const result = importFormSchema.safeParse({ ...base, title: " ", publishedAt: "2024-3-5", issueNumber: "第三期", sections: "{oops" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(["title", "publishedAt", "issueNumber", "sections"]));
  });

  it("treats an empty date as no date", () => {
    expect(importFormSchema.parse({ ...base, publishedAt: "" }).publishedAt).toBeNull();
  });
});
