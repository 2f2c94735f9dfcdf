import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASVS_CHECKLIST, asvsFigure, countRequirements, describeAsvsFigure } from "../../../scripts/lib/asvs";

// The ASVS 5.0 L2 checklist states its figure; the figure must be what its rows say.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const checklist = readFileSync(path.join(ROOT, ASVS_CHECKLIST), "utf8");

describe("the ASVS checklist figure", () => {
  it("counts every requirement a row names", () => {
    expect(countRequirements("1.2.6–1.2.8")).toBe(3);
    expect(countRequirements("6.5.2, 6.5.4")).toBe(2);
    expect(countRequirements("4.4.1–4.4.4")).toBe(4);
    expect(countRequirements("16.5.1")).toBe(1);
  });

  it("refuses a status it does not know", () => {
    expect(() => asvsFigure("| 1.1.1 | x | done | code | test |")).toThrow(/unknown status/);
  });

  it("states the figure its rows add up to", () => {
    const figure = asvsFigure(checklist);
    expect(checklist).toContain(describeAsvsFigure(figure));
    expect(figure.applicable).toBeGreaterThan(150);
  });

  it("maps every chapter of ASVS 5.0", () => {
    for (const chapter of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) expect(checklist, `V${chapter}`).toMatch(new RegExp(`^## V${chapter} `, "m"));
  });
});
