import { describe, expect, it } from "vitest";
import { backoffMs, memoryLeaseStore, pollMs, startJobRunner, type JobEvent } from "@/lib/jobs/runner";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("job runner", () => {
  it("never overlaps a job with itself and keeps going after a failure", async () => {
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    const events: JobEvent[] = [];
    const runner = startJobRunner(
      [
        {
          name: "slow",
          intervalMs: 5,
          run: async () => {
            calls += 1;
            active += 1;
            maxActive = Math.max(maxActive, active);
            await sleep(30);
            active -= 1;
            if (calls === 1) throw new Error("boom");
            return 1;
          },
        },
      ],
      { log: (event) => events.push(event) },
    );
    await sleep(250);
    await runner.stop();
    expect(maxActive).toBe(1);
    expect(calls).toBeGreaterThan(1);
    expect(events.filter((event) => "error" in event)).toHaveLength(1);
  });

  it("runOnce runs every job and reports what each handled", async () => {
    const runner = startJobRunner([
      { name: "a", intervalMs: 60_000, run: async () => 3 },
      { name: "b", intervalMs: 60_000, run: async () => 0 },
    ]);
    expect(await runner.runOnce()).toEqual({ a: 3, b: 0 });
    await runner.stop();
  });

  it("two runners sharing a lease store never run the same job at the same time", async () => {
    const leases = memoryLeaseStore();
    let active = 0;
    let overlaps = 0;
    let runs = 0;
    const job = {
      name: "shared",
      intervalMs: 10,
      run: async () => {
        runs += 1;
        active += 1;
        if (active > 1) overlaps += 1;
        await sleep(25);
        active -= 1;
        return 1;
      },
    };
    const nodeA = startJobRunner([job], { leases, owner: "a" });
    const nodeB = startJobRunner([job], { leases, owner: "b" });
    await Promise.all([nodeA.runOnce(), nodeB.runOnce(), sleep(300)]);
    await Promise.all([nodeA.stop(), nodeB.stop()]);
    expect(overlaps).toBe(0);
    expect(runs).toBeGreaterThan(2);
  });

  it("keeps to the interval across nodes: a second node finds the job not yet due", async () => {
    const leases = memoryLeaseStore();
    expect(await leases.acquire("j", "a", 1000, false)).toEqual({ failures: 0 });
    await leases.release("j", "a", { nextRunInMs: 60_000, failed: false, handled: 1 });
    expect(await leases.acquire("j", "b", 1000, false)).toBeNull();
    expect(await leases.acquire("j", "b", 1000, true)).toEqual({ failures: 0 });
  });

  it("lets another node take over a lease its holder stopped renewing", async () => {
    let now = 1_000;
    const leases = memoryLeaseStore(() => now);
    expect(await leases.acquire("j", "crashed", 5_000, true)).not.toBeNull();
    now += 4_999;
    expect(await leases.acquire("j", "survivor", 5_000, true)).toBeNull();
    now += 2;
    expect(await leases.acquire("j", "survivor", 5_000, true)).not.toBeNull();
    expect(await leases.renew("j", "crashed", 5_000)).toBe(false);
  });

  it("counts consecutive failures and backs off exponentially up to a cap", async () => {
    const leases = memoryLeaseStore();
    const events: JobEvent[] = [];
    const runner = startJobRunner([{ name: "flaky", intervalMs: 1_000, run: async () => Promise.reject(new Error("down")) }], {
      leases,
      log: (event) => events.push(event),
    });
    await runner.runOnce();
    await runner.runOnce();
    await runner.stop();
    const retries = events.flatMap((event) => ("retryInMs" in event ? [[event.failures, event.retryInMs]] : []));
    expect(retries).toEqual([
      [1, 2_000],
      [2, 4_000],
    ]);
    expect(backoffMs(20, 1_000)).toBe(15 * 60_000);
    expect(pollMs(60_000)).toBe(30_000);
  });

  it("aborts a running job's signal when its lease cannot be renewed", async () => {
    // a store that refuses every renewal, as when another node took the lease after a long pause
    const leases = { ...memoryLeaseStore(), renew: async () => false };
    let aborted = false;
    const events: JobEvent[] = [];
    const runner = startJobRunner(
      [
        {
          name: "long",
          intervalMs: 60_000,
          leaseMs: 90,
          run: async (_now, { signal }) => {
            for (let i = 0; i < 20 && !signal.aborted; i++) await sleep(20);
            aborted = signal.aborted;
            return 0;
          },
        },
      ],
      { leases, log: (event) => events.push(event), owner: "holder" },
    );
    await runner.runOnce();
    await runner.stop();
    expect(aborted).toBe(true);
    expect(events.some((event) => "leaseLost" in event)).toBe(true);
  });
});
