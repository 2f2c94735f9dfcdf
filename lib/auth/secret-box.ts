import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Small authenticated encryption (AES-256-GCM) for secrets the database or a form must carry but never
 * show: TOTP seeds at rest, and the seed of an enrolment in progress in a hidden field. Keys are derived
 * from the session secret with HKDF, one per purpose, so a value sealed for one use opens for no other.
 * Rotating AUTH_SECRET makes stored seeds unreadable: those users enrol again (see README).
 */
export type SecretPurpose = "totp-seed" | "totp-enrolment";

export function deriveKey(masterSecret: string, purpose: SecretPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", masterSecret, "zone-portal", `secret-box:${purpose}`, 32));
}

export function sealSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** The plaintext, or null when the value was not sealed with this key or was tampered with. */
export function openSecret(sealed: string, key: Buffer): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // Wrong key or altered data: GCM's tag check fails, which is exactly "cannot open".
    return null;
  }
}
