// What the file-import commands (import, zones:import) share: the migrated database, a progress line or
// bar per file, and one bad file reported without stopping the others.
import { readFile } from "node:fs/promises";
import path from "node:path";
import cliProgress from "cli-progress";
import { adapterFactory, databaseTarget, db } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/bootstrap";
import { describeDatabaseTarget } from "@/lib/database/config";
import { AppError } from "@/lib/errors";

/** A bar on a terminal (each file's result listed when it is done); one plain line per file otherwise (CI logs, pipes). */
export function progressReporter(total: number, quiet: boolean, label: string) {
  if (quiet) return { file: () => {}, note: (line: string) => console.error(line), stop: () => {} };
  if (!process.stdout.isTTY) {
    let done = 0;
    return {
      file: (name: string, result: string) => console.log(`[${(done += 1)}/${total}] ${name} ${result}`),
      note: (line: string) => console.log(line),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {file}`, hideCursor: true }, cliProgress.Presets.shades_classic);
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

/** Bad input (an AppError) or an unreadable file; anything else is a real failure. */
export function inputProblem(error: unknown): string | null {
  if (error instanceof AppError) return error.message;
  const code = typeof error === "object" && error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return "文件不存在";
  if (code === "EISDIR") return "这是一个文件夹";
  if (code === "EACCES") return "没有读取权限";
  return null;
}

export type ProgressReporter = ReturnType<typeof progressReporter>;

/**
 * The process's one database client (DATABASE_URL; the embedded search engine writes through it too, and
 * PGlite allows one per process), brought to the current migrations (never seeded). Close it with
 * disconnectDatabase().
 */
export async function openMigratedDatabase(note: (line: string) => void) {
  const prisma = db();
  note(`数据库：${describeDatabaseTarget(databaseTarget())}`);
  await prepareDatabase({ factory: adapterFactory(), prisma, seed: false, log: note });
  return prisma;
}

/**
 * `handle` on each file's bytes, its answer shown as the file's result. One bad file must not stop the
 * others: it is reported and listed (the returned failures), and `handle` stored nothing of it.
 */
export async function eachInputFile(files: string[], progress: ProgressReporter, handle: (bytes: Buffer, name: string) => Promise<string>): Promise<string[]> {
  const failures: string[] = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      progress.file(name, await handle(await readFile(file), name));
    } catch (error) {
      const message = inputProblem(error);
      if (message === null) throw error;
      failures.push(`${name}：${message}`);
      progress.file(name, `✗ ${message}`);
    }
  }
  return failures;
}
