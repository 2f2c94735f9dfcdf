import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Supply chain: the installed versions of packages with recent advisories stay at or above their fixed
// releases, and `npm audit` finds no high or critical advisory in the production dependencies (skipped,
// with a message, when the registry cannot be reached).
const ROOT = path.resolve(import.meta.dirname, "../../..");

const VERSION_FLOORS: Record<string, string> = {
  next: "16.2.6", // middleware/proxy bypass and cache-poisoning advisories 2025–2026
  "next-auth": "4.24.15",
  "sanitize-html": "2.12.1",
};

function installedVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return null;
  }
}

/** Compares x.y.z versions (a pre-release counts as lower than its release). */
function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core = "", pre] = version.split("-", 2);
    return { parts: core.split(".").map((part) => Number(part) || 0), pre };
  };
  const left = parse(a);
  const right = parse(b);
  for (let index = 0; index < 3; index++) {
    const difference = (left.parts[index] ?? 0) - (right.parts[index] ?? 0);
    if (difference) return Math.sign(difference);
  }
  if (left.pre && !right.pre) return -1;
  if (!left.pre && right.pre) return 1;
  return 0;
}

describe("supply chain", () => {
  it("compares versions numerically", () => {
    expect(compareVersions("16.10.0", "16.2.6")).toBe(1);
    expect(compareVersions("16.2.5", "16.2.6")).toBe(-1);
    expect(compareVersions("16.2.6-canary.1", "16.2.6")).toBe(-1);
    expect(compareVersions("4.24.15", "4.24.15")).toBe(0);
  });

  for (const [name, floor] of Object.entries(VERSION_FLOORS)) {
    it(`${name} is at least ${floor} where installed`, () => {
      const version = installedVersion(name);
      // sanitize-html is listed by the issue "if used"; next and next-auth are always used
      if (version === null && name === "sanitize-html") return;
      expect(version, `${name} is not installed`).not.toBeNull();
      expect(compareVersions(version as string, floor), `${name} ${version} < ${floor}`).toBeGreaterThanOrEqual(0);
    });
  }

  it("npm audit --omit=dev shows no high or critical advisory", (context) => {
    const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { code?: string; summary?: string } } = {};
    try {
      report = JSON.parse(result.stdout || "{}") as typeof report;
    } catch {
      report = {};
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      console.warn(`npm audit skipped: the registry did not answer (${report.message ?? report.error?.summary ?? result.error?.message ?? `exit ${result.status}`})`);
      context.skip();
      return;
    }
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  }, 90_000);
});
