import type { IncomingMessage, ServerResponse } from "node:http";
import type { BlockList } from "node:net";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/rate-limit/client-address";

/**
 * What `npm start` (scripts/start.ts) does to every request before the app sees it:
 * - TRACE is refused (405): no route answers it, and an echo of the request's headers is how cross-site
 *   tracing reads cookies (ASVS 13.4.4; Node's parser already refuses TRACK);
 * - the client address is resolved from the socket — X-Forwarded-For counts only from TRUSTED_PROXIES —
 *   and handed over in CLIENT_ADDRESS_HEADER, replacing whatever a client sent under that name (ASVS 4.1.3,
 *   15.3.4; lib/rate-limit/client-address.ts).
 */
const REFUSED_METHODS = new Set(["TRACE"]);

export function withRequestGuards(handler: (req: IncomingMessage, res: ServerResponse) => unknown, trustedProxies: BlockList) {
  return (req: IncomingMessage, res: ServerResponse): unknown => {
    if (REFUSED_METHODS.has((req.method ?? "").toUpperCase())) {
      res.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("不支持的请求方法");
      return undefined;
    }
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    return handler(req, res);
  };
}
