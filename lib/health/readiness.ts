import "server-only";
import { Meilisearch } from "meilisearch";
import { db } from "@/lib/db";
import { readMigrationsList } from "@/lib/database/migrate";
import { env } from "@/lib/env";

export type Readiness = {
  ok: boolean;
  database: "ok" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
  /** "embedded": the search index lives in the database, so it is as ready as the database */
  search: "ok" | "embedded" | "degraded";
  /** names of migrations this code expects that the database lacks */
  pendingMigrations?: string[];
};

export type SearchHealth = () => Promise<Readiness["search"]>;

/** A readiness probe must answer quickly: a database that does not answer in time counts as unreachable. */
export const DATABASE_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Meilisearch when configured (answering /health within 2 s), otherwise the embedded engine. */
export function configuredSearchHealth(): SearchHealth {
  const { MEILI_HOST, MEILI_MASTER_KEY } = env();
  if (!MEILI_HOST) return async () => "embedded";
  const client = new Meilisearch({ host: MEILI_HOST, apiKey: MEILI_MASTER_KEY, timeout: 2_000 });
  return async () => ((await client.isHealthy()) ? "ok" : "degraded");
}

/**
 * Ready = the database answers and every migration this code expects is applied; only then should a
 * load balancer send traffic. Search being down only degrades (the outbox keeps every change for later,
 * search pages say so), so it never takes a node out of rotation.
 */
export async function checkReadiness(searchHealth: SearchHealth = configuredSearchHealth(), timeoutMs = DATABASE_TIMEOUT_MS): Promise<Readiness> {
  let database: Readiness["database"] = "ok";
  let migrations: Readiness["migrations"] = "unknown";
  let pendingMigrations: string[] | undefined;
  try {
    const applied = await withTimeout(
      db().$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeoutMs,
    );
    const appliedNames = new Set(applied.map((row) => row.migration_name));
    const expected = readMigrationsList().migrationDirectories.map((directory) => directory.path);
    const pending = expected.filter((name) => !appliedNames.has(name));
    migrations = pending.length ? "pending" : "applied";
    if (pending.length) pendingMigrations = pending;
  } catch {
    database = "unreachable";
  }
  let search: Readiness["search"];
  try {
    search = await searchHealth();
  } catch {
    search = "degraded";
  }
  return { ok: database === "ok" && migrations === "applied", database, migrations, search, ...(pendingMigrations && { pendingMigrations }) };
}
