import { createHash } from "node:crypto";
import { normalizeLine } from "./plain-text";

/**
 * The fingerprint for duplicate detection (shared with inquiries): the same words with different
 * spacing, line breaks or full-width/half-width forms count as the same submission.
 */
export function submissionContentHash(parts: readonly string[]): string {
  const canonical = parts.map((part) => normalizeLine(part.normalize("NFKC")).replace(/\s+/g, "")).join("\u0001");
  return createHash("sha256").update(canonical).digest("hex");
}
