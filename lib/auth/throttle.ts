/**
 * Login throttling, the pure part. Every attempt counts in a fixed window; going over the limit starts a
 * block. Blocks expire by themselves and double with each repeat (a "strike") within strikeMemorySeconds,
 * up to a cap — so guessing is slowed to a crawl, while nobody, attacker included, can lock an account
 * for good. Two scopes: account + client address (a person mistyping) and client address alone
 * (one machine trying many accounts). Storage is in login-throttle.ts.
 */
export type ThrottleRule = {
  /** attempts allowed in a window before a block starts */
  limit: number;
  windowSeconds: number;
  /** length of the first block; each further strike doubles it */
  baseBlockSeconds: number;
  maxBlockSeconds: number;
  /** how long past blocks count as strikes */
  strikeMemorySeconds: number;
};

export const LOGIN_THROTTLE = {
  perAccountAndIp: { limit: 5, windowSeconds: 15 * 60, baseBlockSeconds: 60, maxBlockSeconds: 60 * 60, strikeMemorySeconds: 24 * 60 * 60 },
  perIp: { limit: 50, windowSeconds: 15 * 60, baseBlockSeconds: 5 * 60, maxBlockSeconds: 6 * 60 * 60, strikeMemorySeconds: 24 * 60 * 60 },
} as const satisfies Record<string, ThrottleRule>;

/** Length of the block for the n-th strike (1-based): base, 2×base, 4×base … capped at maxBlockSeconds. */
export function blockSecondsFor(strike: number, rule: ThrottleRule): number {
  const exponent = Math.max(0, Math.floor(strike) - 1);
  // 2^31 already exceeds any cap; stop doubling before the number overflows to Infinity.
  const factor = 2 ** Math.min(exponent, 31);
  return Math.min(rule.baseBlockSeconds * factor, rule.maxBlockSeconds);
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; startsBlock: boolean; strike: number };

/**
 * Decide an attempt from the scope's state: refused while a block runs (without starting a new one);
 * refused and blocked when this attempt takes the window over the limit; allowed otherwise.
 * `attemptsInWindow` already includes this attempt.
 */
export function decideAttempt(input: { now: Date; activeBlockUntil: Date | null; attemptsInWindow: number; recentStrikes: number }, rule: ThrottleRule): AttemptDecision {
  const { now, activeBlockUntil, attemptsInWindow, recentStrikes } = input;
  if (activeBlockUntil && activeBlockUntil > now) {
    return { allowed: false, retryAfterSeconds: secondsUntil(activeBlockUntil, now), startsBlock: false, strike: recentStrikes };
  }
  if (attemptsInWindow <= rule.limit) return { allowed: true };
  const strike = recentStrikes + 1;
  return { allowed: false, retryAfterSeconds: blockSecondsFor(strike, rule), startsBlock: true, strike };
}

export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** "30 秒" / "5 分钟" / "2 小时" — rounded up, so the user never retries too early. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} 秒`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}
