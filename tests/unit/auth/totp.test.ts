import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { createTotpSeed, normaliseTotpCode, verifyTotpCode } from "@/lib/auth/totp";

const now = new Date("2026-03-01T08:00:10Z");

async function codeAt(seed: string, date: Date): Promise<string> {
  return generate({ secret: seed, epoch: Math.floor(date.getTime() / 1000), period: 30 });
}

describe("TOTP", () => {
  it("normalises codes as people type them", () => {
    expect(normaliseTotpCode("123 456")).toBe("123456");
    expect(normaliseTotpCode("１２３-４５６")).toBe("123456");
  });

  it("accepts the current code and one step of drift, refuses older ones", async () => {
    const seed = createTotpSeed();
    expect((await verifyTotpCode({ seed, code: await codeAt(seed, now), now })).valid).toBe(true);
    expect((await verifyTotpCode({ seed, code: await codeAt(seed, new Date(now.getTime() - 30_000)), now })).valid).toBe(true);
    expect((await verifyTotpCode({ seed, code: await codeAt(seed, new Date(now.getTime() - 120_000)), now })).valid).toBe(false);
  });

  it("never accepts a code at or before the last accepted step (no replay)", async () => {
    const seed = createTotpSeed();
    const first = await verifyTotpCode({ seed, code: await codeAt(seed, now), now });
    expect(first.valid).toBe(true);
    if (!first.valid) return;
    expect((await verifyTotpCode({ seed, code: await codeAt(seed, now), lastStep: first.timeStep, now })).valid).toBe(false);
  });

  it("refuses malformed codes and seeds without throwing", async () => {
    expect((await verifyTotpCode({ seed: createTotpSeed(), code: "12345", now })).valid).toBe(false);
    expect((await verifyTotpCode({ seed: "not base32 !!", code: "123456", now })).valid).toBe(false);
  });
});
