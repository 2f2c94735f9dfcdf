// Supply-chain checks, shared by tests/unit/security/supply-chain.test.ts (every `npm test`, so CI) and
// `npm run test:resilience`: version floors for packages with recent advisories, on every copy the
// lockfile installs and on the installed one; and `npm audit` for high/critical advisories, reported as
// "unavailable" — never as passed — when the registry has no advisory endpoint (this mirror answers 405).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/** Fixed releases of advisories from 2025–2026. A package that is not used at all has nothing to check. */
export const VERSION_FLOORS: Record<string, string> = {
  next: "16.2.6", // middleware/proxy bypass and cache-poisoning advisories
  "next-auth": "4.24.15",
  "sanitize-html": "2.12.1",
  dompurify: "3.4.11",
};

/** Compares x.y.z versions (a pre-release counts as lower than its release). */
export function compareVersions(a: string, b: string): number {
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

type LockEntry = { version?: string; integrity?: string; link?: boolean; inBundle?: boolean; optional?: boolean };
type Lockfile = { packages?: Record<string, LockEntry> };

/**
 * Lockfile entries that `npm ci` cannot install as locked: "path: no version" or "path: no integrity".
 * Links and packages bundled inside another package's tarball carry neither, by npm's design.
 */
export function incompleteLockEntries(lock: Lockfile): string[] {
  return Object.entries(lock.packages ?? {})
    .filter(([at, entry]) => at !== "" && !entry.link)
    .flatMap(([at, entry]) => {
      if (!entry.version) return [`${at}: no version`];
      if (!entry.inBundle && !entry.integrity) return [`${at}: no integrity`];
      return [];
    });
}

/** Every copy of `name` the lockfile installs (nested ones included), with its version. */
export function lockedCopies(lock: Lockfile, name: string): { at: string; version: string }[] {
  return Object.entries(lock.packages ?? {})
    .filter(([at, entry]) => (at === `node_modules/${name}` || at.endsWith(`/node_modules/${name}`)) && !entry.link && entry.version)
    .map(([at, entry]) => ({ at, version: entry.version as string }));
}

/** "name version at path < floor" for each locked or installed copy below its floor; empty when all hold. */
export function floorViolations(lock: Lockfile, installed: (name: string) => string | null = () => null): string[] {
  const violations: string[] = [];
  for (const [name, floor] of Object.entries(VERSION_FLOORS)) {
    const copies = lockedCopies(lock, name);
    const version = installed(name);
    if (version) copies.push({ at: "installed", version });
    for (const copy of copies) if (compareVersions(copy.version, floor) < 0) violations.push(`${name} ${copy.version} (${copy.at}) < ${floor}`);
  }
  return violations;
}

export function readLockfile(root: string): Lockfile {
  return JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as Lockfile;
}

export function installedVersion(root: string, name: string): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return null;
  }
}

export type AuditOutcome =
  | { status: "passed" | "failed"; high: number; critical: number; detail: string }
  | { status: "unavailable"; detail: string };

/** `npm audit --json` output: counts when the registry answered, otherwise why it could not. */
export function parseAudit(stdout: string, failure?: string): AuditOutcome {
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; statusCode?: number } = {};
  try {
    report = JSON.parse(stdout || "{}") as typeof report;
  } catch {
    return { status: "unavailable", detail: failure ?? "npm audit printed no JSON" };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { status: "unavailable", detail: report.message ?? failure ?? "no advisory data in the answer" };
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  return { status: high + critical === 0 ? "passed" : "failed", high, critical, detail: `${high} high, ${critical} critical of ${counts.total ?? "?"} advisories` };
}

export function runNpmAudit(root: string): AuditOutcome {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return parseAudit(result.stdout, result.error?.message ?? (result.status ? `exit ${result.status}` : undefined));
}
