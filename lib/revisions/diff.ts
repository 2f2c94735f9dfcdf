/**
 * Differences between two revisions: changed metadata fields, and the body compared line by line (the
 * Markdown an editor sees). Pure; the revisions page renders it, the tests pin it down.
 */
export type DiffOp = "equal" | "insert" | "delete";

export type DiffLine = { op: DiffOp; text: string };

export type FieldChange = { field: string; label: string; before: string; after: string };

export type RevisionDiff = { fields: FieldChange[]; body: DiffLine[]; changed: boolean };

// Past this many cells the LCS table would cost too much memory: compare as one replaced block instead.
const MAX_CELLS = 4_000_000;

/** Line diff by longest common subsequence; deletions come before insertions within a changed stretch. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const head = before.slice(0, start).map((text): DiffLine => ({ op: "equal", text }));
  const tail = before.slice(endBefore).map((text): DiffLine => ({ op: "equal", text }));
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  return [...head, ...diffMiddle(a, b), ...tail];
}

function diffMiddle(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [...a.map((text): DiffLine => ({ op: "delete", text })), ...b.map((text): DiffLine => ({ op: "insert", text }))];
  }
  // lengths[i][j] = LCS of a[i:] and b[j:], in one flat array
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[at(i, j)] = a[i] === b[j] ? lengths[at(i + 1, j + 1)] + 1 : Math.max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      lines.push({ op: "equal", text: a[i] });
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && lengths[at(i + 1, j)] >= lengths[at(i, j + 1)])) {
      lines.push({ op: "delete", text: a[i] });
      i += 1;
    } else {
      lines.push({ op: "insert", text: b[j] });
      j += 1;
    }
  }
  return lines;
}

export function splitLines(text: string): string[] {
  return text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n");
}

/** A field's value as the diff shows it: dates as ISO days, empty as “（空）”. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(displayValue).join("、");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Compare two snapshots: `labels` names the metadata fields to compare, in order; `bodyText` turns a
 * snapshot's body into the lines to diff.
 */
export function diffSnapshots<T extends Record<string, unknown>>(before: T, after: T, labels: Readonly<Record<string, string>>, bodyText: (snapshot: T) => string): RevisionDiff {
  const fields = Object.entries(labels)
    .map(([field, label]) => ({ field, label, before: displayValue(before[field]), after: displayValue(after[field]) }))
    .filter((change) => change.before !== change.after);
  const body = diffLines(splitLines(bodyText(before)), splitLines(bodyText(after)));
  return { fields, body, changed: fields.length > 0 || body.some((line) => line.op !== "equal") };
}
