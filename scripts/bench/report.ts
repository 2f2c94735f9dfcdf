// The result table of `npm run bench`: one row per figure with its target and pass/fail, printed and
// written as JSON under bench/results/.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/build";
import { displayWidth } from "../lib/table";

export type Verdict = "pass" | "fail" | "n/a";
export type BenchRow = { area: string; what: string; result: string; target: string; verdict: Verdict; figures?: Record<string, unknown> };

export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms` : "—");
export const rate = (value: number) => `${Math.round(value).toLocaleString("en-US")} req/s`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const verdict = (ok: boolean): Verdict => (ok ? "pass" : "fail");

export function notAvailable(area: string, what: string, target: string, why: string): BenchRow {
  return { area, what, result: `not available: ${why}`, target, verdict: "n/a" };
}

const pad = (text: string, columns: number) => text + " ".repeat(Math.max(0, columns - displayWidth(text)));

export function printTable(rows: BenchRow[]): void {
  const headers = ["area", "what", "result", "target", "verdict"];
  const cells = rows.map((row) => [row.area, row.what, row.result, row.target, row.verdict === "pass" ? "✓ pass" : row.verdict === "fail" ? "✗ FAIL" : "– n/a"]);
  const columns = headers.map((header, index) => Math.min(70, Math.max(displayWidth(header), ...cells.map((cell) => displayWidth(cell[index])))));
  const line = (values: string[]) => `│ ${values.map((value, index) => pad(value, columns[index])).join(" │ ")} │`;
  console.log(`┌${columns.map((c) => "─".repeat(c + 2)).join("┬")}┐`);
  console.log(line(headers));
  console.log(`├${columns.map((c) => "─".repeat(c + 2)).join("┼")}┤`);
  for (const cell of cells) console.log(line(cell));
  console.log(`└${columns.map((c) => "─".repeat(c + 2)).join("┴")}┘`);
}

export function writeResults(rows: BenchRow[], extra: Record<string, unknown>): string {
  const dir = path.join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  const file = path.join(dir, `bench-${stamp}.json`);
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg(), node: process.version };
  writeFileSync(file, `${JSON.stringify({ when: new Date().toISOString(), commit, machine, ...extra, rows }, null, 2)}\n`);
  return file;
}
