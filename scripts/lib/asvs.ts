// The figure of docs/security/asvs-l2.md: how many applicable ASVS 5.0 L1/L2 requirements the checklist
// marks met, partial and open. Rows naming several requirements ("1.2.6–1.2.8", "6.5.2, 6.5.4") count
// each. Printed by `npm run test:resilience`; tests/unit/security/asvs-figure.test.ts keeps the figure the
// document states equal to its rows.
import { readFileSync } from "node:fs";
import path from "node:path";

export type AsvsStatus = "met" | "partial" | "open" | "N/A";
export type AsvsFigure = Record<AsvsStatus, number> & { applicable: number; metShare: number; halfShare: number };

export const ASVS_CHECKLIST = "docs/security/asvs-l2.md";

/** "6.5.2, 6.5.4" → 2; "1.2.6–1.2.8" → 3 (a range within one section). */
export function countRequirements(ids: string): number {
  return ids.split(",").reduce((total, part) => {
    const range = /^(\d+\.\d+)\.(\d+)\s*[–-]\s*(?:\1\.)?(\d+)$/.exec(part.trim());
    return total + (range ? Number(range[3]) - Number(range[2]) + 1 : 1);
  }, 0);
}

export function asvsFigure(markdown: string): AsvsFigure {
  const counts: Record<AsvsStatus, number> = { met: 0, partial: 0, open: 0, "N/A": 0 };
  for (const line of markdown.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (!/^\d+\.\d+\.\d+/.test(cells[1] ?? "")) continue;
    const status = cells[3] as AsvsStatus;
    if (!(status in counts)) throw new Error(`${ASVS_CHECKLIST}: unknown status “${cells[3]}” in row ${cells[1]}`);
    counts[status] += countRequirements(cells[1] as string);
  }
  const applicable = counts.met + counts.partial + counts.open;
  return { ...counts, applicable, metShare: counts.met / applicable, halfShare: (counts.met + counts.partial / 2) / applicable };
}

export function readAsvsFigure(root: string): AsvsFigure {
  return asvsFigure(readFileSync(path.join(root, ASVS_CHECKLIST), "utf8"));
}

/** The sentence the checklist states its figure in. */
export function describeAsvsFigure(figure: AsvsFigure): string {
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  return `Of the **${figure.applicable}** applicable L1/L2 requirements mapped below: **${figure.met} met, ${figure.partial} partial, ${figure.open} open** — **${percent(figure.metShare)} met** (${percent(figure.halfShare)} counting partial as half); ${figure["N/A"]} more do not apply.`;
}
