import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noteDatabaseUnreachable, noteUnavailableAnswer, outageStatus, withOutageStatus } from "@/lib/database/outage";

// What the app does in each case, standing in for Next.js behind the wrapper of scripts/start.ts.
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
  // a page whose query failed: the error boundary renders a 500 page
  "/page-outage": async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    noteDatabaseUnreachable();
    res.statusCode = 500;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end("<h1>页面出错了</h1>");
  },
  // a route handler that threw: Next.js answers a bare 500
  "/handler-outage": async (_req, res) => {
    noteDatabaseUnreachable();
    res.writeHead(500, { "content-type": "text/plain" });
    res.end("Internal Server Error\n    at handler (/srv/app/.next/server/route.js:1:1)");
  },
  // a no-JavaScript form post whose action returned UNAVAILABLE; the form re-renders with the message
  "/form-unavailable": async (_req, res) => {
    noteUnavailableAnswer();
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end("<p role=alert>服务暂时不可用，请稍后再试</p>");
  },
  // the caching front picks its own error page by the status it reads before sending
  "/front-reads-status": async (_req, res) => {
    noteDatabaseUnreachable();
    res.statusCode = 500;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<p>${res.statusCode}</p>`);
  },
  // a page that met the outage, handled it and rendered anyway: not a failure
  "/degraded": async (_req, res) => {
    noteDatabaseUnreachable();
    res.end("ok");
  },
  // a bug while the database is fine stays a 500
  "/bug": async (_req, res) => {
    res.statusCode = 500;
    res.end("<h1>页面出错了</h1>");
  },
};

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer(withOutageStatus((req, res) => routes[req.url ?? ""]?.(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("withOutageStatus", () => {
  it("answers a page that failed on the outage with 503, Retry-After and its Chinese page", async () => {
    const response = await fetch(`${base}/page-outage`);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("页面出错了");
  });

  it("replaces a bare 500 (and any stack in it) with a Chinese JSON message", async () => {
    const response = await fetch(`${base}/handler-outage`);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).not.toMatch(/\bat handler|\.next/);
    expect(JSON.parse(text)).toMatchObject({ code: "UNAVAILABLE", error: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it("answers a form whose submission failed on the outage with 503 and the form's message", async () => {
    const response = await fetch(`${base}/form-unavailable`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("服务暂时不可用");
  });

  it("shows the 503 to code that reads the status before it is sent", async () => {
    const response = await fetch(`${base}/front-reads-status`);
    expect([response.status, await response.text()]).toEqual([503, "<p>503</p>"]);
  });

  it("leaves a handled outage and an unrelated 500 alone", async () => {
    expect((await fetch(`${base}/degraded`)).status).toBe(200);
    expect((await fetch(`${base}/bug`)).status).toBe(500);
  });

  it("keeps each request's outcome to itself under concurrency", async () => {
    const paths = Array.from({ length: 40 }, (_, index) => (index % 2 ? "/bug" : "/page-outage"));
    const statuses = await Promise.all(paths.map(async (path) => (await fetch(`${base}${path}`)).status));
    expect(statuses).toEqual(paths.map((path) => (path === "/bug" ? 500 : 503)));
  });
});

describe("outageStatus", () => {
  it("turns only outage failures into 503", () => {
    expect(outageStatus(500, { unreachable: true, unavailableAnswer: false })).toBe(503);
    expect(outageStatus(200, { unreachable: true, unavailableAnswer: false })).toBe(200);
    expect(outageStatus(200, { unreachable: true, unavailableAnswer: true })).toBe(503);
    expect(outageStatus(303, { unreachable: true, unavailableAnswer: true })).toBe(303);
    expect(outageStatus(500, { unreachable: false, unavailableAnswer: false })).toBe(500);
  });
});
