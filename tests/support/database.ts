import { adapterFactory, databaseTarget, db } from "@/lib/db";
import { deployMigrations } from "@/lib/database/migrate";

let migrated: Promise<unknown> | undefined;

/**
 * Integration tests run against whatever DATABASE_URL names (scripts/test.ts runs them once on a fresh
 * PostgreSQL database and once on an in-memory PGlite). Migrations are applied once per worker; each
 * test file starts from empty tables.
 */
export async function useTestDatabase(): Promise<void> {
  migrated ??= deployMigrations(adapterFactory());
  await migrated;
  await truncateAll();
}

export async function truncateAll(): Promise<void> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (!tables.length) return;
  await db().$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

export function databaseKind(): string {
  return databaseTarget().kind;
}
