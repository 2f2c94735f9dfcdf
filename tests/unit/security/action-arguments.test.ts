import { describe, expect, it } from "vitest";

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

  it.each(actions)("%s answers malformed arguments with BAD_REQUEST", async (_name, action) => {
    for (const args of MALFORMED) {
      await expect(action(...args), JSON.stringify(args)).resolves.toMatchObject({ ok: false, code: "BAD_REQUEST" });
    }
  });
});
