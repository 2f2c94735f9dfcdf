import { createAdapter, type AdapterHandle } from "@/lib/database/adapter";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/database/config";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one Prisma client of this process, on real PostgreSQL or the embedded database (PGlite), chosen by
 * DATABASE_URL (see lib/database/config.ts). Only lib/ imports this file.
 */
type Database = { prisma: PrismaClient; target: DatabaseTarget; handle: AdapterHandle };

const globalForDb = globalThis as unknown as { zonePortalDb?: Database };

export function createDatabase(url: string | undefined, poolSize?: number): Database {
  const target = resolveDatabaseTarget(url);
  const handle = createAdapter(target, { max: poolSize });
  const prisma = new PrismaClient({ adapter: handle.factory });
  return { prisma, target, handle };
}

// Opened on first call, so that importing a module (as `next build` does) never opens a database.
function database(): Database {
  globalForDb.zonePortalDb ??= createDatabase(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.zonePortalDb;
}

export function db(): PrismaClient {
  return database().prisma;
}

export function databaseTarget(): DatabaseTarget {
  return database().target;
}

export function adapterFactory() {
  return database().handle.factory;
}

export async function disconnectDatabase(): Promise<void> {
  const current = globalForDb.zonePortalDb;
  if (!current) return;
  globalForDb.zonePortalDb = undefined;
  await current.prisma.$disconnect();
  await current.handle.close();
}

export type { PrismaClient } from "@/lib/generated/prisma/client";
export { Prisma } from "@/lib/generated/prisma/client";
