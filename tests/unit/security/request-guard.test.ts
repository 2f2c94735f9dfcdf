import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies } from "@/lib/rate-limit/client-address";
import { withRequestGuards } from "@/lib/security/request-guard";

// The front door of `npm start` as scripts/start.ts builds it (http.createServer with Node's default, strict
// parser): the app behind it answers with the client address it was handed.
function serve(trusted: string): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(
    withRequestGuards((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])), parseTrustedProxies(trusted)),
  );
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port })));
}

/** One raw HTTP/1.1 exchange, for requests fetch() refuses to send. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(request));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

let direct: { server: http.Server; port: number };
let behindProxy: { server: http.Server; port: number };

beforeAll(async () => {
  direct = await serve("");
  behindProxy = await serve("loopback");
});

afterAll(() => {
  direct.server.close();
  behindProxy.server.close();
});

describe("the request guards of npm start", () => {
  it("without TRUSTED_PROXIES takes the socket address: a forged X-Forwarded-For or client-address header changes nothing", async () => {
    const response = await fetch(`http://127.0.0.1:${direct.port}/`, { headers: { "x-forwarded-for": "198.51.100.7", [CLIENT_ADDRESS_HEADER]: "203.0.113.1" } });
    expect(await response.text()).toBe("127.0.0.1");
  });

  it("behind a trusted proxy takes the address the proxy appended", async () => {
    const response = await fetch(`http://127.0.0.1:${behindProxy.port}/`, { headers: { "x-forwarded-for": "1.2.3.4, 198.51.100.7" } });
    expect(await response.text()).toBe("198.51.100.7");
  });

  it("refuses TRACE with 405 (Node's parser already refuses TRACK), echoing nothing", async () => {
    for (const [method, status] of [["TRACE", "405 Method Not Allowed"], ["TRACK", "400 Bad Request"]]) {
      const answer = await raw(direct.port, `${method} / HTTP/1.1\r\nHost: localhost\r\nCookie: secret=1\r\nConnection: close\r\n\r\n`);
      expect(answer.split("\r\n")[0], method).toBe(`HTTP/1.1 ${status}`);
      expect(answer).not.toContain("secret=1");
    }
  });

  it("refuses a request framed by both Transfer-Encoding and Content-Length (request smuggling)", async () => {
    const answer = await raw(direct.port, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
    expect(answer.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 400/);
  });
});
