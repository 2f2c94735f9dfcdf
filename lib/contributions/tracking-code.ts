import { randomBytes } from "node:crypto";

/**
 * 查询码 for both public forms: a prefix (TG 投稿 / ZS 招商咨询) and 10 characters from a 32-letter
 * alphabet without 0/O/1/I, so a code read over the phone or copied by hand survives. 10 × 5 bits = 50
 * bits from the system CSPRNG: unguessable, and a lookup also needs the submitter's email.
 */
export const TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 10;

export type TrackingPrefix = "TG" | "ZS";

export function generateTrackingCode(prefix: TrackingPrefix, random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(TRACKING_CODE_LENGTH);
  let body = "";
  // 256 is a multiple of 32, so masking the low five bits keeps every letter equally likely.
  for (const byte of bytes) body += TRACKING_ALPHABET[byte & 31];
  return `${prefix}-${body}`;
}

/**
 * What a person typed → the canonical code, or null when it cannot be one. Case, spaces, full-width
 * letters and a missing or full-width dash are forgiven.
 */
export function normalizeTrackingCode(input: string, prefix: TrackingPrefix): string | null {
  const compact = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-－—_]/g, "");
  const body = compact.startsWith(prefix) ? compact.slice(prefix.length) : compact;
  if (body.length !== TRACKING_CODE_LENGTH) return null;
  for (const char of body) if (!TRACKING_ALPHABET.includes(char)) return null;
  return `${prefix}-${body}`;
}
