// Catalogue import time for `npm run bench`: a generated 2 543-row catalogue (the size of the 2018
// 《中国开发区审核公告目录》, in its shape: level, province and type section rows) read as CSV, previewed
// against the zones already there, applied in one transaction, then re-imported (nothing changes), on a
// fresh embedded database (or the database named: `npx tsx scripts/bench/catalogue.ts postgresql://…`).
// Target: read + preview + apply < 10 s.
import path from "node:path";
import { createDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/bootstrap";
import { applyCatalogueImport, previewCatalogueImport } from "@/lib/zones/catalogue/apply";
import { PROVINCES } from "@/lib/zones/catalogue/parse";
import { readCatalogueFile } from "@/lib/zones/catalogue/read";
import type { BenchRow } from "./report";

export const CATALOGUE_ROWS = 2543;
const TARGET_SECONDS = 10;
const NATIONAL = 552;
const TYPES = [
  ["经济技术开发区", "经济技术开发区"],
  ["高新技术产业开发区", "高新技术产业开发区"],
  ["海关特殊监管区域", "综合保税区"],
] as const;
const INDUSTRIES = ["装备制造", "电子信息", "生物医药", "新材料", "汽车", "食品", "化工", "现代物流"];

/** Invented zones in the catalogue's CSV shape: 552 national (by province and type), the rest provincial. */
export function generatedCatalogue(rows = CATALOGUE_ROWS): string {
  const lines = ["序号,开发区名称,批准时间,核准面积(公顷),主导产业"];
  let index = 0;
  const row = (name: string) => {
    index += 1;
    const year = 1984 + (index % 35);
    const month = String(1 + (index % 12)).padStart(2, "0");
    lines.push(`${index},${name},${year}.${month},${100 + ((index * 37) % 5000)},"${INDUSTRIES[index % 8]}、${INDUSTRIES[(index + 3) % 8]}"`);
  };
  for (const [level, count] of [["国家级开发区", NATIONAL], ["省级开发区", rows - NATIONAL]] as const) {
    lines.push(level);
    const perProvince = Math.ceil(count / PROVINCES.length);
    let left = count;
    for (const [p, province] of PROVINCES.entries()) {
      if (left <= 0) break;
      lines.push(province);
      for (const [t, [heading, suffix]] of (level === "国家级开发区" ? TYPES : ([["省级开发区", "经济开发区"]] as const)).entries()) {
        lines.push(heading);
        const inGroup = Math.min(left, Math.ceil(perProvince / (level === "国家级开发区" ? TYPES.length : 1)));
        for (let n = 0; n < inGroup; n += 1) row(`示例${p}省${t}类${n}号${level === "省级开发区" ? "省级" : ""}${suffix}`);
        left -= inGroup;
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function benchCatalogueImport(options: { databaseUrl?: string } = {}): Promise<BenchRow[]> {
  const database = createDatabase(options.databaseUrl ?? "pglite:memory://", 4);
  try {
    await prepareDatabase({ factory: database.handle.factory, prisma: database.prisma, seed: true });
    const existing = await database.prisma.zone.count();
    const csv = Buffer.from(generatedCatalogue());
    const source = { title: "基准测试生成的目录（示例）", url: null, year: 2018 };
    const options_ = { actorId: null, status: "published" as const };

    let started = performance.now();
    const { entries } = await readCatalogueFile(csv, "bench.csv");
    const readMs = performance.now() - started;
    started = performance.now();
    const plan = await previewCatalogueImport(entries, source, database.prisma);
    const previewMs = performance.now() - started;
    started = performance.now();
    const applied = await applyCatalogueImport(entries, source, options_, database.prisma);
    const applyMs = performance.now() - started;
    started = performance.now();
    const again = await applyCatalogueImport(entries, source, options_, database.prisma);
    const reimportMs = performance.now() - started;

    const totalSeconds = (readMs + previewMs + applyMs) / 1000;
    const figures = { rows: entries.length, existingZones: existing, readMs, previewMs, applyMs, reimportMs, created: applied.create.length, reimportChanged: again.create.length + again.update.length };
    const ok = entries.length === CATALOGUE_ROWS && applied.create.length === CATALOGUE_ROWS && figures.reimportChanged === 0 && plan.create.length === CATALOGUE_ROWS;
    return [
      {
        area: "catalogue",
        what: `zones:import of ${entries.length} rows (${database.target.kind === "pglite" ? "embedded" : "PostgreSQL"}, ${existing} zones there): read + preview + apply`,
        result: `${totalSeconds.toFixed(2)} s (read ${(readMs / 1000).toFixed(2)} s, preview ${(previewMs / 1000).toFixed(2)} s, apply ${(applyMs / 1000).toFixed(2)} s; created ${applied.create.length})`,
        target: `< ${TARGET_SECONDS} s`,
        verdict: ok && totalSeconds < TARGET_SECONDS ? "pass" : "fail",
        figures,
      },
      {
        area: "catalogue",
        what: `re-import of the same ${entries.length} rows (plan + empty write)`,
        result: `${(reimportMs / 1000).toFixed(2)} s, ${figures.reimportChanged} changes`,
        target: "0 changes",
        verdict: figures.reimportChanged === 0 ? "pass" : "fail",
        figures,
      },
    ];
  } finally {
    await database.prisma.$disconnect();
    await database.handle.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void benchCatalogueImport({ databaseUrl: process.argv[2] }).then((rows) => {
    for (const row of rows) console.log(`${row.area}: ${row.what}: ${row.result} [${row.target}: ${row.verdict}]`);
    process.exit(0);
  });
}
