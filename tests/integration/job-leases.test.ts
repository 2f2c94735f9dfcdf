import { beforeEach, describe, expect, it } from "vitest";
import { databaseLeaseStore, listJobStatuses } from "@/lib/jobs/lease";
import { useTestDatabase } from "@/tests/support/database";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("job leases in the database", () => {
  beforeEach(useTestDatabase);

  it("gives a lease to exactly one of many nodes asking at once", async () => {
    const leases = databaseLeaseStore();
    const owners = Array.from({ length: 8 }, (_, index) => `node-${index}`);
    const results = await Promise.all(owners.map((owner) => leases.acquire("drain", owner, 30_000, false)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const [status] = await listJobStatuses();
    expect(status).toMatchObject({ name: "drain", isRunning: true, runs: 1 });
    expect(owners[results.findIndex(Boolean)]).toBe(status.owner);
  });

  it("schedules the next run, counts failures and frees the lease on release", async () => {
    const leases = databaseLeaseStore();
    await leases.acquire("drain", "a", 30_000, false);
    await leases.release("drain", "a", { nextRunInMs: 60_000, failed: true, handled: 0, error: "meili down" });
    expect(await leases.acquire("drain", "b", 30_000, false)).toBeNull(); // not due for a minute
    expect(await leases.acquire("drain", "b", 30_000, true)).toEqual({ failures: 1 });
    await leases.release("drain", "b", { nextRunInMs: 0, failed: false, handled: 7 });
    const [status] = await listJobStatuses();
    expect(status).toMatchObject({ owner: "b", isRunning: false, failures: 0, lastHandled: 7, runs: 2 });
  });

  it("hands a lease that ran out to the next node, and the old holder can no longer renew it", async () => {
    const leases = databaseLeaseStore();
    expect(await leases.acquire("drain", "crashed", 150, false)).not.toBeNull();
    expect(await leases.acquire("drain", "survivor", 30_000, false)).toBeNull();
    await sleep(200);
    expect(await leases.acquire("drain", "survivor", 30_000, false)).not.toBeNull();
    expect(await leases.renew("drain", "crashed", 30_000)).toBe(false);
    expect(await leases.renew("drain", "survivor", 30_000)).toBe(true);
  });
});
