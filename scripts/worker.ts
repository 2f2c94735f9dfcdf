// `npm run worker`: the background jobs alone (search outbox, scheduled publishing, mail), for deployments
// that run web nodes with RUN_JOBS=false and one or more dedicated workers. `--once` runs every job once and exits.
import { resolveDatabaseTarget } from "@/lib/database/config";
import { disconnectDatabase } from "@/lib/db";
import { startPortalJobs } from "@/lib/jobs/start";
import { logger } from "@/lib/log";
import { fail } from "./lib/cli";

// The embedded database belongs to one process, the web server, which runs the jobs itself (RUN_JOBS).
if (resolveDatabaseTarget(process.env.DATABASE_URL).kind === "pglite") {
  fail("npm run worker needs PostgreSQL (DATABASE_URL=postgresql://…): on the embedded database, npm start runs the jobs itself.");
}

const runner = startPortalJobs();

async function shutDown(code: number): Promise<never> {
  await runner.stop();
  await disconnectDatabase();
  process.exit(code);
}

if (process.argv.includes("--once")) {
  const handled = await runner.runOnce();
  logger.info({ handled }, "worker: every job ran once");
  await shutDown(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    logger.info({ signal }, "worker stopping: finishing running jobs");
    void shutDown(0);
  });
}
