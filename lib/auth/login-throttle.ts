import "server-only";
import { db } from "@/lib/db";
import { hashClient, hitRateLimit, windowStart } from "@/lib/rate-limit/limiter";
import { decideAttempt, LOGIN_THROTTLE, type ThrottleRule } from "./throttle";

/**
 * Login throttling in the RateLimit table (shared by every app node). Attempts count in fixed windows
 * (`<scope>` rows); a block is a `<scope>:block` row whose windowStart is when it began and whose
 * blockedUntil is when it ends — past blocks within strikeMemorySeconds are the strikes that double the
 * next one. The jobs runner prunes rows older than a day, which is also when strikes are forgotten.
 */
export type LoginScope = { key: string; rule: ThrottleRule };

export function loginScopes(email: string, clientHash: string): LoginScope[] {
  // Emails are hashed too: attackers' guesses at addresses are not worth keeping in clear.
  const account = hashClient(email.trim().toLowerCase(), "login-account");
  return [
    { key: `login:acct-ip:${account}:${clientHash}`, rule: LOGIN_THROTTLE.perAccountAndIp },
    { key: `login:ip:${clientHash}`, rule: LOGIN_THROTTLE.perIp },
  ];
}

export type ThrottleOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number; blockStarted: boolean };

/**
 * Count this attempt in every scope and say whether it may go ahead. The count happens before the
 * password is checked, so parallel guesses cannot slip past the limit.
 */
export async function admitLoginAttempt(scopes: readonly LoginScope[], now = new Date()): Promise<ThrottleOutcome> {
  let retryAfterSeconds = 0;
  let blockStarted = false;
  for (const scope of scopes) {
    const blockKey = `${scope.key}:block`;
    const [activeBlock, recentStrikes] = await Promise.all([
      db().rateLimit.findFirst({ where: { key: blockKey, blockedUntil: { gt: now } }, orderBy: { blockedUntil: "desc" }, select: { blockedUntil: true } }),
      db().rateLimit.count({ where: { key: blockKey, windowStart: { gt: new Date(now.getTime() - scope.rule.strikeMemorySeconds * 1000) } } }),
    ]);
    const attemptsInWindow = activeBlock ? 0 : (await hitRateLimit(scope.key, scope.rule, now)).count;
    const decision = decideAttempt({ now, activeBlockUntil: activeBlock?.blockedUntil ?? null, attemptsInWindow, recentStrikes }, scope.rule);
    if (decision.allowed) continue;
    if (decision.startsBlock) {
      await startBlock(scope.key, now, decision.strike, decision.retryAfterSeconds);
      blockStarted = true;
    }
    retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds, blockStarted } : { allowed: true };
}

async function startBlock(key: string, now: Date, strike: number, seconds: number): Promise<void> {
  await db().$transaction([
    // The window starts afresh after the block: `limit` more tries, then a block twice as long.
    db().rateLimit.deleteMany({ where: { key } }),
    db().rateLimit.upsert({
      where: { key_windowStart: { key: `${key}:block`, windowStart: now } },
      create: { key: `${key}:block`, windowStart: now, count: strike, blockedUntil: new Date(now.getTime() + seconds * 1000) },
      update: {},
    }),
  ]);
}

/**
 * After a successful sign-in the person's own account+address scope is cleared (a correct password
 * proves the earlier failures were typos), and the attempt is taken back from the address-wide count:
 * an office behind one address, where every editor signs in each morning, must never be blocked by
 * its own successes. Earlier failures from that address still count, so a valid account cannot be
 * used to reset the counter an attacker uses against other accounts.
 */
export async function settleSuccessfulLogin(scopes: readonly LoginScope[], now = new Date()): Promise<void> {
  const [account, ...addressWide] = scopes;
  await db().rateLimit.deleteMany({ where: { key: { in: [account.key, `${account.key}:block`] } } });
  for (const scope of addressWide) {
    await db().rateLimit.updateMany({ where: { key: scope.key, windowStart: windowStart(now, scope.rule.windowSeconds), count: { gt: 0 } }, data: { count: { decrement: 1 } } });
  }
}
