import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { allowListFrom, checkAddress, checkFetchUrl, isForbiddenAddress } from "@/lib/importer/fetch-url";

const NONE = allowListFrom([]);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  return "allowed";
}

describe("the SSRF guard of import --url", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.100.100.200",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::7f00:1",
  ])("refuses %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(["8.8.8.8", "114.114.114.114", "172.32.0.1", "2400:3200::1", "::ffff:8.8.8.8"])("lets the public address %s through", (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it("refuses loopback and metadata URLs written as addresses, before any connection", () => {
    expect(refusal(() => checkFetchUrl("http://127.0.0.1/", NONE))).toMatch(/不能从本机、内网或云平台元数据地址导入（127\.0\.0\.1 → 127\.0\.0\.1）.*IMPORT_URL_ALLOW/);
    expect(refusal(() => checkFetchUrl("http://169.254.169.254/latest/meta-data/", NONE))).toMatch(/169\.254\.169\.254/);
    expect(refusal(() => checkFetchUrl("http://[::1]:8080/", NONE))).toMatch(/::1/);
    expect(refusal(() => checkFetchUrl("http://[::ffff:7f00:1]/", NONE))).toMatch(/不能从本机/);
  });

  it("refuses other schemes, credentials and what is not a URL", () => {
    expect(refusal(() => checkFetchUrl("file:///etc/passwd", NONE))).toBe("只能导入 http 或 https 网址（file:）");
    expect(refusal(() => checkFetchUrl("ftp://example.cn/a.pdf", NONE))).toMatch(/只能导入 http 或 https/);
    expect(refusal(() => checkFetchUrl("http://user:secret@example.cn/", NONE))).toBe("网址中不能包含用户名或密码");
    expect(refusal(() => checkFetchUrl("不是网址", NONE))).toBe("“不是网址”不是有效的网址");
    expect(checkFetchUrl(" https://www.example.cn/a.html ", NONE).href).toBe("https://www.example.cn/a.html");
  });

  it("lets IMPORT_URL_ALLOW name hosts, addresses and networks that may be reached", () => {
    const allow = allowListFrom(["127.0.0.1", "10.20.0.0/16", "intranet.zone.local"]);
    expect(checkFetchUrl("http://127.0.0.1:3123/a.html", allow).port).toBe("3123");
    expect(refusal(() => checkFetchUrl("http://127.0.0.2/", allow))).toMatch(/不能从本机/);
    expect(refusal(() => checkAddress("oa.zone.local", "10.20.3.4", allow))).toBe("allowed");
    expect(refusal(() => checkAddress("oa.zone.local", "10.21.3.4", allow))).toMatch(/oa\.zone\.local → 10\.21\.3\.4/);
    expect(refusal(() => checkAddress("intranet.zone.local", "192.168.9.9", allow))).toBe("allowed");
    // the metadata address stays closed unless named
    expect(refusal(() => checkAddress("evil.example", "169.254.169.254", allow))).toMatch(/169\.254\.169\.254/);
  });
});
