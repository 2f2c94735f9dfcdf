import { logger } from "@/lib/log";
import { databaseLeaseStore } from "./lease";
import { portalJobs } from "./registry";
import { startJobRunner, type Job, type JobEvent, type JobRunner } from "./runner";

/** One JSON log line per job run that did something, failed or lost its lease. Idle runs stay quiet. */
export function logJobEvent(event: JobEvent): void {
  if ("error" in event) {
    logger.error({ job: event.job, owner: event.owner, err: event.error, failures: event.failures, retryInMs: event.retryInMs }, "job failed");
  } else if ("leaseLost" in event) {
    logger.warn({ job: event.job, owner: event.owner }, "job lease lost; stopping this run");
  } else if (event.handled > 0) {
    logger.info({ job: event.job, owner: event.owner, handled: event.handled, durationMs: event.durationMs }, "job ran");
  }
}

/** The portal's jobs on leases in the database: what the web process (RUN_JOBS) and `npm run worker` start. */
export function startPortalJobs(jobs: Job[] = portalJobs()): JobRunner {
  const runner = startJobRunner(jobs, { leases: databaseLeaseStore(), log: logJobEvent });
  logger.info({ owner: runner.owner, jobs: jobs.map((job) => job.name) }, "jobs runner started");
  return runner;
}
