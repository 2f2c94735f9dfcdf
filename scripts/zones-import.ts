// Imports the official zone catalogue (《中国开发区审核公告目录》 as CSV/TSV, .xlsx, an HTML table or pasted
// text): matches each row to a zone by name/short name/aliases, then creates or updates field by field;
// --dry-run --json prints the plan ({ create, update, unchanged, ambiguous }) and writes nothing.
import { disconnectDatabase } from "@/lib/db";
import { applyCatalogueImport, previewCatalogueImport } from "@/lib/zones/catalogue/apply";
import type { CatalogueEntry, CatalogueWarning } from "@/lib/zones/catalogue/parse";
import { planSummary, type CataloguePlan } from "@/lib/zones/catalogue/plan";
import { CATALOGUE_FIELD_LABELS } from "@/lib/zones/labels";
import { readCatalogueFile } from "@/lib/zones/catalogue/read";
import { catalogueSourceSchema, DEFAULT_CATALOGUE_SOURCE } from "@/lib/zones/catalogue/schema";
import { fail, runMain } from "./lib/cli";
import { eachInputFile, openMigratedDatabase, progressReporter } from "./lib/file-import";

const USAGE =
  "usage: npm run zones:import -- [--dry-run [--json]] [--publish] [--source 文件名称] [--source-url 网址] [--source-year 年份] FILE...\n" +
  "  (without --source the rows are recorded as from the 2018 《中国开发区审核公告目录》)";

type Options = { dryRun: boolean; json: boolean; publish: boolean; source: Record<string, string>; files: string[] };

function parseArguments(args: string[]): Options {
  const options: Options = { dryRun: false, json: false, publish: false, source: {}, files: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--publish") options.publish = true;
    else if (arg === "--source" || arg === "--source-url" || arg === "--source-year") {
      const value = args[(index += 1)];
      if (value === undefined) fail(`${arg} needs a value\n${USAGE}`);
      options.source[{ "--source": "title", "--source-url": "url", "--source-year": "year" }[arg]] = value;
    } else if (arg === "--help" || arg === "-h") fail(USAGE, 0);
    else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (!options.files.length) fail(USAGE);
  if (options.json && !options.dryRun) fail("--json goes with --dry-run (nothing is stored then)");
  return options;
}

function printPlan(plan: CataloguePlan, dryRun: boolean) {
  for (const zone of plan.create) console.log(`  新建 ${zone.name}（${zone.province ?? "省份未知"}）`);
  for (const zone of plan.update) {
    console.log(`  更新 ${zone.name}`);
    for (const change of zone.changes) console.log(`       ${CATALOGUE_FIELD_LABELS[change.field]}：${show(change.from)} → ${show(change.to)}`);
  }
  for (const zone of plan.ambiguous) console.log(`  有疑问 ${zone.name}：可能是 ${zone.candidates.map((candidate) => candidate.name).join("、")}（未导入）`);
  for (const line of plan.repeated) console.log(`  重复 ${line}（已跳过）`);
  const counts = `新建 ${plan.create.length}，更新 ${plan.update.length}，不变 ${plan.unchanged}，有疑问 ${plan.ambiguous.length}`;
  console.log(dryRun ? `试运行完成：${counts}，未写入数据库` : `导入完成：${counts}`);
}

function show(value: string | number | string[] | null): string {
  if (value === null || (Array.isArray(value) && !value.length)) return "（空）";
  return Array.isArray(value) ? value.join("、") : String(value);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const sourceInput = Object.keys(options.source).length ? options.source : null;
  const parsedSource = sourceInput ? catalogueSourceSchema.safeParse(sourceInput) : null;
  if (parsedSource && !parsedSource.success) fail(parsedSource.error.issues.map((issue) => issue.message).join("；"));
  const source = parsedSource?.data ?? DEFAULT_CATALOGUE_SOURCE;

  const progress = progressReporter(options.files.length, options.json, "读取目录");
  const prisma = await openMigratedDatabase(progress.note);

  const entries: CatalogueEntry[] = [];
  const warnings: CatalogueWarning[] = [];
  const failures = await eachInputFile(options.files, progress, async (bytes, name) => {
    const parsed = await readCatalogueFile(bytes, name);
    entries.push(...parsed.entries);
    warnings.push(...parsed.warnings);
    return `→ ${parsed.entries.length} 个开发区${parsed.warnings.length ? `，提示 ${parsed.warnings.length} 条` : ""}`;
  });
  progress.stop();
  for (const warning of warnings) progress.note(`  提示 ${warning.origin}：${warning.message}`);

  try {
    if (failures.length) {
      for (const failure of failures) console.error(`✗ ${failure}`);
      fail("有文件无法读取，未导入任何内容");
    }
    progress.note(options.dryRun ? `比对 ${entries.length} 行…` : `比对并写入 ${entries.length} 行（一个事务）…`);
    const plan = options.dryRun
      ? await previewCatalogueImport(entries, source, prisma)
      : await applyCatalogueImport(entries, source, { actorId: null, status: options.publish ? "published" : "draft" }, prisma);
    // Wait for the pipe to take all of it: runMain exits the process right after main returns.
    if (options.json) await new Promise((resolve) => process.stdout.write(`${JSON.stringify(planSummary(plan), null, 2)}\n`, resolve));
    else printPlan(plan, options.dryRun);
  } finally {
    await disconnectDatabase();
  }
}

void runMain(main);
