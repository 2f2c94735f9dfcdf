import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "instrumentation.ts"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when there is no production build or a source file changed since it was made. */
export function isBuildStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}

export function ensurePrismaClient(): void {
  if (existsSync(path.join(ROOT, "lib/generated/prisma/client.ts")) && !isSchemaNewer()) return;
  run("npm", ["run", "--silent", "db:generate"]);
}

function isSchemaNewer(): boolean {
  const client = path.join(ROOT, "lib/generated/prisma/client.ts");
  return statSync(path.join(ROOT, "prisma/schema.prisma")).mtimeMs > statSync(client).mtimeMs;
}

export function buildProduction(): void {
  ensurePrismaClient();
  run("npx", ["next", "build"]);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit", env });
}
