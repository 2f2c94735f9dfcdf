// Imports raw documents (.txt/.md/.docx/.doc/.pdf/.html/.mhtml files, folders and .zip batches, links with
// --url: bulletins, reports, policies, news, listing pages) into the database as drafts (or published with
// --publish), ending with a table of every file; --dry-run --json prints the parsed documents instead.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { disconnectDatabase } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dryRunView, importBytes } from "@/lib/importer";
import { collectPaths, importedRow, isArchive, readBatchPath, refusedRow, type BatchRow } from "@/lib/importer/batch";
import type { DecodeOptions } from "@/lib/importer/decode";
import { fetchUrl } from "@/lib/importer/fetch-url";
import type { ImportedDocument } from "@/lib/importer/schema";
import { indexPublishedImports, storeImportedDocuments, type StoreOutcome } from "@/lib/importer/store";
import { fail, runMain } from "./lib/cli";
import { inputProblem, openMigratedDatabase, progressReporter } from "./lib/file-import";
import { formatTable } from "./lib/table";

const USAGE = "usage: npm run import -- [--publish] [--dry-run [--json]] [--url URL]... [FILE | FOLDER | FILE.zip]...";

type Options = { publish: boolean; dryRun: boolean; json: boolean; files: string[]; urls: string[] };

function parseArguments(args: string[]): Options {
  const options: Options = { publish: false, dryRun: false, json: false, files: [], urls: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "--url") {
      const url = args[(index += 1)];
      if (!url) fail(`--url needs a URL\n${USAGE}`);
      options.urls.push(url);
    } else if (arg.startsWith("--url=")) options.urls.push(arg.slice("--url=".length));
    else if (/^https?:\/\//i.test(arg)) options.urls.push(arg);
    else if (arg === "--publish") options.publish = true;
    else if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--help" || arg === "-h") fail(USAGE, 0);
    else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (!options.files.length && !options.urls.length) fail(USAGE);
  if (options.json && !options.dryRun) fail("--json goes with --dry-run (nothing is stored then)");
  return options;
}

/** One file to import: read when its turn comes (a link is fetched then), or already known to be refused. */
type Job = { name: string; read: () => Promise<{ bytes: Uint8Array; fileName: string; decode?: DecodeOptions }>; problem?: string };

/** Links, files, the supported files of folders (walked) and of .zip archives (unpacked), in order. */
async function planJobs(options: Options): Promise<{ jobs: Job[]; skipped: string[] }> {
  const jobs: Job[] = options.urls.map((url) => ({
    name: url,
    read: async () => {
      const fetched = await fetchUrl(url);
      return { bytes: fetched.bytes, fileName: fetched.fileName, decode: { contentType: fetched.contentType, sourceUrl: fetched.url } };
    },
  }));
  const { files, skipped } = await collectPaths(options.files);
  for (const file of files) {
    const name = path.basename(file);
    if (!isArchive(file)) {
      jobs.push({ name, read: async () => ({ bytes: await readFile(file), fileName: name }) });
      continue;
    }
    try {
      const archive = await readBatchPath(file);
      skipped.push(...archive.skipped);
      for (const entry of archive.files) jobs.push({ name: entry.name, problem: entry.problem, read: async () => ({ bytes: entry.bytes, fileName: entry.name }) });
    } catch (error) {
      const message = inputProblem(error);
      if (message === null) throw error;
      jobs.push({ name, problem: message, read: () => Promise.reject(new AppError("BAD_REQUEST", message)) });
    }
  }
  return { jobs, skipped };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const { jobs, skipped } = await planJobs(options);
  const progress = progressReporter(jobs.length, options.json, "导入");
  // The process's one client: the embedded search engine writes through it too (one PGlite per process).
  const prisma = options.dryRun ? null : await openMigratedDatabase(progress.note);

  const parsed: ImportedDocument[] = [];
  const outcomes: StoreOutcome[] = [];
  const failures: string[] = [];
  const rows: BatchRow[] = [];
  for (const job of jobs) {
    try {
      if (job.problem) throw new AppError("BAD_REQUEST", job.problem);
      const input = await job.read();
      const documents = await importBytes(input.bytes, input.fileName, input.decode);
      parsed.push(...documents);
      rows.push(importedRow(job.name, documents));
      if (!prisma) {
        progress.file(job.name, `→ ${documents.length} 篇（未保存）`);
        continue;
      }
      const stored = await storeImportedDocuments(prisma, documents, { publish: options.publish });
      outcomes.push(...stored);
      const created = stored.filter((outcome) => outcome.status === "created").length;
      progress.file(job.name, `→ ${documents.length} 篇：新增 ${created}，已存在 ${documents.length - created}`);
    } catch (error) {
      // One bad file must not stop the others: it is reported and listed, and nothing of it was stored.
      const message = inputProblem(error);
      if (message === null) throw error;
      failures.push(`${job.name}：${message}`);
      rows.push(refusedRow(job.name, message));
      progress.file(job.name, `✗ ${message}`);
    }
  }
  progress.stop();
  const search = prisma && options.publish ? await indexPublishedImports(prisma, outcomes) : null;
  await disconnectDatabase();

  // Wait for the pipe to take all of it: runMain exits the process right after main returns.
  if (options.json) await new Promise((resolve) => process.stdout.write(`${JSON.stringify(parsed.map(dryRunView), null, 2)}\n`, resolve));
  else {
    if (rows.length > 1 || rows.some((row) => row.notes)) printTable(rows);
    printSummary(jobs.length, skipped, options, parsed, outcomes, failures, search);
  }
  if (failures.length) {
    for (const failure of failures) console.error(`✗ ${failure}`);
    process.exit(1);
  }
}

/** The end table: file → documents, kind, title, and the warnings or the reason it was refused. */
function printTable(rows: BatchRow[]) {
  console.log(
    formatTable(
      ["文件", "篇数", "类型", "标题", "提示 / 未导入原因"],
      rows.map((row) => [row.file, row.refused ? "✗" : String(row.documents), row.kind, row.title, row.notes]),
      { maxWidths: [40, 4, 12, 36] },
    ),
  );
}

function printSummary(
  fileCount: number,
  skipped: string[],
  options: Options,
  parsed: ImportedDocument[],
  outcomes: StoreOutcome[],
  failures: string[],
  search: { indexed: number; queued: number } | null,
) {
  const files = `文件 ${fileCount} 个${failures.length ? `（失败 ${failures.length}）` : ""}${skipped.length ? `，跳过不支持的文件 ${skipped.length} 个` : ""}`;
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
