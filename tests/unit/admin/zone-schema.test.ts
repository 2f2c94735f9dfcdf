import { describe, expect, it } from "vitest";
import {
  descriptionFromText,
  descriptionToText,
  duplicateIndicatorErrors,
  INDICATOR_COLUMNS,
  indicatorRowSchema,
  parseTableRows,
  readTableRows,
  splitList,
  updateZoneSchema,
} from "@/lib/zones/schema";

describe("zone editor schema", () => {
  it("splits lists on Chinese and Latin separators, without repeats", () => {
    expect(splitList("汽车、生物医药，新材料\n汽车;；电子信息")).toEqual(["汽车", "生物医药", "新材料", "电子信息"]);
    expect(splitList("")).toEqual([]);
  });

  it("reads table rows by index, ignoring blank rows and unknown columns", () => {
    const fields = {
      "rows.1.metric": "地区生产总值",
      "rows.1.year": "2024",
      "rows.0.metric": "实际使用外资",
      "rows.0.year": "2023",
      "rows.2.metric": " ",
      "rows.2.year": "",
      "rows.0.evil": "x",
      zoneId: "z1",
    };
    expect(readTableRows(fields, INDICATOR_COLUMNS)).toEqual([
      { number: 1, cells: { metric: "实际使用外资", year: "2023" } },
      { number: 2, cells: { metric: "地区生产总值", year: "2024" } },
    ]);
  });

  it("names the row of each problem as the editor sees it, blank rows counted", () => {
    const fields = {
      "rows.0.metric": "地区生产总值", "rows.0.year": "2024", "rows.0.value": "1234.5", "rows.0.unit": "亿元", "rows.0.sourceTitle": "统计公报",
      "rows.1.metric": "", "rows.1.year": "",
      "rows.2.metric": "实际使用外资", "rows.2.year": "二〇二四", "rows.2.value": "12,3", "rows.2.unit": "", "rows.2.sourceTitle": "统计公报",
    };
    const result = parseTableRows(indicatorRowSchema, readTableRows(fields, INDICATOR_COLUMNS));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^第 3 行：/);
    expect(result.errors[0]).toContain("年份必须是数字");
    expect(result.errors[0]).toContain("数值为数字");
    expect(result.errors[0]).toContain("请填写单位");
  });

  it("keeps indicator values exact (strings, at most 4 decimals)", () => {
    const result = parseTableRows(indicatorRowSchema, [{ number: 4, cells: { metric: "增速", year: "2024", value: "-3.1415", unit: "%", sourceTitle: "公报" } }]);
    expect(result).toEqual({ ok: true, rows: [{ number: 4, cells: { metric: "增速", year: 2024, value: "-3.1415", unit: "%", sourceTitle: "公报" } }] });
    expect(indicatorRowSchema.safeParse({ metric: "x", year: "2024", value: "1.23456", unit: "亿元", sourceTitle: "s" }).success).toBe(false);
  });

  it("finds a metric entered twice for the same year", () => {
    const row = { metric: "地区生产总值", year: 2024, value: "1", unit: "亿元", sourceTitle: "s" };
    expect(duplicateIndicatorErrors([{ number: 1, cells: row }, { number: 2, cells: { ...row, year: 2023 } }, { number: 5, cells: row }])).toEqual(["第 5 行：与第 1 行重复（地区生产总值，2024 年）"]);
  });

  it("parses the fields form: blanks become absent, lists split, numbers checked", () => {
    const parsed = updateZoneSchema.parse({ zoneId: "z1", version: "3", name: " 测试经开区 ", aliases: "测经开\n测试开发区\n测经开", level: "national_etdz", status: "draft", province: "", areaKm2: "12.5", industries: "汽车、电子", featuredRank: "" });
    expect(parsed).toMatchObject({ version: 3, name: "测试经开区", aliases: ["测经开", "测试开发区"], areaKm2: 12.5, industries: ["汽车", "电子"], description: "" });
    expect(parsed.province).toBeUndefined();
    expect(parsed.featuredRank).toBeUndefined();
    expect(updateZoneSchema.safeParse({ zoneId: "z1", version: "1", name: "测试经开区", level: "national_etdz", status: "draft", website: "javascript:alert(1)" }).success).toBe(false);
  });

  it("round-trips a description with headings, paragraphs and lists", () => {
    const text = "## 发展历程\n\n1984 年设立。\n\n## 主导产业\n\n- 汽车\n- 生物医药";
    const blocks = descriptionFromText(text);
    expect(blocks).toEqual([
      { type: "heading", level: 2, text: "发展历程" },
      { type: "paragraph", text: "1984 年设立。" },
      { type: "heading", level: 2, text: "主导产业" },
      { type: "list", ordered: false, items: ["汽车", "生物医药"] },
    ]);
    expect(descriptionToText(blocks)).toBe(text);
  });
});
