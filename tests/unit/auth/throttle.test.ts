import { describe, expect, it } from "vitest";
import { blockSecondsFor, decideAttempt, formatWait, LOGIN_THROTTLE } from "@/lib/auth/throttle";

const rule = LOGIN_THROTTLE.perAccountAndIp;
const now = new Date("2026-01-01T00:00:00Z");

describe("login throttle decisions", () => {
  it("allows attempts up to the limit in a window", () => {
    for (let attempts = 1; attempts <= rule.limit; attempts += 1) {
      expect(decideAttempt({ now, activeBlockUntil: null, attemptsInWindow: attempts, recentStrikes: 0 }, rule)).toEqual({ allowed: true });
    }
  });

  it("blocks the attempt that goes over the limit, for the base time on the first strike", () => {
    expect(decideAttempt({ now, activeBlockUntil: null, attemptsInWindow: rule.limit + 1, recentStrikes: 0 }, rule)).toEqual({ allowed: false, retryAfterSeconds: rule.baseBlockSeconds, startsBlock: true, strike: 1 });
  });

  it("doubles the block with each recent strike, up to the cap — never a permanent lockout", () => {
    expect(blockSecondsFor(1, rule)).toBe(60);
    expect(blockSecondsFor(2, rule)).toBe(120);
    expect(blockSecondsFor(3, rule)).toBe(240);
    expect(blockSecondsFor(50, rule)).toBe(rule.maxBlockSeconds);
    expect(blockSecondsFor(Number.MAX_SAFE_INTEGER, rule)).toBe(rule.maxBlockSeconds);
  });

  it("refuses during a block without starting another, and says how long is left", () => {
    const until = new Date(now.getTime() + 30_500);
    expect(decideAttempt({ now, activeBlockUntil: until, attemptsInWindow: 0, recentStrikes: 1 }, rule)).toEqual({ allowed: false, retryAfterSeconds: 31, startsBlock: false, strike: 1 });
  });

  it("lets attempts through again once the block has expired", () => {
    const expired = new Date(now.getTime() - 1);
    expect(decideAttempt({ now, activeBlockUntil: expired, attemptsInWindow: 1, recentStrikes: 1 }, rule)).toEqual({ allowed: true });
  });

  it("formats waits rounded up", () => {
    expect(formatWait(1)).toBe("1 秒");
    expect(formatWait(59.2)).toBe("60 秒");
    expect(formatWait(61)).toBe("2 分钟");
    expect(formatWait(3601)).toBe("2 小时");
  });
});
