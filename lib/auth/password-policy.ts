import { COMMON_PASSWORDS } from "./common-passwords";

/**
 * The password rules of NIST SP 800-63B: long enough, not a known or trivially guessable password,
 * not built from the account's own name. No composition rules (they push people to "Password1!").
 */
export const PASSWORD_MIN_LENGTH = 12;
// Matches the sign-in schema's limit; Argon2 would take more, but nobody types more.
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set(COMMON_PASSWORDS);
// Stubs of common passwords that people pad with digits or symbols: "password2025!", "123woaini1314".
const PADDABLE = COMMON_PASSWORDS.filter((entry) => entry.length >= 6 && /[a-z]/.test(entry));

const SEQUENCES = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];
const SEQUENCES_BOTH_WAYS = [...SEQUENCES, ...SEQUENCES.map((sequence) => [...sequence].reverse().join(""))];

export type PasswordContext = { email?: string | null };

/** Why a password is refused, in Chinese; empty when it is acceptable. */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符（当前 ${length} 个）`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);
  if (isGuessable(password)) problems.push("这个密码太常见或太有规律，容易被猜中，请换一个");
  if (containsAccountName(password, context.email)) problems.push("密码不能包含邮箱用户名");
  return problems;
}

export function isGuessable(password: string): boolean {
  const normalized = password.normalize("NFKC").toLowerCase();
  if (COMMON.has(normalized)) return true;
  if (isRepetition(normalized) || isSequence(normalized)) return true;
  const core = normalized.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core && COMMON.has(core)) return true;
  return PADDABLE.some((entry) => isPadded(normalized, entry));
}

/** The entry with only digits and symbols around it (or the entry repeated): "woaini1314!!", "88password". */
function isPadded(password: string, entry: string): boolean {
  const index = password.indexOf(entry);
  if (index < 0) return false;
  const rest = password.slice(0, index) + password.slice(index + entry.length);
  return !/\p{L}/u.test(rest) || rest === entry;
}

/** The same unit over and over: "aaaaaaaaaaaa", "abcabcabcabc", "520520520520". */
export function isRepetition(value: string): boolean {
  const characters = [...value];
  for (let size = 1; size <= characters.length / 2; size += 1) {
    if (characters.length % size !== 0) continue;
    const unit = characters.slice(0, size).join("");
    if (unit.repeat(characters.length / size) === value) return true;
  }
  return false;
}

/** A run along the alphabet, the digits or a keyboard row, either way: "1234567890123", "qwertyuiopas". */
export function isSequence(value: string): boolean {
  return SEQUENCES_BOTH_WAYS.some((sequence) => sequence.includes(value));
}

function containsAccountName(password: string, email: string | null | undefined): boolean {
  const local = email?.split("@")[0]?.toLowerCase();
  return Boolean(local && local.length >= 4 && password.toLowerCase().includes(local));
}
