import { describe, expect, it } from "vitest";
import { needsReprojection } from "@/lib/search/sync/worker";

/**
 * The outbox worker's version guard, checked on a model of the race it exists for: node A projects an
 * entity while an edit lands and node B projects the new version; the engine keeps whichever write lands
 * last (as Meilisearch does). Every interleaving is tried; after the re-enqueued rows are drained the
 * index must hold the newest version.
 */
type Step = "read-before" | "load" | "write" | "read-after";
const PROJECTION: Step[] = ["read-before", "load", "write", "read-after"];

type Projector = { name: string; steps: Step[]; before?: number; loaded?: number };

function interleavings<T>(a: T[], b: T[]): T[][] {
  if (!a.length) return [b];
  if (!b.length) return [a];
  return [...interleavings(a.slice(1), b).map((rest) => [a[0], ...rest]), ...interleavings(a, b.slice(1)).map((rest) => [b[0], ...rest])];
}

/** Runs one interleaving of A's projection with (edit, then B's projection); returns the indexed version at the end. */
function run(order: string[], decide: (before: number, after: number) => boolean): number {
  let version = 1;
  let indexed = 0;
  let requeued = 0;
  const projectors: Record<string, Projector> = { A: { name: "A", steps: [...PROJECTION] }, B: { name: "B", steps: [...PROJECTION] } };
  for (const actor of order) {
    if (actor === "edit") {
      version += 1;
      continue;
    }
    const projector = projectors[actor];
    const step = projector.steps.shift();
    if (step === "read-before") projector.before = version;
    if (step === "load") projector.loaded = version;
    if (step === "write") indexed = projector.loaded!;
    if (step === "read-after" && decide(projector.before!, version)) requeued += 1;
  }
  // The re-enqueued rows are drained later, when nothing races: each projects the current version.
  if (requeued) indexed = version;
  return indexed;
}

const orders = interleavings(
  PROJECTION.map(() => "A"),
  ["edit", ...PROJECTION.map(() => "B")],
);

describe("search outbox version guard", () => {
  it("re-enqueues exactly when the entity changed between loading and the confirmed write", () => {
    expect(needsReprojection(3, 3)).toBe(false);
    expect(needsReprojection(3, 4)).toBe(true);
    expect(needsReprojection(3, null)).toBe(true); // deleted meanwhile: project again, i.e. remove it
    expect(needsReprojection(null, null)).toBe(false);
    expect(needsReprojection(null, 1)).toBe(true); // created meanwhile
  });

  it("ends with the newest version indexed in every interleaving of two nodes and an edit", () => {
    expect(orders.length).toBe(126);
    for (const order of orders) expect(run(order, needsReprojection), order.join(" ")).toBe(2);
  });

  it("would keep a stale version in some interleaving without the guard", () => {
    const stale = orders.filter((order) => run(order, () => false) !== 2);
    expect(stale.length).toBeGreaterThan(0);
    expect(stale[0].join(" ")).toMatch(/A.*edit/);
  });
});
