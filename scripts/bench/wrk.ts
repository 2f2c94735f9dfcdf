// Runs Debian's `wrk` against one or many URLs and reads its figures back as JSON (a Lua `done` hook
// prints them), so every load row in `npm run bench` uses the same measuring client.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type WrkResult = {
  requests: number;
  seconds: number;
  rps: number;
  bytesPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** responses outside 2xx/3xx */
  non2xx: number;
  socketErrors: number;
};

export type WrkOptions = {
  origin: string;
  paths: string[];
  connections: number;
  seconds: number;
  threads?: number;
  headers?: Record<string, string>;
};

const luaString = (value: string) => JSON.stringify(value);

function script(paths: string[], headers: Record<string, string>): string {
  const headerLines = Object.entries(headers).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  return `
${headerLines.join("\n")}
local paths = { ${paths.map(luaString).join(", ")} }
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"micros":%d,"bytes":%d,"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"status":%d,"socket":%d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
`;
}

export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-wrk-"));
  const file = path.join(dir, "bench.lua");
  writeFileSync(file, script(options.paths, options.headers ?? {}));
  const args = ["-t", String(options.threads ?? 1), "-c", String(options.connections), "-d", `${options.seconds}s`, "--timeout", "10s", "-s", file, options.origin];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      child.stdout.on("data", (chunk) => (text += chunk));
      child.stderr.on("data", (chunk) => (text += chunk));
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text.slice(-400)}`))));
    });
    const line = output.split("\n").find((entry) => entry.startsWith("WRK_JSON "));
    if (!line) throw new Error(`wrk printed no figures: ${output.slice(-400)}`);
    const raw = JSON.parse(line.slice("WRK_JSON ".length)) as Record<string, number>;
    const seconds = raw.micros / 1e6;
    return {
      requests: raw.requests,
      seconds,
      rps: raw.requests / seconds,
      bytesPerSecond: raw.bytes / seconds,
      p50Ms: raw.p50 / 1000,
      p90Ms: raw.p90 / 1000,
      p95Ms: raw.p95 / 1000,
      p99Ms: raw.p99 / 1000,
      maxMs: raw.max / 1000,
      non2xx: raw.status,
      socketErrors: raw.socket,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
