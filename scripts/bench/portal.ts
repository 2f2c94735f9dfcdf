// Starts and stops the portal the README's way (`npm run serve`: scripts/start.ts on an existing build)
// for `npm run bench`, and measures how long it takes to answer its first 200.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/build";

export type RunningPortal = {
  origin: string;
  coldStartSeconds: number;
  logFile: string;
  stop: () => Promise<void>;
  /** CPU time (user + system, ms) used so far by the portal's processes; NaN where /proc is missing. */
  cpuMs: () => number;
};

/**
 * CPU time of every process in a process group, from /proc (Linux). Per-request CPU is the figure that
 * does not move with the shared machine's load, unlike req/s and latency.
 */
export function processGroupCpuMs(groupId: number): number {
  try {
    const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // the process ended meanwhile
      }
      // fields after "(comm) ": state ppid pgrp … utime is field 14, stime 15 (1-based, whole line)
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / ticksPerMs;
  } catch {
    return Number.NaN;
  }
}

function serveCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return scripts.serve.split(/\s+/);
}

export async function startPortal(options: { port: number; env: Record<string, string>; logFile: string; timeoutMs?: number }): Promise<RunningPortal> {
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  // `npm run serve`'s own command line (package.json, Node flags included) without npm in between, in its
  // own process group, so that stopping it also stops the Node process tsx starts.
  const [bin, ...args] = serveCommand();
  const child: ChildProcess = spawn(path.join(ROOT, "node_modules/.bin", bin), [...args, "--port", String(options.port)], {
    cwd: ROOT,
    // The form benchmark posts as many visitors (X-Forwarded-For) through loopback, as a trusted proxy would.
    env: { ...process.env, TRUSTED_PROXIES: "loopback", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.on("exit", (code) => (exited = code ?? -1));
  const origin = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (exited === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, "SIGKILL");
          } catch {
            // already gone
          }
          resolve();
        }, 5000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    log.end();
  };
  const deadline = started + (options.timeoutMs ?? 180_000);
  while (performance.now() < deadline) {
    if (exited !== null) throw new Error(`the portal exited with code ${exited} before answering; see ${options.logFile}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(20_000) });
      if (response.ok) {
        await response.arrayBuffer();
        return { origin, coldStartSeconds: (performance.now() - started) / 1000, logFile: options.logFile, stop, cpuMs: () => (child.pid ? processGroupCpuMs(child.pid) : Number.NaN) };
      }
      await response.arrayBuffer();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the portal did not answer within ${(options.timeoutMs ?? 180_000) / 1000} s; see ${options.logFile}`);
}

/** A closed-loop load client for few, heavy requests (form posts, editor saves): `concurrency` workers until `total` are done. */
export async function runClosedLoop(total: number, concurrency: number, send: (index: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const begin = performance.now();
        let ok = false;
        try {
          ok = await send(index);
        } catch {
          ok = false;
        }
        latencies.push(performance.now() - begin);
        if (!ok) errors += 1;
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values: number[]): number {
  return percentile(values, 50);
}
