import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createLogger, logRequestError, requestIdFrom, scrubSecrets } from "@/lib/log";

const config = parseEnv({
  AUTH_SECRET: "auth-secret-0123456789-abcdefghijklmnop",
  DATABASE_URL: "postgresql://portal:db-pass-W0rd@db.internal:5432/portal",
  MEILI_HOST: "http://meili:7700",
  MEILI_MASTER_KEY: "meili-master-key-xyz",
  SMTP_URL: "smtp://mailer:smtp-pa55@smtp.example.cn:587",
  MEDIA_STORAGE: "s3",
  S3_BUCKET: "media",
  S3_SECRET_ACCESS_KEY: "s3-secret-key-abc",
  LOG_LEVEL: "debug",
});
const SECRETS = ["auth-secret-0123456789-abcdefghijklmnop", "db-pass-W0rd", "meili-master-key-xyz", "smtp-pa55", "s3-secret-key-abc", "hunter2-password", "session-cookie-value", "Bearer tok-123"];

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger(config, destination) };
}

describe("structured logs", () => {
  it("write one JSON object per line with level, time, service and message", () => {
    const { lines, logger } = capture();
    logger.info({ job: "drain", handled: 3 }, "job ran");
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 30, service: "zone-portal", job: "drain", handled: 3, msg: "job ran" });
    expect(new Date(entry.time).getTime()).toBeGreaterThan(0);
  });

  it("never print a secret, whether in a named field, a URL, an error message or a stack", () => {
    const { lines, logger } = capture();
    logger.info({ password: "hunter2-password", user: { email: "a@b.cn", password: "hunter2-password" } }, "login");
    logger.info({ headers: { cookie: "session-cookie-value", authorization: "Bearer tok-123" } }, "request");
    logger.error({ err: new Error("connect ECONNREFUSED postgresql://portal:db-pass-W0rd@db.internal:5432/portal") }, "database down");
    logger.warn({ smtp: config.SMTP_URL, note: `key=${config.MEILI_MASTER_KEY}` }, "misconfigured");
    logger.debug({ config }, "all the configuration, as a careless caller might log it");
    const output = lines.join("\n");
    expect(lines).toHaveLength(5);
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    expect(output).toContain("db.internal:5432"); // the useful part of the URL stays
    expect(output).toContain("[redacted]");
  });

  it("scrub URL passwords of any scheme, leaving URLs without one alone", () => {
    expect(scrubSecrets('"redis://u:p4ss@h:6379" http://example.cn/a@b', [])).toBe('"redis://u:***@h:6379" http://example.cn/a@b');
  });

  it("take the request id from the proxy, or make one", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "9f8e7d6c5b4a" }))).toBe("9f8e7d6c5b4a");
    expect(requestIdFrom(new Headers({ "x-request-id": "bad id <script>" }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("log a failed request with its id, route and path, but without query string, headers or cookies", () => {
    const { lines, logger } = capture();
    logRequestError(
      new Error("boom"),
      { path: "/admin/users?token=abc123secret", method: "POST", headers: { "x-request-id": "req-42", cookie: "session-cookie-value" } },
      { routePath: "/admin/users", routeType: "action" },
      logger,
    );
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 50, reqId: "req-42", method: "POST", path: "/admin/users", route: "/admin/users", routeType: "action", msg: "request failed" });
    expect(entry.err.message).toBe("boom");
    expect(lines[0]).not.toContain("session-cookie-value");
    expect(lines[0]).not.toContain("abc123secret");
  });
});
