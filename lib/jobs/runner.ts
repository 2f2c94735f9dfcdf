/**
 * The background-work runner: each job runs on its own interval, never overlapping itself in this
 * process. Safety across many app nodes is each job's own business: they claim work with
 * `FOR UPDATE SKIP LOCKED` or conditional updates, so two nodes never do the same item twice and a
 * crashed node's items are picked up by the next run anywhere.
 */
export type Job = {
  name: string;
  intervalMs: number;
  /** returns how many items it handled, for the log */
  run: (now: Date) => Promise<number>;
};

export type JobRunner = { stop: () => Promise<void>; runOnce: () => Promise<Record<string, number>> };

export type JobLogger = (event: { job: string; handled?: number; error?: unknown }) => void;

export function startJobRunner(jobs: Job[], log: JobLogger = () => {}): JobRunner {
  const running = new Map<string, Promise<number>>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;

  const tick = (job: Job): Promise<number> => {
    const current = running.get(job.name);
    if (current) return current;
    const promise = job
      .run(new Date())
      .then((handled) => {
        if (handled) log({ job: job.name, handled });
        return handled;
      })
      .catch((error: unknown) => {
        log({ job: job.name, error });
        return 0;
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, promise);
    return promise;
  };

  for (const job of jobs) {
    const timer = setInterval(() => {
      if (!stopped) void tick(job);
    }, job.intervalMs);
    timer.unref();
    timers.push(timer);
  }

  return {
    async stop() {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.all(running.values());
    },
    async runOnce() {
      const results: Record<string, number> = {};
      for (const job of jobs) results[job.name] = await tick(job);
      return results;
    },
  };
}
