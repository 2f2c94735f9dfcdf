import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enhanceScript, enhanceScriptSrc } from "@/lib/http-cache/enhance-asset";
import { countCharacters } from "@/lib/contributions/plain-text";

// public/enhance.js runs in the browser without a build step; loaded here without a document, it hands
// its pure parts to the test instead of touching the page.
type Enhance = {
  countCharacters: (value: string) => number;
  describeCount: (count: number, min: number, max: number) => { text: string; tone: string; announcement: string };
};

function loadEnhance(): Enhance {
  const source = readFileSync(path.join(process.cwd(), "public/enhance.js"), "utf8");
  const sandbox = { module: { exports: {} as Partial<Enhance> } };
  vm.runInNewContext(source, sandbox);
  return sandbox.module.exports as Enhance;
}

const enhance = loadEnhance();

describe("public/enhance.js", () => {
  it("counts 字数 exactly as the server does", () => {
    for (const sample of ["", "　　开发区 招商\n引资", "𠮷野家", "a\u200Bb\uFEFF", "Hello, 世界！\t2025年"]) {
      expect(enhance.countCharacters(sample), sample).toBe(countCharacters(sample));
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => enhance.countCharacters(value) === countCharacters(value)),
      { numRuns: 500 },
    );
  });

  it("says what the character-count field says for short, fitting and long texts", () => {
    expect(enhance.describeCount(0, 1000, 2000)).toEqual({ text: "当前 0 字", tone: "text-gray-500", announcement: "" });
    expect(enhance.describeCount(900, 1000, 2000)).toEqual({ text: "当前 900 字，还差 100 字", tone: "text-amber-700", announcement: "字数不足" });
    expect(enhance.describeCount(1200, 1000, 2000)).toEqual({ text: "当前 1200 字，字数符合要求", tone: "text-green-700", announcement: "字数符合要求" });
    expect(enhance.describeCount(2005, 1000, 2000)).toEqual({ text: "当前 2005 字，超出 5 字", tone: "text-amber-700", announcement: "字数超出上限" });
  });

  it("is referenced under a URL that changes with its content", () => {
    const script = enhanceScript();
    expect(enhanceScriptSrc()).toMatch(/^\/enhance\.js\?v=[\w-]{12}$/);
    expect(script.bodies.identity.toString("utf8")).toContain("data-count-output");
    expect(script.etag).toBe(`"${enhanceScriptSrc().split("=")[1]}"`);
  });
});
