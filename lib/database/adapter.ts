import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./config";
import { noteDatabaseUnreachable } from "./outage";
import { isDatabaseUnreachable } from "./unreachable";

/** pg_trgm must be loaded every time a data folder that has it installed is opened (see shared NOTES). */
const PGLITE_EXTENSIONS = { pg_trgm };

export function openPGlite(dataDir: string): PGlite {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  return new PGlite({ dataDir, extensions: PGLITE_EXTENSIONS });
}

export type AdapterHandle = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
  /** The embedded database itself, when the target is PGlite (one per process). */
  pglite?: PGlite;
};

export type PoolOptions = { max?: number };

export function createAdapter(target: DatabaseTarget, pool: PoolOptions = {}): AdapterHandle {
  if (target.kind === "pglite") {
    const pglite = openPGlite(target.dataDir);
    const factory = new PrismaPGlite(pglite);
    // The adapter's own shadow database lacks our extensions; migrations need pg_trgm there too.
    const withShadow = Object.assign(factory, {
      connectToShadowDb: (): Promise<SqlDriverAdapter> =>
        new PrismaPGlite(openPGlite("memory://shadow")).connect(),
    });
    return { factory: withShadow, pglite, close: () => pglite.close() };
  }
  const factory = new PrismaPg({ connectionString: target.url, max: pool.max ?? 10 });
  const connect = factory.connect.bind(factory);
  const withShadow = Object.assign(factory, {
    connect: async () => noteOutages(decodeCatalogChar(await connect())),
    connectToShadowDb: async () => decodeCatalogChar(await connectToPostgresShadow(target.url)),
  });
  return { factory: withShadow, close: async () => {} };
}

const PG_CATALOG_CHAR_OID = 18; // the one-byte "char" of pg_constraint.contype and friends
const PG_BPCHAR_OID = 1042;

/**
 * adapter-pg 7.10 cannot decode the catalog type "char", which the schema engine reads when it describes
 * constraints. Report such columns as character(n) (not text: that makes the engine panic). Application
 * queries never select "char" columns, so this only matters to migrations.
 */
function decodeCatalogChar(adapter: SqlDriverAdapter): SqlDriverAdapter {
  type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
  const target = adapter as unknown as { performIO?: PerformIO };
  const performIO = target.performIO?.bind(adapter);
  if (!performIO) return adapter;
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CATALOG_CHAR_OID) field.dataTypeID = PG_BPCHAR_OID;
    return result;
  };
  return adapter;
}

type Observed = Record<string, unknown>;

/** Re-throws what `method` throws, noting on the request being handled when the database is unreachable. */
function observe<T extends object>(target: T, methods: string[], wrapResult?: (value: unknown) => unknown): T {
  const object = target as unknown as Observed;
  for (const name of methods) {
    const method = object[name];
    if (typeof method !== "function") continue;
    object[name] = async (...args: unknown[]) => {
      try {
        const result: unknown = await method.apply(target, args);
        return wrapResult ? wrapResult(result) : result;
      } catch (error) {
        if (isDatabaseUnreachable(error)) noteDatabaseUnreachable();
        throw error;
      }
    };
  }
  return target;
}

/** Every query and transaction step notes an outage on the request (lib/database/outage.ts: 503, not 500). */
function noteOutages(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const steps = ["queryRaw", "executeRaw", "commit", "rollback"];
  return observe(adapter, ["queryRaw", "executeRaw", "executeScript", "startTransaction"], (value) =>
    typeof value === "object" && value !== null && "commit" in value ? observe(value, steps) : value,
  );
}

/**
 * adapter-pg's own shadow database handling reuses the main database name; the schema engine needs a
 * scratch database it may fill and throw away, so we create one and drop it when the engine lets go.
 */
async function connectToPostgresShadow(url: string): Promise<SqlDriverAdapter> {
  const shadowName = `zp_shadow_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${shadowName}"`);
  } finally {
    await admin.end();
  }
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${shadowName}`;
  const adapter = await new PrismaPg({ connectionString: shadowUrl.toString(), max: 2 }).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    try {
      await cleanup.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
    } finally {
      await cleanup.end();
    }
  };
  return adapter;
}
