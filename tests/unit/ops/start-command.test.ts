import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The web process gets a 64 MB semi-space (README, Performance): its renders allocate megabytes that die
// young. `npm start`, `npm run serve` (which the bench starts) and the Docker image must agree on it.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const dockerCmd = JSON.parse(/^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, "Dockerfile"), "utf8"))?.[1] ?? "[]") as string[];
const nodeFlags = (words: string[]) => words.slice(0, words.indexOf("scripts/start.ts")).filter((word) => word.startsWith("--"));

describe("the web process's start command", () => {
  it("carries the same Node flags in npm start, npm run serve and the Docker image", () => {
    const serve = nodeFlags(scripts.serve.split(/\s+/));
    expect(serve).toContain("--max-semi-space-size=64");
    expect(nodeFlags(scripts.start.split(/\s+/))).toEqual(serve);
    expect(nodeFlags(dockerCmd)).toEqual(serve);
  });

  it("reaches V8 through tsx: the young generation grows past the 16 MB default semi-space", () => {
    const flags = nodeFlags(scripts.serve.split(/\s+/));
    const probe = "const v8=require('node:v8');const a=[];for(let i=0;i<2e6;i++)a.push({i});" + "console.log(v8.getHeapSpaceStatistics().find((s)=>s.space_name==='new_space').space_size)";
    const newSpace = (extra: string[]) => Number(execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [...extra, "-e", probe], { cwd: ROOT, encoding: "utf8" }).trim());
    const withFlags = newSpace(flags);
    // new space = two semi-spaces: 2 × 64 MB once the allocation has grown it
    expect(withFlags).toBeGreaterThanOrEqual(2 * 64 * 1024 * 1024);
    expect(newSpace([])).toBeLessThan(withFlags);
  });
});
