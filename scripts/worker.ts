// `npm run worker`: the background jobs alone (search outbox, scheduled publishing, mail), for deployments
// that run web nodes with RUN_JOBS=false and one or more dedicated workers.
import { portalJobs } from "@/lib/jobs/registry";
import { startJobRunner } from "@/lib/jobs/runner";
import { logger } from "@/lib/log";

const runner = startJobRunner(portalJobs(), ({ job, handled, error }) =>
  error ? logger.error({ job, err: error }, "job failed") : logger.info({ job, handled }, "job ran"),
);
logger.info({ jobs: portalJobs().map((job) => job.name) }, "worker started");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await runner.stop();
    process.exit(0);
  });
}
