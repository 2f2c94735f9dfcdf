// Imports raw documents (.txt/.md/.docx: bulletins, reports, policies, news, listing pages) into the
// database as drafts (or published with --publish); --dry-run --json prints the parsed documents instead.
import { disconnectDatabase } from "@/lib/db";
import { dryRunView, importBytes } from "@/lib/importer";
import type { ImportedDocument } from "@/lib/importer/schema";
import { indexPublishedImports, storeImportedDocuments, type StoreOutcome } from "@/lib/importer/store";
import { fail, runMain } from "./lib/cli";
import { eachInputFile, openMigratedDatabase, progressReporter } from "./lib/file-import";

const USAGE = "usage: npm run import -- [--publish] [--dry-run [--json]] FILE...";

type Options = { publish: boolean; dryRun: boolean; json: boolean; files: string[] };

function parseArguments(args: string[]): Options {
  const options: Options = { publish: false, dryRun: false, json: false, files: [] };
  for (const arg of args) {
    if (arg === "--publish") options.publish = true;
    else if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--help" || arg === "-h") fail(USAGE, 0);
    else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (!options.files.length) fail(USAGE);
  if (options.json && !options.dryRun) fail("--json goes with --dry-run (nothing is stored then)");
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const progress = progressReporter(options.files.length, options.json, "导入");
  // The process's one client: the embedded search engine writes through it too (one PGlite per process).
  const prisma = options.dryRun ? null : await openMigratedDatabase(progress.note);

  const parsed: ImportedDocument[] = [];
  const outcomes: StoreOutcome[] = [];
  const failures = await eachInputFile(options.files, progress, async (bytes, name) => {
    const documents = await importBytes(bytes, name);
    parsed.push(...documents);
    if (!prisma) return `→ ${documents.length} 篇（未保存）`;
    const stored = await storeImportedDocuments(prisma, documents, { publish: options.publish });
    outcomes.push(...stored);
    const created = stored.filter((outcome) => outcome.status === "created").length;
    return `→ ${documents.length} 篇：新增 ${created}，已存在 ${documents.length - created}`;
  });
  progress.stop();
  const search = prisma && options.publish ? await indexPublishedImports(prisma, outcomes) : null;
  await disconnectDatabase();

  // Wait for the pipe to take all of it: runMain exits the process right after main returns.
  if (options.json) await new Promise((resolve) => process.stdout.write(`${JSON.stringify(parsed.map(dryRunView), null, 2)}\n`, resolve));
  else printSummary(options, parsed, outcomes, failures, search);
  if (failures.length) {
    for (const failure of failures) console.error(`✗ ${failure}`);
    process.exit(1);
  }
}

function printSummary(
  options: Options,
  parsed: ImportedDocument[],
  outcomes: StoreOutcome[],
  failures: string[],
  search: { indexed: number; queued: number } | null,
) {
  const files = `文件 ${options.files.length} 个${failures.length ? `（失败 ${failures.length}）` : ""}`;
  const warn = (doc: ImportedDocument) => {
    for (const warning of doc.warnings ?? []) console.log(`      ⚠ ${warning.message}`);
  };
  if (options.dryRun) {
    for (const doc of parsed) {
      console.log(`  [${doc.kind}] ${doc.publishedAt ?? "无日期"} ${doc.title}`);
      warn(doc);
    }
    console.log(`试运行完成：${files}，解析出文档 ${parsed.length} 篇，未写入数据库`);
    return;
  }
  for (const doc of parsed.filter((entry) => entry.warnings?.length)) {
    console.log(`  ${doc.title}`);
    warn(doc);
  }
  const created = outcomes.filter((outcome) => outcome.status === "created");
  const stubs = created.flatMap((outcome) => ("createdZoneStubs" in outcome ? outcome.createdZoneStubs : []));
  const linked = [...new Set(created.flatMap((outcome) => ("linkedZones" in outcome ? outcome.linkedZones : [])))];
  console.log(
    `导入完成：${files}，文档 ${outcomes.length} 篇：新增 ${created.length}（${options.publish ? "已发布" : "草稿"}），` +
      `已存在 ${outcomes.length - created.length}，关联已收录开发区 ${linked.length} 个${linked.length ? `（${linked.join("、")}）` : ""}，` +
      `新建待完善开发区 ${stubs.length} 个${stubs.length ? `（${stubs.join("、")}）` : ""}`,
  );
  if (!search) console.log("搜索：草稿不进入搜索，发布后由后台任务写入索引");
  else if (search.queued === 0) console.log(`搜索：${search.indexed} 篇已写入搜索索引，现在即可搜到`);
  else {
    console.log(
      `搜索：${search.indexed} 篇已写入搜索索引；搜索引擎暂不可用，${search.queued} 条更新已排队，将由后台任务（npm start 或 npm run worker）写入`,
    );
  }
}

void runMain(main);
