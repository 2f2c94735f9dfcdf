import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyCatalogueImport, previewCatalogueImport } from "@/lib/zones/catalogue/apply";
import { readCatalogueFile, readCatalogueText } from "@/lib/zones/catalogue/read";
import { createUser, createZone } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

/**
 * The catalogue import end to end: one invented excerpt in the four shapes the catalogue circulates in
 * (CSV, .xlsx made here with exceljs, an HTML table, text pasted from a PDF) reads to the same zones;
 * applying writes audit + outbox rows per changed zone; re-importing changes nothing; a full name
 * updates the zone known by its short name.
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "zones-catalogue-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const sharedDatabase = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

const source = { title: "蓝江省开发区目录（测试摘录）", url: "https://example.cn/catalogue.html", year: 2018 };

const HEADER = ["序号", "开发区名称", "批准时间", "核准面积（公顷）", "主导产业"];
const SECTIONS_AND_ROWS: Array<string[]> = [
  ["国家级开发区"],
  ["天津市"],
  ["经济技术开发区"],
  ["1", "蓝江经济技术开发区", "1992.05", "1250", "汽车、装备制造"],
  ["高新技术产业开发区"],
  ["2", "青岚高新技术产业开发区", "2010.09", "868.18", "电子信息、新材料"],
  ["海关特殊监管区域"],
  ["3", "白石综合保税区", "2015.06", "120", "保税物流"],
  ["省级开发区"],
  ["4", "雾山经济开发区", "2006.03", "340", "食品"],
];

const csv = [HEADER, ...SECTIONS_AND_ROWS].map((row) => row.join(",")).join("\n");
const html = `<table><thead><tr>${HEADER.map((cell) => `<th>${cell}</th>`).join("")}</tr></thead><tbody>${SECTIONS_AND_ROWS.map(
  (row) => `<tr>${row.length === 1 ? `<td colspan="5"><strong>${row[0]}</strong></td>` : row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`,
).join("")}</tbody></table>`;
// what a PDF reader gives when the table is copied: cells apart by spaces, 批准时间 as 1992年5月, a wrapped line
const pdfText = [
  "国家级开发区",
  "天津市",
  "经济技术开发区",
  "1 蓝江经济技术开发区 1992年5月 1250 汽车、",
  "装备制造",
  "高新技术产业开发区",
  "2 青岚高新技术产业开发区 2010年9月 868.18 电子信息、新材料",
  "海关特殊监管区域",
  "3 白石综合保税区 2015年6月 120 保税物流",
  "省级开发区",
  "4 雾山经济开发区 2006年3月 340 食品",
].join("\n");

async function xlsxBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("天津市");
  sheet.addRow(HEADER);
  for (const row of SECTIONS_AND_ROWS.filter((cells) => cells[0] !== "天津市")) {
    // spreadsheets hold 批准时间 as numbers and areas as numbers
    sheet.addRow(row.length === 1 ? row : [Number(row[0]), row[1], Number(row[2]), Number(row[3]), row[4]]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function editor() {
  return createUser({ role: "editor", passwordHash: "unused" });
}

describe(`catalogue import (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("reads the same excerpt as CSV, .xlsx, HTML table and pasted PDF text to the same zones", async () => {
    const shapes = {
      csv: await readCatalogueFile(new TextEncoder().encode(csv), "excerpt.csv"),
      xlsx: await readCatalogueFile(await xlsxBytes(), "excerpt.xlsx"),
      html: await readCatalogueFile(new TextEncoder().encode(html), "excerpt.html"),
      pdf: readCatalogueText(pdfText, "粘贴的文字"),
    };
    const zonesOf = (parse: (typeof shapes)["csv"]) => parse.entries.map(({ origin: _origin, ...entry }) => entry);
    expect(zonesOf(shapes.csv)).toEqual([
      { name: "蓝江经济技术开发区", level: "national_etdz", type: "etdz", province: "天津市", city: null, approvedAt: "1992-05", areaHectares: 1250, industries: ["汽车", "装备制造"] },
      { name: "青岚高新技术产业开发区", level: "national_hitech", type: "hitech", province: "天津市", city: null, approvedAt: "2010-09", areaHectares: 868.18, industries: ["电子信息", "新材料"] },
      { name: "白石综合保税区", level: "national_other", type: "customs", province: "天津市", city: null, approvedAt: "2015-06", areaHectares: 120, industries: ["保税物流"] },
      { name: "雾山经济开发区", level: "provincial", type: "etdz", province: "天津市", city: null, approvedAt: "2006-03", areaHectares: 340, industries: ["食品"] },
    ]);
    for (const shape of ["xlsx", "html", "pdf"] as const) expect(zonesOf(shapes[shape]), shape).toEqual(zonesOf(shapes.csv));
    for (const parse of Object.values(shapes)) expect(parse.warnings).toEqual([]);

    // and each shape, imported on its own, lands on the same zones: the first creates, the others change nothing
    const actor = await editor();
    const first = await applyCatalogueImport(shapes.csv.entries, source, { actorId: actor.id, status: "published" });
    expect(first.create.map((zone) => zone.name)).toHaveLength(4);
    for (const shape of ["xlsx", "html", "pdf"] as const) {
      const again = await applyCatalogueImport(shapes[shape].entries, source, { actorId: actor.id, status: "published" });
      expect({ shape, create: again.create.length, update: again.update.length, unchanged: again.unchanged }).toEqual({ shape, create: 0, update: 0, unchanged: 4 });
    }
    expect(await db().zone.count()).toBe(4);
    const stored = await db().zone.findUniqueOrThrow({ where: { name: "青岚高新技术产业开发区" } });
    expect(stored).toMatchObject({ origin: "catalogue", status: "published", level: "national_hitech", type: "hitech", catalogueSource: source.title, catalogueSourceUrl: source.url, catalogueYear: 2018 });
    expect(Number(stored.areaKm2)).toBe(8.6818);
  });

  it("updates the zone known by its short name field by field, with an audit event and an outbox row, and nothing on re-import", async () => {
    const actor = await editor();
    const known = await createZone({ name: "蓝江经开区", shortName: "蓝江经开区", aliases: ["LJDZ"], province: "天津市", level: "national_etdz", industries: ["汽车"], description: [{ type: "paragraph", text: "编辑写的介绍" }] });
    const entries = readCatalogueText(csv, "excerpt.csv").entries;

    const preview = await previewCatalogueImport(entries, source);
    expect(await db().zone.count()).toBe(1); // a preview writes nothing
    expect(preview.update.map((zone) => [zone.id, zone.changes.map((change) => change.field)])).toEqual([[known.id, ["type", "approvedAt", "areaHectares", "industries", "source"]]]);
    expect(preview.update[0].changes.find((change) => change.field === "industries")).toEqual({ field: "industries", from: ["汽车"], to: ["汽车", "装备制造"] });
    expect(preview.create.map((zone) => zone.name)).toEqual(["青岚高新技术产业开发区", "白石综合保税区", "雾山经济开发区"]);

    const outboxBefore = await db().searchOutbox.count();
    await applyCatalogueImport(entries, source, { actorId: actor.id, status: "draft" });
    const updated = await db().zone.findUniqueOrThrow({ where: { id: known.id } });
    expect(updated).toMatchObject({ name: "蓝江经开区", shortName: "蓝江经开区", aliases: ["LJDZ"], type: "etdz", industries: ["汽车", "装备制造"], version: known.version + 1, description: [{ type: "paragraph", text: "编辑写的介绍" }] });
    expect(await db().zone.count()).toBe(4);
    const audits = await db().auditEvent.findMany({ where: { entityType: "zone" }, orderBy: { action: "asc" } });
    expect(audits.map((audit) => audit.action).sort()).toEqual(["catalogue_create", "catalogue_create", "catalogue_create", "catalogue_update"]);
    expect(audits.every((audit) => audit.actorId === actor.id)).toBe(true);
    const outbox = await db().searchOutbox.findMany({ where: { entityType: "zone" }, orderBy: { id: "asc" } });
    expect(outbox.length - outboxBefore).toBe(4);
    // the known zone is published (kept in search); the new drafts are kept out
    expect(outbox.filter((row) => row.entityId === known.id).map((row) => row.op)).toEqual(["upsert"]);
    expect(outbox.filter((row) => row.entityId !== known.id).every((row) => row.op === "delete")).toBe(true);

    const again = await applyCatalogueImport(entries, source, { actorId: actor.id, status: "draft" });
    expect({ create: again.create.length, update: again.update.length, unchanged: again.unchanged, ambiguous: again.ambiguous.length }).toEqual({ create: 0, update: 0, unchanged: 4, ambiguous: 0 });
    expect(await db().auditEvent.count({ where: { entityType: "zone" } })).toBe(4);
    expect(await db().searchOutbox.count({ where: { entityType: "zone" } })).toBe(outbox.length);
  });

  it("writes nothing for a row that could be either of two zones", async () => {
    await createZone({ name: "蓝江经开区", province: "天津市" });
    await createZone({ name: "蓝江经济开发区", province: "天津市" });
    const plan = await applyCatalogueImport(readCatalogueText(csv, "excerpt.csv").entries.slice(0, 1), source, { actorId: null, status: "published" });
    expect(plan.ambiguous.map((zone) => zone.candidates.map((candidate) => candidate.name).sort())).toEqual([["蓝江经开区", "蓝江经济开发区"]]);
    expect(await db().zone.count()).toBe(2);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it.runIf(sharedDatabase)("npm run zones:import -- --dry-run --json prints the plan and writes nothing", { timeout: 120_000 }, async () => {
    await createZone({ name: "蓝江经开区", shortName: "蓝江经开区", province: "天津市" });
    const file = path.join(scratch, "excerpt.csv");
    writeFileSync(file, csv);
    const { stdout } = await run("npx", ["tsx", "scripts/zones-import.ts", "--dry-run", "--json", file], { cwd: root, env: { ...process.env, DATABASE_URL: sharedDatabase, CI: "true" } });
    const plan = JSON.parse(stdout) as { create: Array<Record<string, unknown>>; update: Array<Record<string, unknown>>; unchanged: number; ambiguous: unknown[] };
    expect(Object.keys(plan)).toEqual(["create", "update", "unchanged", "ambiguous"]);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ name: "蓝江经济技术开发区", level: "national_etdz", type: "etdz", province: "天津市", approvedAt: "1992-05", areaHectares: 1250, industries: ["汽车", "装备制造"] });
    expect(plan.create.map((zone) => Object.keys(zone))).toEqual(Array(3).fill(["name", "level", "type", "province", "approvedAt", "areaHectares", "industries"]));
    expect(await db().zone.count()).toBe(1);
  });
});
