import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, parseTrustedProxies, resolveClientAddress } from "@/lib/rate-limit/client-address";

const none = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  it("without trusted proxies takes the socket address and ignores X-Forwarded-For", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("127.0.0.1", "10.0.0.1, 198.51.100.1", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("believes X-Forwarded-For only when the socket is a trusted proxy", () => {
    const loopback = parseTrustedProxies("loopback");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", loopback)).toBe("198.51.100.7");
    expect(resolveClientAddress("::1", "198.51.100.7", loopback)).toBe("198.51.100.7");
    // a visitor that connects directly cannot choose its address
    expect(resolveClientAddress("203.0.113.9", "198.51.100.7", loopback)).toBe("203.0.113.9");
  });

  it("reads from the right, skipping trusted hops; what the client wrote on the left is not believed", () => {
    const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.10");
    // client forged "1.2.3.4"; the edge proxy appended the real peer 198.51.100.7; an inner proxy appended the edge
    expect(resolveClientAddress("10.1.2.3", "1.2.3.4, 198.51.100.7, 192.0.2.10", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.1.2.3", "garbage", proxies)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", "", proxies)).toBe("10.1.2.3");
  });

  it("knows the private ranges and refuses nonsense configuration", () => {
    const privateRanges = parseTrustedProxies("private");
    expect(resolveClientAddress("172.18.0.5", "203.0.113.1", privateRanges)).toBe("203.0.113.1");
    expect(resolveClientAddress("172.32.0.5", "203.0.113.1", privateRanges)).toBe("172.32.0.5");
    expect(() => parseTrustedProxies("nginx")).toThrow(/TRUSTED_PROXIES/);
    expect(resolveClientAddress(undefined, "203.0.113.1", privateRanges)).toBe("unknown");
  });
});

describe("clientAddressFrom", () => {
  it("prefers the address the server resolved over anything the client sent", () => {
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }))).toBe("203.0.113.9");
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" })).toBe("203.0.113.9");
  });

  it("outside the server (tests, next dev) falls back to the last X-Forwarded-For entry", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddressFrom(null)).toBe("unknown");
  });
});
