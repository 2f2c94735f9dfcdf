// What `npm run db:backup` and `npm run db:restore` do, for PostgreSQL (pg_dump / pg_restore from Debian's
// postgresql-client) and the embedded database (PGlite's own data-folder dump).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/database/config";

const run = promisify(execFile);

export type BackupFormat = "pg_dump" | "pglite";

/** `.dump` = pg_dump custom format (PostgreSQL); `.tar.gz` = a PGlite data folder. */
export function backupFormatOf(file: string): BackupFormat {
  if (file.endsWith(".dump")) return "pg_dump";
  if (file.endsWith(".tar.gz") || file.endsWith(".tgz")) return "pglite";
  throw new Error(`Unknown backup format: ${path.basename(file)} (expected .dump or .tar.gz)`);
}

export function defaultBackupFile(target: DatabaseTarget, now: Date = new Date(), dir = "backups"): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..+$/, "Z");
  return path.join(dir, `zone-portal-${stamp}.${target.kind === "postgres" ? "dump" : "tar.gz"}`);
}

/**
 * libpq reads the connection from PG* variables: the password never appears in a process listing,
 * as it would in a command-line URL.
 */
export function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  const environment: Record<string, string> = {
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  };
  const sslMode = parsed.searchParams.get("sslmode");
  if (sslMode) environment.PGSSLMODE = sslMode;
  return { ...process.env, ...environment };
}

async function runTool(tool: string, args: string[], url: string): Promise<void> {
  try {
    await run(tool, args, { env: libpqEnvironment(url), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw new Error(`${tool} not found: install PostgreSQL's client tools (Debian: apt-get install -y postgresql-client)`);
    }
    const stderr = error instanceof Error && "stderr" in error ? String(error.stderr).trim() : String(error);
    throw new Error(`${tool} failed: ${stderr}`);
  }
}

/** Tables in the public schema: an empty database has none. */
export async function countPostgresTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`);
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file], url);
}

/** Into an empty database; `replace` drops what the backup contains first (pg_restore --clean). */
export async function restorePostgres(url: string, file: string, { replace = false } = {}): Promise<void> {
  if (!replace && (await countPostgresTables(url)) > 0) {
    throw new Error("The target database is not empty: restore into a new database, or pass --replace to overwrite it.");
  }
  const database = decodeURIComponent(new URL(url).pathname.slice(1)); // a name, not the URL: no password in argv
  const clean = replace ? ["--clean", "--if-exists"] : [];
  await runTool("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...clean, "--dbname", database, file], url);
}

const EXTENSIONS = { pg_trgm };

/**
 * PGlite is single-process: a second process opening a folder in use would damage it. An open folder
 * has a postmaster.pid (removed on a clean close; after a crash, delete it by hand once nothing runs).
 */
export function assertEmbeddedDatabaseClosed(dataDir: string): void {
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new Error(`The embedded database in ${dataDir} is open in another process (npm start?): stop it first.`);
  }
}

/** The embedded database must not be open elsewhere (stop `npm start` first). */
export async function backupPGlite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`No embedded database in ${dataDir}`);
  assertEmbeddedDatabaseClosed(dataDir);
  const database = new PGlite({ dataDir, extensions: EXTENSIONS });
  try {
    await database.waitReady; // dumpDataDir before the database is up never settles
    // PGlite 0.5's own "gzip" option never settles on Node 20, so compress with zlib.
    const tar = await database.dumpDataDir("none");
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, await promisify(gzip)(Buffer.from(await tar.arrayBuffer())));
  } finally {
    await database.close();
  }
}

/** Into a new folder; `replace` first moves an existing one aside to `<folder>.before-restore-<time>`. */
export async function restorePGlite(file: string, dataDir: string, { replace = false } = {}): Promise<string | undefined> {
  let movedAside: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!replace) throw new Error(`${dataDir} is not empty: restore into a new folder, or pass --replace (the old folder is kept beside it).`);
    assertEmbeddedDatabaseClosed(dataDir);
    movedAside = `${dataDir}.before-restore-${Date.now()}`;
    await rename(dataDir, movedAside);
  }
  const tar = await promisify(gunzip)(await readFile(file));
  const database = new PGlite({ dataDir, loadDataDir: new Blob([tar]), extensions: EXTENSIONS });
  await database.waitReady;
  await database.close();
  return movedAside;
}

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Per table: its row count and an md5 over every row's text form, in a stable order — equal on two
 * databases exactly when they hold the same content. Used by the restore drill and its test.
 */
export async function contentFingerprint(query: Query): Promise<Record<string, { rows: number; md5: string | null }>> {
  const { rows: tables } = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const result: Record<string, { rows: number; md5: string | null }> = {};
  for (const { tablename } of tables) {
    const name = String(tablename).replace(/"/g, '""');
    const { rows } = await query(`SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`);
    result[String(tablename)] = { rows: Number(rows[0].rows), md5: (rows[0].md5 as string | null) ?? null };
  }
  return result;
}

export async function postgresFingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await contentFingerprint((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

export async function pgliteFingerprint(dataDir: string) {
  const database = new PGlite({ dataDir, extensions: EXTENSIONS });
  try {
    return await contentFingerprint((sql) => database.query<Record<string, unknown>>(sql));
  } finally {
    await database.close();
  }
}
