import path from "node:path";

/**
 * The one rule for choosing a database, used by the server, the CLI commands and the tests:
 *   DATABASE_URL unset            → embedded PGlite under .data/db (created, migrated and seeded on first use)
 *   DATABASE_URL=pglite:<dir>     → embedded PGlite at that folder (`pglite:memory://` for an in-memory one)
 *   DATABASE_URL=postgresql://…   → real PostgreSQL
 */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string; isDefault: boolean }
  | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/db";

export function resolveDatabaseTarget(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR), isDefault: true };
  if (value.startsWith("pglite:")) {
    const location = value.slice("pglite:".length);
    if (!location) throw new Error("DATABASE_URL=pglite: needs a folder, e.g. pglite:.data/db or pglite:memory://");
    const dataDir = location.startsWith("memory://") ? location : path.resolve(cwd, location);
    return { kind: "pglite", dataDir, isDefault: false };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  throw new Error(
    `DATABASE_URL must be unset, pglite:<folder>, pglite:memory:// or postgresql://…; got "${value.split(":")[0]}:…"`,
  );
}

/** A printable description that never shows a password. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
