import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { benchImporterQuality, checkPage, type QualityLabel } from "@/scripts/bench/importer-quality";

/** The importer-quality bench scores what it claims to: invented pages, labels that are right and wrong. */
const PAGE = ["当前位置：首页 > 园区动态", "园区召开二季度项目推进会", "发布时间：2024-05-06 来源：区经信局", "5月6日，园区召开二季度项目推进会，部署下一阶段重点项目建设工作。"].join("\n");
const label: QualityLabel = {
  url: "https://example.cn/a.html",
  set: "dev",
  title: "园区召开二季度项目推进会",
  publishedAt: "2024-05-06",
  kind: "news",
  keep: ["部署下一阶段重点项目建设工作。"],
  chrome: ["当前位置"],
};
const failing = (checks: ReturnType<typeof checkPage>) => checks.filter((check) => !check.ok).map((check) => check.field);

describe("importer-quality bench", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "import-quality-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes every field of a page the importer reads right", () => {
    expect(failing(checkPage(PAGE, label, "a.txt"))).toEqual([]);
  });

  it("fails the fields a label says otherwise, a lost sentence and a surviving chrome line", () => {
    const wrong = { ...label, title: "另一个标题", publishedAt: "2024-05-07", kind: "policy" as const, keep: ["这句话不在原文里。"], chrome: ["园区召开"] };
    expect(failing(checkPage(PAGE, wrong, "a.txt"))).toEqual(["title", "publishedAt", "kind", "body kept", "chrome removed"]);
  });

  it("wants a warning for a page without a headline or a date", () => {
    const untitled = "6月2日上午，青禾高新区举行科技成果对接会，二十余家企业与高校签订合作协议。";
    expect(failing(checkPage(untitled, { ...label, title: null, publishedAt: null, keep: [untitled], chrome: [] }, "b.txt"))).toEqual([]);
  });

  it("prints a row per field and set, and says so when the folder is missing", async () => {
    writeFileSync(path.join(dir, "a.txt"), PAGE);
    writeFileSync(path.join(dir, "a.label.json"), JSON.stringify(label));
    const rows = await benchImporterQuality({ dir });
    expect(rows.find((row) => row.what === "dev: all fields (1 pages)")).toMatchObject({ verdict: "pass" });
    expect(rows.find((row) => row.what === "dev: body kept")?.result).toBe("1/1 pages (100.0 %)");
    const missing = await benchImporterQuality({ dir: path.join(dir, "nowhere") });
    expect(missing).toHaveLength(1);
    expect(missing[0].result).toMatch(/no labelled pages/);
  });
});
