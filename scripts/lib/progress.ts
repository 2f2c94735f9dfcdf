// Progress and input-problem reporting shared by the file-import commands (import, zones:import).
import cliProgress from "cli-progress";
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
