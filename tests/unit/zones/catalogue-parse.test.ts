import { describe, expect, it } from "vitest";
import { cleanZoneName, parseApprovedAt, parseArea, parseCatalogueRows, provinceName, readSectionHeading } from "@/lib/zones/catalogue/parse";
import { readCatalogueFile, readCatalogueText, readDelimited, readHtmlTables, readPastedText } from "@/lib/zones/catalogue/read";

// Invented zones in the catalogue's shape (no real catalogue text).
describe("catalogue fields", () => {
  it.each([
    ["1988.06", "1988-06"],
    ["1988.6", "1988-06"],
    ["1988年6月", "1988-06"],
    ["1988 年 6 月", "1988-06"],
    ["1988-06", "1988-06"],
    ["1988/6/12", "1988-06"],
    ["1988-06-12", "1988-06"],
    ["1988年6月12日", "1988-06"],
    ["198806", "1988-06"],
    ["2012．03", "2012-03"],
  ])("批准时间 %s → %s", (text, month) => expect(parseApprovedAt(text)).toBe(month));

  it.each(["1988.13", "六月", "1788.01", ""])("refuses 批准时间 %j", (text) => expect(parseApprovedAt(text)).toBeNull());

  it("reads 公顷 as given and converts 平方公里", () => {
    expect(parseArea("1 330", "hectare")).toEqual({ hectares: 1330, converted: false });
    expect(parseArea("65.2", "hectare")).toEqual({ hectares: 65.2, converted: false });
    expect(parseArea("12.5", "km2")).toEqual({ hectares: 1250, converted: true });
    expect(parseArea("3.21平方公里", "hectare")).toEqual({ hectares: 321, converted: true });
    expect(parseArea("约一千", "hectare")).toBeNull();
  });

  it("knows provinces by full and short names, and section headings by meaning", () => {
    expect(provinceName("内蒙古")).toBe("内蒙古自治区");
    expect(provinceName("上海")).toBe("上海市");
    expect(provinceName("蓝江")).toBeNull();
    expect(readSectionHeading("一、北京市")).toEqual({ province: "北京市" });
    expect(readSectionHeading("国家级开发区")).toEqual({ level: "national", type: null });
    expect(readSectionHeading("（二）高新技术产业开发区")).toEqual({ type: "hitech" });
    expect(readSectionHeading("省级开发区")).toEqual({ level: "provincial", type: null });
    expect(readSectionHeading("边境/跨境经济合作区")).toEqual({ type: "border" });
    expect(readSectionHeading("蓝江经济技术开发区")).toBeNull();
    expect(cleanZoneName(" 蓝江 经济技术开发区* ")).toBe("蓝江经济技术开发区");
  });
});

describe("parseCatalogueRows", () => {
  it("follows section rows and finds the header by meaning, in any column order", () => {
    const { entries, warnings } = parseCatalogueRows({
      name: "摘录",
      rows: [
        ["国家级开发区"],
        ["江苏省"],
        ["经济技术开发区"],
        ["主导产业", "设立时间", "开发区名称", "面积（平方公里）", "序号"],
        ["汽车、装备制造", "1992年5月", "蓝江经济技术开发区", "12.5", "1"],
        ["高新技术产业开发区"],
        ["新材料,电子信息", "2010-09", "青岚高新技术产业开发区", "8", "2"],
        ["省级开发区"],
        ["食品", "2006.03", "雾山经济开发区", "3.4", "3"],
      ],
    });
    expect(entries.map(({ origin: _origin, ...entry }) => entry)).toEqual([
      { name: "蓝江经济技术开发区", level: "national_etdz", type: "etdz", province: "江苏省", city: null, approvedAt: "1992-05", areaHectares: 1250, industries: ["汽车", "装备制造"] },
      { name: "青岚高新技术产业开发区", level: "national_hitech", type: "hitech", province: "江苏省", city: null, approvedAt: "2010-09", areaHectares: 800, industries: ["新材料", "电子信息"] },
      { name: "雾山经济开发区", level: "provincial", type: "etdz", province: "江苏省", city: null, approvedAt: "2006-03", areaHectares: 340, industries: ["食品"] },
    ]);
    expect(warnings.map((warning) => warning.message)).toEqual(["面积以平方公里给出，已换算为公顷（1 平方公里 = 100 公顷）"]);
  });

  it("takes level, type and province from columns when the table has them", () => {
    const { entries } = parseCatalogueRows({
      name: "表",
      rows: [
        ["名称", "级别", "类型", "省份", "城市", "批准时间", "核准面积(公顷)"],
        ["白石综合保税区", "国家级", "海关特殊监管区域", "广西", "白石市", "2015.06", "120"],
      ],
    });
    expect(entries[0]).toMatchObject({ name: "白石综合保税区", level: "national_other", type: "customs", province: "广西壮族自治区", city: "白石市", areaHectares: 120 });
  });

  it("reports what it cannot read and skips rows without a name", () => {
    const { entries, warnings } = parseCatalogueRows({
      name: "表",
      rows: [["序号", "开发区名称", "批准时间", "核准面积(公顷)"], ["1", "蓝江经济技术开发区", "九二年", "约一千"], ["2", "", "1992.05", "10"], ["说明：本表为摘录"]],
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ approvedAt: null, areaHectares: null });
    expect(warnings.map((warning) => warning.message)).toEqual([
      "蓝江经济技术开发区：无法识别批准时间“九二年”",
      "蓝江经济技术开发区：无法识别面积“约一千”",
      "缺少开发区名称，已跳过",
      "未识别的行：说明：本表为摘录",
    ]);
  });
});

