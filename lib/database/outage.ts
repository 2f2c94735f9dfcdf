import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * A database outage answers 503 (with Retry-After and a Chinese message), not 500. App Router pages cannot
 * set their status and the error boundary renders a 500, so the status is set where the request enters
 * the process (`withOutageStatus`, wrapped around the handler in scripts/start.ts). The app code notes
 * on the request, through an AsyncLocalStorage, that it met an unreachable database:
 * - `noteDatabaseUnreachable()`: a query failed at the driver adapter (lib/database/adapter.ts), even if the
 *   caller then handled it;
 * - `noteUnavailableAnswer()`: the request's answer is that failure (lib/errors.ts, when an action result or
 *   a route handler's error is UNAVAILABLE; instrumentation.ts for errors nobody caught).
 * The server wrapper (loaded by tsx) and the app code (bundled by Next.js) are different module instances in
 * one process, so the storage lives under a global symbol.
 */
type RequestOutcome = { unreachable: boolean; unavailableAnswer: boolean };

const STORAGE_KEY = Symbol.for("zone-portal.request-outcome");

function storage(): AsyncLocalStorage<RequestOutcome> {
  const holder = globalThis as { [STORAGE_KEY]?: AsyncLocalStorage<RequestOutcome> };
  holder[STORAGE_KEY] ??= new AsyncLocalStorage<RequestOutcome>();
  return holder[STORAGE_KEY];
}

export const RETRY_AFTER_SECONDS = 30;
export const UNAVAILABLE_MESSAGE = "服务暂时不可用，请稍后再试";

export function noteDatabaseUnreachable(): void {
  const outcome = storage().getStore();
  if (outcome) outcome.unreachable = true;
}

export function noteUnavailableAnswer(): void {
  const outcome = storage().getStore();
  if (outcome) outcome.unreachable = outcome.unavailableAnswer = true;
}

/**
 * The status a response leaves with: a failure caused by the outage becomes 503 — a 5xx after any failed
 * query, and a 200 whose content is an UNAVAILABLE answer (a no-JavaScript form post re-rendered with the
 * message, a server action's result; the client reads action results whatever the status).
 */
export function outageStatus(status: number, outcome: RequestOutcome): number {
  if (status >= 500 && outcome.unreachable) return 503;
  if (status === 200 && outcome.unavailableAnswer) return 503;
  return status;
}

const RENDERED_TYPES = /^(text\/html|text\/x-component|application\/json)/;

/** Wraps a Node request handler: runs it with a fresh outcome and rewrites the status on the way out. */
export function withOutageStatus(handler: (req: IncomingMessage, res: ServerResponse) => unknown) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const outcome: RequestOutcome = { unreachable: false, unavailableAnswer: false };
    // Whoever reads the status before it is sent (the caching front picks its error page by it) sees the 503.
    let status = res.statusCode;
    Object.defineProperty(res, "statusCode", {
      configurable: true,
      enumerable: true,
      get: () => status,
      set: (value: number) => {
        status = outageStatus(value, outcome);
      },
    });
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
    let replaceBody = false;
    const writeHeadWithOutage = (status: number, ...rest: unknown[]): ServerResponse => {
      if (outageStatus(status, outcome) !== 503) return writeHead(status, ...rest);
      const headers = rest.find((item): item is OutgoingHttpHeaders | string[] => typeof item === "object" && item !== null);
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      res.setHeader("Cache-Control", "no-store");
      // A bare 500 (a route handler's uncaught error) has no page to show: answer the message as JSON.
      const contentType = String(res.getHeader("content-type") ?? (headers && !Array.isArray(headers) ? headers["content-type"] : "") ?? "");
      if (status >= 500 && !RENDERED_TYPES.test(contentType)) {
        replaceBody = true;
        res.removeHeader("content-length");
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        return writeHead(503);
      }
      return headers ? writeHead(503, headers) : writeHead(503);
    };
    res.writeHead = writeHeadWithOutage as ServerResponse["writeHead"];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => (replaceBody ? true : write(...args))) as ServerResponse["write"];
    res.end = ((...args: unknown[]) => {
      // decide the status (and whether the body is replaced) here, not behind later wrappers of writeHead
      if (!res.headersSent) writeHeadWithOutage(res.statusCode);
      if (!replaceBody) return end(...args);
      return end(JSON.stringify({ error: UNAVAILABLE_MESSAGE, code: "UNAVAILABLE" }));
    }) as ServerResponse["end"];
    storage().run(outcome, () => void handler(req, res));
  };
}
