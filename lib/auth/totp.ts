import { generateSecret, generateURI, verify } from "otplib";

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s — what every authenticator app expects).
 * One step of clock drift either way is accepted; a code at or before the last accepted step is refused,
 * so a code seen over a shoulder cannot be replayed.
 */
export const TOTP_ISSUER = "开发区资讯门户";
const PERIOD_SECONDS = 30;

export function createTotpSeed(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(seed: string, accountEmail: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountEmail, secret: seed, period: PERIOD_SECONDS, digits: 6, algorithm: "sha1" });
}

/** Codes as typed: "123 456", "１２３４５６" (full-width) → "123456"; anything else is left to fail. */
export function normaliseTotpCode(code: string): string {
  return code.normalize("NFKC").replace(/[\s-]/g, "");
}

export type TotpCheck = { valid: true; timeStep: number } | { valid: false };

export async function verifyTotpCode(input: { seed: string; code: string; lastStep?: number | null; now?: Date }): Promise<TotpCheck> {
  const code = normaliseTotpCode(input.code);
  if (!/^\d{6}$/.test(code)) return { valid: false };
  try {
    const result = await verify({
      secret: input.seed,
      token: code,
      period: PERIOD_SECONDS,
      epoch: Math.floor((input.now ?? new Date()).getTime() / 1000),
      epochTolerance: PERIOD_SECONDS,
      ...(input.lastStep == null ? {} : { afterTimeStep: input.lastStep }),
    });
    return result.valid && "timeStep" in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
  } catch {
    // A seed that cannot be decoded is a failed check, never a crash at sign-in.
    return { valid: false };
  }
}
