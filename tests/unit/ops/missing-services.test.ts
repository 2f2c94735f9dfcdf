import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// A test command run on a machine without a reachable PostgreSQL says what it needs and how to start it,
// instead of dying with an ECONNREFUSED stack.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");

describe("test commands without PostgreSQL", { timeout: 60_000 }, () => {
  it("npm run test:resilience names PostgreSQL and how to start it", async () => {
    const failure = await run("npx", ["tsx", "scripts/resilience.ts"], {
      cwd: root,
      env: { ...process.env, TEST_PG_ADMIN_URL: "postgresql://postgres:secret@127.0.0.1:1/postgres", RESILIENCE_DATABASE_URL: "" },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("无法连接 PostgreSQL（postgresql://postgres:***@127.0.0.1:1/postgres）");
    expect(failure?.stderr).toContain("pg_ctlcluster 15 main start");
    expect(failure?.stderr).not.toMatch(/ECONNREFUSED|at .+\.ts:\d+/);
  });
});
