import { hash, verify } from "@node-rs/argon2";

/** Argon2id at the OWASP minimum (19 MiB, 2 passes, 1 lane). */
// `Algorithm` is an ambient const enum (unusable under isolatedModules): 2 is Algorithm.Argon2id.
const ARGON2_ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2_ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, never a crash.
    return false;
  }
}
