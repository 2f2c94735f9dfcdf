// `npm run db:restore -- <file> [--replace]`: restores a db:backup file into the configured database, which must be
// empty (a new database or folder) unless --replace. Prints the rows per table it restored.
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/database/config";
import { backupFormatOf, pgliteFingerprint, postgresFingerprint, restorePGlite, restorePostgres } from "./lib/backup";
import { runMain } from "./lib/cli";

await runMain(async () => {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("Usage: npm run db:restore -- <backup file> [--replace]");
  const replace = args.includes("--replace");
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const format = backupFormatOf(file);

  const started = Date.now();
  let fingerprint;
  if (target.kind === "postgres") {
    if (format !== "pg_dump") throw new Error("PostgreSQL restores from a .dump file (made by db:backup on PostgreSQL).");
    await restorePostgres(target.url, file, { replace });
    fingerprint = await postgresFingerprint(target.url);
  } else {
    if (format !== "pglite") throw new Error("The embedded database restores from a .tar.gz file (made by db:backup on the embedded database).");
    if (target.dataDir.startsWith("memory://")) throw new Error("Restore into a folder (DATABASE_URL=pglite:<folder>), not into memory.");
    const movedAside = await restorePGlite(file, target.dataDir, { replace });
    if (movedAside) console.log(`  the previous folder is kept at ${movedAside}`);
    fingerprint = await pgliteFingerprint(target.dataDir);
  }
  console.log(`✓ ${file} → ${describeDatabaseTarget(target)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [table, { rows }] of Object.entries(fingerprint)) if (rows) console.log(`  ${table}: ${rows}`);
});
