// `npm run db:backup [-- --out <file>]`: a backup of the configured database — pg_dump (custom format, .dump)
// for PostgreSQL, the data folder (.tar.gz) for the embedded database (stop the server first). Default: backups/.
import { statSync } from "node:fs";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/database/config";
import { backupPGlite, backupPostgres, defaultBackupFile } from "./lib/backup";
import { runMain } from "./lib/cli";

await runMain(async () => {
  const args = process.argv.slice(2);
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const file = args.includes("--out") ? args[args.indexOf("--out") + 1] : defaultBackupFile(target);

  const started = Date.now();
  if (target.kind === "postgres") await backupPostgres(target.url, file);
  else if (target.dataDir.startsWith("memory://")) throw new Error("An in-memory database has nothing to back up.");
  else await backupPGlite(target.dataDir, file);

  const sizeKb = Math.round(statSync(file).size / 1024);
  console.log(`✓ ${describeDatabaseTarget(target)} → ${file} (${sizeKb} KB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
});
