import { describe, expect, it, vi } from "vitest";
import { toActionResult, AppError } from "@/lib/errors";
import { logger } from "@/lib/log";

// Server actions are HTTP endpoints: anyone can call one by its id with arguments of any shape (the
// authorization matrix found `settle(result, formData)` crashing on an undefined formData). Every exported
// action of lib/*/actions.ts — found here, so a new one cannot be forgotten — answers a wrong shape with
// the typed BAD_REQUEST result before it touches the session, the database or its arguments.
const modules = import.meta.glob<Record<string, unknown>>("../../../lib/*/actions.ts");

const MALFORMED: unknown[][] = [[], [undefined, undefined], [null, "x"], [undefined, { id: "x" }], [undefined, ["x"]], [{}], ["x", "leaving"], [undefined, new URLSearchParams("id=x")]];

describe("every server action checks the shape of its arguments", async () => {
  const actions: [string, (...args: unknown[]) => Promise<unknown>][] = [];
  for (const [file, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      // signOut and signOutEverywhere take no arguments, so there is nothing to check
      if (typeof value === "function" && value.length > 0) actions.push([`${file.replace(/^.*lib\//, "lib/")} ${name}`, value as (...args: unknown[]) => Promise<unknown>]);
    }
  }

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(40);
  });

  it.each(actions)("%s answers malformed arguments with BAD_REQUEST, and logs the attempt", async (_name, action) => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    for (const args of MALFORMED) {
      await expect(action(...args), JSON.stringify(args)).resolves.toMatchObject({ ok: false, code: "BAD_REQUEST" });
    }
    expect(warn.mock.calls.filter(([fields]) => (fields as { event?: string }).event === "malformed_action_arguments")).toHaveLength(MALFORMED.length);
    warn.mockRestore();
  });

  it("logs a rate-limited answer (anti-automation at work)", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const result = await toActionResult(async () => {
      throw new AppError("RATE_LIMITED", "提交过于频繁，请 5 分钟后再试");
    });
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(warn).toHaveBeenCalledWith({ event: "rate_limited" }, "提交过于频繁，请 5 分钟后再试");
    warn.mockRestore();
  });
});
