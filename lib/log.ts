import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";
import { env, type Env } from "@/lib/env";

/**
 * Structured JSON logs, one line per event, on stdout (collect them with the container runtime).
 * Secrets never reach the output, by two independent guards:
 * - fields that hold secrets by name (password, token, cookie, authorization …) are replaced;
 * - every finished line is scrubbed of the configured secret values (AUTH_SECRET, MEILI_MASTER_KEY,
 *   S3_SECRET_ACCESS_KEY, the passwords inside DATABASE_URL and SMTP_URL) and of any `user:password@`
 *   in a URL — so a secret inside an error message or a stack is caught too.
 */
const SECRET_FIELDS = ["password", "passwordHash", "secret", "token", "apiKey", "authorization", "cookie", "totpSecret"];
const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  ...["headers.authorization", "headers.cookie", "headers[\"set-cookie\"]"].flatMap((path) => [path, `*.${path}`]),
];

const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"]*:)[^\s@/"]+@/gi;

function urlPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** The configured values that must never be printed (longer than 3 characters, to avoid scrubbing noise). */
export function secretValues(config: Env): string[] {
  const values = [config.AUTH_SECRET, config.MEILI_MASTER_KEY, config.S3_SECRET_ACCESS_KEY, urlPassword(config.DATABASE_URL), urlPassword(config.SMTP_URL)];
  return [...new Set(values.filter((value): value is string => !!value && value.length > 3))];
}

export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let scrubbed = line.replace(URL_PASSWORD, "$1***@");
  for (const secret of secrets) {
    // a secret may sit in the line as is, or JSON-escaped
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) scrubbed = scrubbed.split(form).join("***");
  }
  return scrubbed;
}

export function createLogger(config: Env, destination?: DestinationStream): Logger {
  const secrets = secretValues(config);
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: "zone-portal", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
    },
    destination,
  );
}

export const logger: Logger = createLogger(env());

/** nginx (deploy/nginx.conf) sends one per request; tags every line the app logs for that request. */
export const REQUEST_ID_HEADER = "x-request-id";

export function requestIdFrom(headers: Pick<Headers, "get">): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** The logger for the request being handled (route handlers, server actions): every line carries reqId. */
export async function requestLogger(): Promise<Logger> {
  const { headers } = await import("next/headers");
  return logger.child({ reqId: requestIdFrom(await headers()) });
}

/** For instrumentation.ts `onRequestError`: what failed where, for which request id; never headers or bodies. */
export function logRequestError(
  error: unknown,
  request: Readonly<{ path: string; method: string; headers: NodeJS.Dict<string | string[]> }>,
  context: Readonly<{ routePath: string; routeType: string }>,
  log: Logger = logger,
): void {
  const given = request.headers[REQUEST_ID_HEADER];
  const reqId = requestIdFrom({ get: () => (Array.isArray(given) ? given[0] : given) ?? null });
  log.error({ err: error, reqId, method: request.method, path: request.path.split("?")[0], route: context.routePath, routeType: context.routeType }, "request failed");
}