describe("readers", () => {
  it("reads quoted CSV cells with commas, quotes and line breaks, and TSV", () => {
    expect(readDelimited('名称,主导产业\n"蓝江经开区","汽车,""装备""\n制造"\n')).toEqual([["名称", "主导产业"], ["蓝江经开区", '汽车,"装备"\n制造']]);
    expect(readDelimited("名称\t面积\r\n蓝江\t12\r\n")).toEqual([["名称", "面积"], ["蓝江", "12"]]);
  });

  it("reads pasted web text (|) and PDF text (spaces), joining wrapped 主导产业 lines", () => {
    expect(readPastedText("| 1 | 蓝江经济技术开发区 | 1992.05 | 1250 | 汽车 |")).toEqual([["1", "蓝江经济技术开发区", "1992.05", "1250", "汽车"]]);
    const pdf = readCatalogueText("国家级开发区\n江苏省\n经济技术开发区\n1 蓝江经济技术开发区 1992.05 1250 汽车、装备制造、\n新材料\n", "粘贴");
    expect(pdf.entries).toHaveLength(1);
    expect(pdf.entries[0]).toMatchObject({ name: "蓝江经济技术开发区", level: "national_etdz", province: "江苏省", approvedAt: "1992-05", areaHectares: 1250, industries: ["汽车", "装备制造", "新材料"] });
  });

  it("reads the 2018 edition's zone codes as a column of their own, pasted or under a 代码 header", () => {
    const pdf = readCatalogueText("国家级开发区\n经济技术开发区\n1 G991001 蓝江经济技术开发区 1992.05 1250 汽车\n", "粘贴");
    expect(pdf.entries.map((entry) => [entry.name, entry.approvedAt, entry.areaHectares])).toEqual([["蓝江经济技术开发区", "1992-05", 1250]]);
    const table = parseCatalogueRows({ name: "表", rows: [["序号", "代码", "开发区名称", "批准时间"], ["1", "S991002", "雾山经济开发区", "2006.03"]] });
    expect(table.entries.map((entry) => entry.name)).toEqual(["雾山经济开发区"]);
  });

  it("reads every row of an HTML table, sections spanning the columns", () => {
    const html = "<table><tr><th>序号</th><th>开发区名称</th><th>批准时间</th></tr><tr><td colspan=3>高新技术产业开发区</td></tr><tr><td>1</td><td><b>青岚</b>高新技术产业开发区</td><td>2010.9</td></tr></table>";
    expect(readHtmlTables(html)).toEqual([["序号", "开发区名称", "批准时间"], ["高新技术产业开发区"], ["1", "青岚高新技术产业开发区", "2010.9"]]);
    expect(readCatalogueText(html, "网页").entries[0]).toMatchObject({ name: "青岚高新技术产业开发区", type: "hitech", approvedAt: "2010-09" });
  });
});

describe("a file the catalogue import cannot read", () => {
  it("is refused naming the catalogue's own formats", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    await expect(readCatalogueFile(png, "目录.csv")).rejects.toThrow(/目录\.csv 是PNG 图片，请上传 \.csv、\.tsv、\.txt、\.xlsx、\.html、\.htm 文件/);
  });
});
