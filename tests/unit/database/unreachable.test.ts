import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "@/lib/database/unreachable";
import { errorResponse, toActionResult, toAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** The shapes Prisma 7 + adapter-pg produced when a database was cut off and when nothing listened (measured). */
function adapterError(cause: Record<string, unknown>, code = "P2010"): Error {
  return new Prisma.PrismaClientKnownRequestError("Raw query failed.", {
    code,
    clientVersion: "7.10.0",
    meta: { driverAdapterError: Object.assign(new Error("driver"), { name: "DriverAdapterError", cause }) },
  });
}

const terminated = adapterError({ kind: "postgres", code: "57P01", originalCode: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" });
const notAccepting = adapterError({ kind: "postgres", code: "55000", originalCode: "55000", severity: "FATAL", message: "not currently accepting connections" }, "P2039");
const refused = adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 });
const startingUp = adapterError({ kind: "postgres", code: "57P03", severity: "FATAL", message: "the database system is starting up" });
const socketReset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", syscall: "read", errno: -104 });

describe("isDatabaseUnreachable", () => {
  it.each([
    ["a terminated connection (57P01, FATAL)", terminated],
    ["a database that refuses connections (55000, FATAL) inside a transaction", notAccepting],
    ["nothing listening (DatabaseNotReachable)", refused],
    ["a server starting up (57P03)", startingUp],
    ["a reset socket", socketReset],
    ["Prisma's own can't-reach code", new Prisma.PrismaClientKnownRequestError("x", { code: "P1001", clientVersion: "7" })],
    ["a transaction that could not start in time (pool exhausted)", new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7" })],
    ["an outage wrapped as the cause of another error", new Error("render failed", { cause: terminated })],
    ["one of an AggregateError's errors", new AggregateError([new Error("x"), socketReset])],
    ["a connection exception (class 08)", adapterError({ kind: "postgres", code: "08006", severity: "ERROR" })],
  ])("is true for %s", (_name, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", adapterError({ kind: "UniqueConstraintViolation", constraint: { fields: ["slug"] } }, "P2002")],
    ["an ordinary query error (ERROR, 42601)", adapterError({ kind: "postgres", code: "42601", severity: "ERROR", message: "syntax error" })],
    ["a wrong password (a configuration error, not an outage)", adapterError({ kind: "AuthenticationFailed", user: "x" }, "P1000")],
    ["a plain Error", new Error("ECONNREFUSED mentioned only in the text")],
    ["not an error at all", "57P01"],
    ["null", null],
  ])("is false for %s", (_name, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });

  it("stops on a cause cycle", () => {
    const error: Error & { cause?: unknown } = new Error("loop");
    error.cause = error;
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});

describe("an unreachable database as the answer", () => {
  it("is UNAVAILABLE (503) with a Chinese message", () => {
    const appError = toAppError(terminated);
    expect([appError.code, appError.status]).toEqual(["UNAVAILABLE", 503]);
    expect(appError.message).toMatch(/[\u4e00-\u9fff]/);
    expect(toAppError(new Error("boom")).code).toBe("INTERNAL");
  });

  it("is a typed action result, never a throw", async () => {
    const result = await toActionResult(async () => {
      throw refused;
    });
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE" });
  });

  it("is a 503 route-handler answer with Retry-After and no stack", async () => {
    const response = errorResponse(notAccepting);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { error: string; code: string };
    expect(body.code).toBe("UNAVAILABLE");
    expect(JSON.stringify(body)).not.toMatch(/\bat |57P01|55000/);
  });
});
