import "server-only";
import { db } from "@/lib/db";
import { readMigrationsList } from "@/lib/database/migrate";

export type Readiness = {
  ok: boolean;
  database: "ok" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
  search: "ok" | "degraded" | "unknown";
};

/** Ready = the database answers and every migration is applied. Search being down only degrades. */
export async function checkReadiness(searchHealth?: () => Promise<{ ok: boolean }>): Promise<Readiness> {
  let database: Readiness["database"] = "ok";
  let migrations: Readiness["migrations"] = "unknown";
  try {
    const applied = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const appliedNames = new Set(applied.map((row) => row.migration_name));
    const expected = readMigrationsList().migrationDirectories.map((directory) => directory.path);
    migrations = expected.every((name) => appliedNames.has(name)) ? "applied" : "pending";
  } catch {
    database = "unreachable";
  }
  let search: Readiness["search"] = "unknown";
  if (searchHealth) {
    try {
      search = (await searchHealth()).ok ? "ok" : "degraded";
    } catch {
      search = "degraded";
    }
  }
  return { ok: database === "ok" && migrations === "applied", database, migrations, search };
}
