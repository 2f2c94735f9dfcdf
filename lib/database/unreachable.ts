/**
 * Whether an error means "the database cannot be reached right now" (refused, restarting, connection cut,
 * pool exhausted) rather than "this query is wrong". Decided by error codes only, never message text:
 * - Prisma's own codes: P1001 can't reach, P1002/P1008 timed out, P1017 connection closed, P2024 pool timeout,
 *   P2028 transaction not started (or expired) in time — the pool is exhausted;
 * - the driver adapter's error kinds (`meta.driverAdapterError.cause.kind`, see @prisma/driver-adapter-utils):
 *   DatabaseNotReachable, ConnectionClosed, SocketTimeout, TooManyConnections;
 * - PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shut down, crashed, starting up),
 *   53300 (too many connections), and any FATAL/PANIC error (the session is gone — e.g. 55000 when a
 *   database no longer accepts connections);
 * - Node socket errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, EPIPE.
 * The error chain is walked through `cause`, `meta.driverAdapterError` and AggregateError's `errors`.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE"]);
const FATAL_SEVERITIES = new Set(["FATAL", "PANIC"]);

type Inspectable = { code?: unknown; kind?: unknown; severity?: unknown; cause?: unknown; meta?: unknown; errors?: unknown };

function isUnreachableNode(node: Inspectable): boolean {
  const code = typeof node.code === "string" ? node.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code)) return true;
  if (typeof node.kind === "string" && ADAPTER_KINDS.has(node.kind)) return true;
  const isPostgres = node.kind === "postgres" || (typeof node.severity === "string" && /^[0-9A-Z]{5}$/.test(code));
  if (!isPostgres) return false;
  return code.startsWith("08") || SQLSTATES.has(code) || (typeof node.severity === "string" && FATAL_SEVERITIES.has(node.severity));
}

function linked(node: Inspectable): unknown[] {
  const meta = typeof node.meta === "object" && node.meta ? (node.meta as { driverAdapterError?: unknown }) : undefined;
  return [node.cause, meta?.driverAdapterError, ...(Array.isArray(node.errors) ? node.errors : [])];
}

export function isDatabaseUnreachable(error: unknown): boolean {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length && seen.size < 32) {
    const node = queue.shift();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (isUnreachableNode(node as Inspectable)) return true;
    queue.push(...linked(node as Inspectable));
  }
  return false;
}
