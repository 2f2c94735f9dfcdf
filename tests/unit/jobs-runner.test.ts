import { describe, expect, it } from "vitest";
import { startJobRunner } from "@/lib/jobs/runner";

describe("job runner", () => {
  it("never overlaps a job with itself and keeps going after a failure", async () => {
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    const errors: unknown[] = [];
    const runner = startJobRunner(
      [
        {
          name: "slow",
          intervalMs: 5,
          run: async () => {
            calls += 1;
            active += 1;
            maxActive = Math.max(maxActive, active);
            await new Promise((resolve) => setTimeout(resolve, 30));
            active -= 1;
            if (calls === 1) throw new Error("boom");
            return 1;
          },
        },
      ],
      (event) => event.error && errors.push(event.error),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    await runner.stop();
    expect(maxActive).toBe(1);
    expect(calls).toBeGreaterThan(1);
    expect(errors).toHaveLength(1);
  });

  it("runOnce runs every job and reports what each handled", async () => {
    const runner = startJobRunner([
      { name: "a", intervalMs: 60_000, run: async () => 3 },
      { name: "b", intervalMs: 60_000, run: async () => 0 },
    ]);
    expect(await runner.runOnce()).toEqual({ a: 3, b: 0 });
    await runner.stop();
  });
});
