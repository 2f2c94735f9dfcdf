import { describe, expect, it } from "vitest";
import { findHalfWidthPunctuation, hasBlockingIssues, isValidDocNumber, isValidLink, runPublishChecks, suggestDocNumber, type CheckInput } from "@/lib/articles/checks";
import { parseMarkdown } from "@/lib/content/markdown";

const base: CheckInput = {
  kind: "news",
  title: "经开区举行项目集中签约仪式",
  source: "经开区管委会",
  publishedAt: new Date("2026-11-20T00:00:00Z"),
  body: parseMarkdown("## 签约情况\n\n本次共签约项目 12 个，总投资 300 亿元。"),
};

const statusOf = (input: CheckInput, id: string) => runPublishChecks(input).find((check) => check.id === id)?.status;

describe("pre-publish checks", () => {
  it("passes a complete article", () => {
    const results = runPublishChecks(base);
    expect(results.every((check) => check.status === "pass")).toBe(true);
    expect(hasBlockingIssues(results)).toBe(false);
  });

  it("requires 来源 and 发布时间 (a scheduled time counts)", () => {
    expect(statusOf({ ...base, source: "  " }, "source")).toBe("error");
    expect(statusOf({ ...base, publishedAt: null }, "publishedAt")).toBe("error");
    expect(statusOf({ ...base, publishedAt: null, publishAt: new Date() }, "publishedAt")).toBe("pass");
    expect(hasBlockingIssues(runPublishChecks({ ...base, source: null }))).toBe(true);
  });

  it("checks 文号 only for policies, and suggests the fix", () => {
    expect(statusOf({ ...base, docNumber: "乱写" }, "docNumber")).toBeUndefined();
    expect(statusOf({ ...base, kind: "policy", docNumber: "川商产业〔2020〕2号" }, "docNumber")).toBe("pass");
    expect(statusOf({ ...base, kind: "policy", docNumber: null }, "docNumber")).toBe("warning");
    const wrong = runPublishChecks({ ...base, kind: "policy", docNumber: "川商产业[2020]第2号" }).find((check) => check.id === "docNumber");
    expect(wrong).toMatchObject({ status: "error", details: ["应为“川商产业〔2020〕2号”"] });
  });

  it("reads 文号 strictly", () => {
    for (const valid of ["川商产业〔2020〕2号", "国发〔2019〕11号", "津政办规〔2021〕103号"]) expect(isValidDocNumber(valid)).toBe(true);
    for (const invalid of ["川商产业(2020)2号", "川商产业〔2020〕第2号", "川商产业〔20〕2号", "〔2020〕2号", "川商产业〔2020〕02号", "川商产业〔2020〕2"]) expect(isValidDocNumber(invalid)).toBe(false);
    expect(suggestDocNumber("国发（2019）011号")).toBe("国发〔2019〕11号");
    expect(suggestDocNumber("国发【2019】第11号")).toBe("国发〔2019〕11号");
  });

  it("wants alt text on every image and no empty headings", () => {
    expect(statusOf({ ...base, body: parseMarkdown("![](/api/media/a.png)") }, "imageAlt")).toBe("error");
    expect(statusOf({ ...base, body: parseMarkdown("![厂房外景](/api/media/a.png)") }, "imageAlt")).toBe("pass");
    expect(statusOf({ ...base, body: parseMarkdown("##\n\n正文。") }, "emptyHeadings")).toBe("error");
  });

  it("flags links that cannot work", () => {
    const results = runPublishChecks({ ...base, body: parseMarkdown("[a](javascript:alert(1)) [b](https://) [c](/news/x) [d](http://www.gov.cn/x) [e](mailto:bad)") });
    const links = results.find((check) => check.id === "links");
    expect(links?.status).toBe("error");
    expect(links?.details).toEqual(["a → javascript:alert(1)", "b → https://", "e → mailto:bad"]);
    expect(isValidLink("https://www.gov.cn/zhengce/a.htm")).toBe(true);
    expect(isValidLink("/policies/a b")).toBe(false);
  });

  it("warns about half-width punctuation in Chinese text, but does not block", () => {
    const input = { ...base, title: "开发区,项目签约", body: parseMarkdown("园区(天津)完成投资.English, fine. 版本 1.5 正常") };
    const results = runPublishChecks(input);
    expect(results.find((check) => check.id === "punctuation")).toMatchObject({ status: "warning" });
    expect(hasBlockingIssues(results)).toBe(false);
    expect(findHalfWidthPunctuation("开发区,项目")).toEqual(["“…开发区,项目…”：“,”应为“，”"]);
    expect(findHalfWidthPunctuation("园区(天津)完成投资.")).toHaveLength(3);
    expect(findHalfWidthPunctuation("Made in China, 2025. 版本 1.5，正常。")).toEqual([]);
  });
});
