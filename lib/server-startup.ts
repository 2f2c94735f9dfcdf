import { adapterFactory, databaseTarget, db } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/bootstrap";
import { describeDatabaseTarget } from "@/lib/database/config";
import { env, shouldSeedSampleContent } from "@/lib/env";
import { startPortalJobs } from "@/lib/jobs/start";
import { drainSearchOutbox } from "@/lib/search/sync/worker";

/**
 * Embedded database: created, migrated and seeded on first use, so `npm start` needs nothing installed.
 * PostgreSQL: migrations are applied by `npm run db:deploy` as a deployment step (many nodes must not
 * race to migrate), so the server only applies them itself when it is the embedded default.
 */
export async function startServerServices(): Promise<void> {
  const target = databaseTarget();
  console.log(`[zone-portal] 数据库：${describeDatabaseTarget(target)}`);
  if (target.kind === "pglite") {
    const prepared = await prepareDatabase({
      factory: adapterFactory(),
      prisma: db(),
      seed: shouldSeedSampleContent(true, env()),
      log: (line) => console.log(`[zone-portal] ${line}`),
    });
    // Freshly seeded sample content is searchable from the first request, not after the outbox job's first runs.
    if (prepared.seeded) while ((await drainSearchOutbox()) > 0);
  }
  if (env().RUN_JOBS) {
    const runner = startPortalJobs();
    // Ask running jobs to stop and hand their leases back while Next.js drains requests and exits; a
    // lease not handed back in time just runs out (JobLease.leasedUntil) and another node takes the job.
    process.once("SIGTERM", () => void runner.stop());
  }
}
