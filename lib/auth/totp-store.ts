import { authSecret } from "./secret";
import { deriveKey, openSecret, sealSecret } from "./secret-box";

/** TOTP seeds are stored sealed with a key derived from the session secret (never in clear in the database). */
export function sealTotpSeed(seed: string): string {
  return sealSecret(seed, deriveKey(authSecret(), "totp-seed"));
}

export function openTotpSeed(sealed: string): string | null {
  return openSecret(sealed, deriveKey(authSecret(), "totp-seed"));
}

/** An enrolment in progress travels in a hidden field: the seed, for whom, until when — sealed so it cannot be read or altered. */
export type TotpEnrolment = { userId: string; seed: string; expiresAt: number };

export function sealTotpEnrolment(enrolment: TotpEnrolment): string {
  return sealSecret(JSON.stringify(enrolment), deriveKey(authSecret(), "totp-enrolment"));
}

export function openTotpEnrolment(sealed: string, userId: string, now = new Date()): TotpEnrolment | null {
  const text = openSecret(sealed, deriveKey(authSecret(), "totp-enrolment"));
  if (!text) return null;
  const parsed = JSON.parse(text) as Partial<TotpEnrolment>;
  if (parsed.userId !== userId || typeof parsed.seed !== "string" || typeof parsed.expiresAt !== "number" || parsed.expiresAt < now.getTime()) return null;
  return { userId: parsed.userId, seed: parsed.seed, expiresAt: parsed.expiresAt };
}
