// Imports raw documents (.txt/.md/.docx: bulletins, reports, policies, news, listing pages) into the
// database as drafts (or published with --publish); --dry-run --json prints the parsed documents instead.
import { readFile } from "node:fs/promises";
import path from "node:path";
import cliProgress from "cli-progress";
import { adapterFactory, databaseTarget, db, disconnectDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/bootstrap";
import { describeDatabaseTarget } from "@/lib/database/config";
import { AppError } from "@/lib/errors";
import { dryRunView, importBytes } from "@/lib/importer";
import type { ImportedDocument } from "@/lib/importer/schema";
import { indexPublishedImports, storeImportedDocuments, type StoreOutcome } from "@/lib/importer/store";
import { fail, runMain } from "./lib/cli";

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

/** A bar on a terminal (each file's result listed when it is done); one plain line per file otherwise (CI logs, pipes). */
function progressReporter(total: number, quiet: boolean) {
  if (quiet) return { file: () => {}, note: (line: string) => console.error(line), stop: () => {} };
  if (!process.stdout.isTTY) {
    let done = 0;
    return {
      file: (name: string, result: string) => console.log(`[${(done += 1)}/${total}] ${name} ${result}`),
      note: (line: string) => console.log(line),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar({ format: "导入 [{bar}] {value}/{total} {file}", hideCursor: true }, cliProgress.Presets.shades_classic);
  const results: string[] = [];
  let started = false;
  return {
    file: (name: string, result: string) => {
      if (!started) bar.start(total, 0, { file: "" });
      started = true;
      results.push(`[${results.length + 1}/${total}] ${name} ${result}`);
      bar.increment({ file: name });
    },
    note: (line: string) => console.log(line),
    stop: () => {
      if (started) bar.stop();
      for (const line of results) console.log(line);
    },
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const progress = progressReporter(options.files.length, options.json);
  // The process's one client: the embedded search engine writes through it too (one PGlite per process).
  const prisma = options.dryRun ? null : db();
  if (prisma) {
    progress.note(`数据库：${describeDatabaseTarget(databaseTarget())}`);
    await prepareDatabase({ factory: adapterFactory(), prisma, seed: false, log: progress.note });
  }

  const parsed: ImportedDocument[] = [];
  const outcomes: StoreOutcome[] = [];
  const failures: string[] = [];
  for (const file of options.files) {
    const name = path.basename(file);
    try {
      const documents = await importBytes(await readFile(file), name);
      parsed.push(...documents);
      if (!prisma) {
        progress.file(name, `→ ${documents.length} 篇（未保存）`);
        continue;
      }
      const stored = await storeImportedDocuments(prisma, documents, { publish: options.publish });
      outcomes.push(...stored);
      const created = stored.filter((outcome) => outcome.status === "created").length;
      progress.file(name, `→ ${documents.length} 篇：新增 ${created}，已存在 ${documents.length - created}`);
    } catch (error) {
      // One bad file must not stop the others: it is reported and counted, and nothing of it was stored.
      const message = inputProblem(error);
      if (message === null) throw error;
      failures.push(`${name}：${message}`);
      progress.file(name, `✗ ${message}`);
    }
  }
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

/** Bad input (AppError from the importer) or an unreadable file; anything else is a real failure. */
function inputProblem(error: unknown): string | null {
  if (error instanceof AppError) return error.message;
  const code = typeof error === "object" && error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return "文件不存在";
  if (code === "EISDIR") return "这是一个文件夹";
  if (code === "EACCES") return "没有读取权限";
  return null;
}

function printSummary(
  options: Options,
  parsed: ImportedDocument[],
  outcomes: StoreOutcome[],
  failures: string[],
  search: { indexed: number; queued: number } | null,
) {
  const files = `文件 ${options.files.length} 个${failures.length ? `（失败 ${failures.length}）` : ""}`;
  if (options.dryRun) {
    for (const doc of parsed) console.log(`  [${doc.kind}] ${doc.publishedAt ?? "无日期"} ${doc.title}`);
    console.log(`试运行完成：${files}，解析出文档 ${parsed.length} 篇，未写入数据库`);
    return;
  }
  const created = outcomes.filter((outcome) => outcome.status === "created");
  const stubs = created.flatMap((outcome) => ("createdZoneStubs" in outcome ? outcome.createdZoneStubs : []));
  console.log(
    `导入完成：${files}，文档 ${outcomes.length} 篇：新增 ${created.length}（${options.publish ? "已发布" : "草稿"}），` +
      `已存在 ${outcomes.length - created.length}，新建待完善开发区 ${stubs.length} 个${stubs.length ? `（${stubs.join("、")}）` : ""}`,
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
