import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

/**
 * Prisma migrations without the native schema-engine binary (which cannot be downloaded on these
 * machines): the same engine compiled to WebAssembly, driven through our driver adapter. It writes and
 * reads ordinary prisma/migrations/<timestamp>_<name>/migration.sql folders and `_prisma_migrations`
 * rows, so a stock `prisma migrate deploy` in production agrees with it.
 */

type JsResult<T> = { tag: "ok"; value: T } | { tag: "error"; value: string };
type MigrationList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: { path: string; migrationFile: { path: string; content: JsResult<string> } }[];
};
type Filters = { externalTables: string[]; externalEnums: string[] };
type Schemas = { files: { path: string; content: string }[] };

type WasmSchemaEngine = {
  applyMigrations(input: { migrationsList: MigrationList; filters: Filters }): Promise<{ appliedMigrationNames: string[] }>;
  devDiagnostic(input: { migrationsList: MigrationList; filters: Filters }): Promise<{ action: { tag: string; reason?: string } }>;
  createMigration(input: {
    draft: boolean;
    migrationName: string;
    migrationsList: MigrationList;
    schema: Schemas;
    filters: Filters;
  }): Promise<{ generatedMigrationName: string; migrationScript: string | null; extension: string }>;
  diagnoseMigrationHistory(input: {
    migrationsList: MigrationList;
    optInToShadowDatabase: boolean;
    filters: Filters;
  }): Promise<{ history: unknown; failedMigrationNames: string[]; editedMigrationNames: string[]; hasMigrationsTable: boolean }>;
  free(): void;
};

const NO_FILTERS: Filters = { externalTables: [], externalEnums: [] };
const LOCKFILE = "migration_lock.toml";

// Every entry point (npm scripts, Vitest, `next start`) runs from the project root; inside the Next.js
// bundle import.meta.dirname is not the source folder, so the project root is the working directory.
const PROJECT_ROOT = process.cwd();
export const PRISMA_DIR = path.join(PROJECT_ROOT, "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_FILE = path.join(PRISMA_DIR, "schema.prisma");

type WasmGlue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let wasmReady: Promise<WasmGlue> | undefined;

function loadWasmEngine() {
  wasmReady ??= (async () => {
    // A static specifier keeps the package external to the Next.js bundle; the .wasm file sits beside the glue.
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = createRequire(path.join(PROJECT_ROOT, "package.json")).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const { instance } = await WebAssembly.instantiate(readFileSync(gluePath.replace(/\.js$/, ".wasm")), {
      "./schema_engine_bg.js": glue,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return wasmReady;
}

export function readMigrationsList(dir = MIGRATIONS_DIR): MigrationList {
  // turbopackIgnore: the migrations folder is read at run time, not traced into the server bundle.
  const directories = existsSync(/* turbopackIgnore: true */ dir)
    ? readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `missing ${file}` },
        },
      };
    }),
  };
}

export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export type MigrationLogger = (line: string) => void;

export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: WasmSchemaEngine) => Promise<T>,
  schemaFile = SCHEMA_FILE,
): Promise<T> {
  const { SchemaEngine } = await loadWasmEngine();
  const schema = readFileSync(/* turbopackIgnore: true */ schemaFile, "utf8");
  // The package types its methods loosely (`any` inputs and outputs); WasmSchemaEngine names what we use.
  const engine: WasmSchemaEngine = await SchemaEngine.new(
    { datamodels: [[path.basename(schemaFile), schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** `prisma migrate deploy`: apply every migration not yet applied. */
export async function deployMigrations(factory: SqlMigrationAwareDriverAdapterFactory, dir = MIGRATIONS_DIR) {
  return withSchemaEngine(factory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsList(dir),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  });
}

/**
 * `prisma migrate dev --name <name>`: apply pending migrations, then write a new migration folder for the
 * difference between prisma/schema.prisma and the migrations, and apply it. Returns the new folder, if any.
 */
export async function createAndApplyMigration(
  factory: SqlMigrationAwareDriverAdapterFactory,
  name: string,
  { dir = MIGRATIONS_DIR, prependSql = "" }: { dir?: string; prependSql?: string } = {},
): Promise<string | null> {
  return withSchemaEngine(factory, async (engine) => {
    await engine.applyMigrations({ migrationsList: readMigrationsList(dir), filters: NO_FILTERS });
    const diagnostic = await engine.devDiagnostic({ migrationsList: readMigrationsList(dir), filters: NO_FILTERS });
    if (diagnostic.action.tag === "reset") {
      throw new Error(`The database and the migrations disagree (${diagnostic.action.reason}); reset the database first.`);
    }
    const schema = readFileSync(SCHEMA_FILE, "utf8");
    const created = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: readMigrationsList(dir),
      schema: { files: [{ path: path.basename(SCHEMA_FILE), content: schema }] },
      filters: NO_FILTERS,
    });
    if (!created.migrationScript) return null;
    const folder = path.join(/* turbopackIgnore: true */ dir, created.generatedMigrationName);
    mkdirSync(/* turbopackIgnore: true */ folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), prependSql + created.migrationScript);
    const lockPath = path.join(dir, LOCKFILE);
    if (!existsSync(lockPath)) {
      writeFileSync(
        lockPath,
        '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
      );
    }
    await engine.applyMigrations({ migrationsList: readMigrationsList(dir), filters: NO_FILTERS });
    return created.generatedMigrationName;
  });
}

/** `prisma migrate status`. */
export async function migrationStatus(factory: SqlMigrationAwareDriverAdapterFactory, dir = MIGRATIONS_DIR) {
  return withSchemaEngine(factory, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList: readMigrationsList(dir), optInToShadowDatabase: false, filters: NO_FILTERS }),
  );
}
