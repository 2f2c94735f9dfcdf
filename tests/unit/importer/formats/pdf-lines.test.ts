import { describe, expect, it } from "vitest";
import { paragraphsFromPages, unifyRadicals, type PdfPage, type PdfRun } from "@/lib/importer/formats/pdf";

/** Invented page layout: 12 pt text, left margin 50, lines 18 pt apart, 30 characters to a full line. */
const SIZE = 12;
const LEFT = 50;
function line(text: string, y: number, options: { indent?: number; size?: number; x?: number } = {}): PdfRun {
  const size = options.size ?? SIZE;
  return { text, x: options.x ?? LEFT + (options.indent ?? 0) * size, y, width: [...text].length * size, fontSize: size };
}
function page(...runs: PdfRun[]): PdfPage {
  return { runs };
}
const FULL_A = "松岭省禾丰县近日召开全县重点项目建设推进会，会议听取了各乡镇和开发";
const FULL_B = "区管委会关于一季度重点项目进展情况的汇报，研究部署下一阶段重点工作任";

describe("PDF lines → paragraphs", () => {
  it("joins a full line with the line that continues it, and starts a paragraph at an indent, a short line or a heading", () => {
    const paragraphs = paragraphsFromPages([
      page(
        line("禾丰县召开重点项目推进会", 800, { x: 150 }),
        line(FULL_A.slice(2), 770, { indent: 2 }),
        line(FULL_B, 752),
        line("务。", 734),
        line("一、总体要求", 716),
        line(FULL_A.slice(2), 698, { indent: 2 }),
        line("会议要求加快进度。", 680),
      ),
    ]);
    expect(paragraphs).toEqual([
      "禾丰县召开重点项目推进会",
      `${FULL_A.slice(2)}${FULL_B}务。`,
      "一、总体要求",
      `${FULL_A.slice(2)}会议要求加快进度。`,
    ]);
  });

  it("drops running headers, footers and page numbers, and joins a paragraph cut by the page break", () => {
    const header = (n: number) => line(`禾丰县人民政府公报 2026年第${n}期`, 820, { x: 200, size: 9 });
    const paragraphs = paragraphsFromPages([
      page(header(3), line(FULL_A, 780), line(FULL_B, 762), line("- 1 -", 40, { x: 250 })),
      page(header(3), line("务，确保全年目标完成。", 780), line("第 2 页 共 2 页", 40, { x: 240 })),
    ]);
    expect(paragraphs).toEqual([`${FULL_A}${FULL_B}务，确保全年目标完成。`]);
  });

  it("keeps a wide gap between paragraphs as a break even after a full line", () => {
    const paragraphs = paragraphsFromPages([page(line(FULL_A, 780), line(FULL_B, 740))]);
    expect(paragraphs).toEqual([FULL_A, FULL_B]);
  });

  it("breaks a heading line before a number that does not fit, and joins it", () => {
    const big = 24;
    // 15 × 24 pt ends 48 pt short of the body's 408-wide column: "2026年度…" did not fit after it
    const title = "禾丰县关于开展全面核查重点企业";
    const paragraphs = paragraphsFromPages([
      page(
        line(title, 800, { size: big }),
        line("2026年度项目申报工作的通知", 770, { size: big }),
        line(FULL_A, 700),
        line(FULL_B, 682),
      ),
    ]);
    expect(paragraphs[0]).toBe(`${title}2026年度项目申报工作的通知`);
  });

  it("maps radical code points that fonts emit back to the characters they stand for", () => {
    expect(unifyRadicals("⻘⽲市⻔⼾⽹站")).toBe("青禾市门户网站");
    expect(unifyRadicals("（一）：，。")).toBe("（一）：，。");
  });
});
