import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importBytes } from "@/lib/importer";
import { allowListFrom, fetchUrl } from "@/lib/importer/fetch-url";
import { storeImportedDocuments } from "@/lib/importer/store";
import { db } from "@/lib/db";
import { useTestDatabase } from "@/tests/support/database";

/**
 * The formats editors receive, end to end through the real decoders (pdfjs, word-extractor, Readability
 * on linkedom) and the text pipeline: one invented notice saved as a web page, printed to PDF by Chromium,
 * converted to .doc by LibreOffice and copied as text (tests/fixtures/importer/formats, make-fixtures.sh)
 * gives the same document. Links are fetched from a server on 127.0.0.1 only.
 */
const root = path.resolve(import.meta.dirname, "../..");
const fixtureDir = path.join(root, "tests/fixtures/importer/formats");
const fixture = (name: string) => readFileSync(path.join(fixtureDir, name));
const run = promisify(execFile);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  return "imported";
}

describe("one notice in every format", { timeout: 60_000 }, () => {
  it("imports the same title, date, 文号, 发文机关 and body from .txt, .html, .pdf (Chromium, LibreOffice) and .doc", async () => {
    const results = [];
    for (const name of ["notice.txt", "notice.html", "notice.pdf", "notice-libreoffice.pdf", "notice.doc"]) {
      const documents = await importBytes(fixture(name), name);
      expect(documents, name).toHaveLength(1);
      const [doc] = documents;
      results.push({ name, kind: doc.kind, title: doc.title, publishedAt: doc.publishedAt, docNumber: doc.docNumber, issuer: doc.issuer, body: doc.body });
    }
    const [text, ...others] = results;
    expect(text).toMatchObject({
      kind: "policy",
      title: "禾丰经济技术开发区管理委员会关于开展2026年度技术改造项目申报工作的通知",
      publishedAt: "2026-03-18",
      docNumber: "禾开经发〔2026〕15号",
      issuer: "禾丰经济技术开发区管理委员会",
    });
    expect(text.body).toContain("（三）对列入省级以上技术改造示范项目名单的企业，在上述补助基础上再给予50万元的一次性奖励。");
    for (const other of others) expect({ ...other, name: text.name }, other.name).toEqual(text);
  });

  it("keeps what only the page states: its source department, and no page chrome in the body", async () => {
    const [doc] = await importBytes(fixture("notice.html"), "notice.html");
    expect(doc.sourceDepartment).toBe("禾丰经济技术开发区经济发展局");
    expect(doc.body).not.toMatch(/首页|版权所有|相关链接|分享到|浏览次数/);
    const [pdf] = await importBytes(fixture("notice.pdf"), "notice.pdf");
    // Chromium's running header (date, page title) and footer (file address, 1/2) are gone
    expect(pdf.body).not.toMatch(/file:|\d+\/2|_禾丰经济技术开发区/);
  });

  it("refuses a scan (a PDF with no text layer) saying so, instead of importing it empty", async () => {
    expect(await refusal(importBytes(fixture("scan.pdf"), "扫描件.pdf"))).toMatch(/^“扫描件\.pdf” 是扫描件或图片 PDF（2 页均没有文字层），无法提取文字；请先用 OCR/);
  });

  it("reads a GBK page and an MHTML archive, reporting the images it did not fetch", async () => {
    const [gbk] = await importBytes(fixture("news-gbk.html"), "news-gbk.html");
    const [mhtml] = await importBytes(fixture("news.mhtml"), "news.mhtml");
    for (const doc of [gbk, mhtml]) {
      expect(doc).toMatchObject({ kind: "news", title: "松岭省禾丰县新能源装备产业园首批项目集中开工", publishedAt: "2026-05-20", sourceDepartment: "禾丰县融媒体中心" });
      expect(doc.body).toContain("风电装备 | 5 | 38");
      expect(doc.warnings?.find((warning) => warning.code === "images-not-fetched")?.message).toMatch(/正文中有 2 张图片未导入/);
    }
    expect(gbk.body).toBe(mhtml.body);
    expect(mhtml.sourceUrl).toBe("https://www.hefeng.example.cn/xwzx/2026/0520/kaigong.html");
  });
});

describe("import from a link", { timeout: 120_000 }, () => {
  let server: http.Server;
  let port = 0;
  const scratch = mkdtempSync(path.join(tmpdir(), "importer-formats-"));

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/tzgg/notice.html") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return response.end(fixture("notice.html"));
      }
      if (url.pathname === "/files/notice") {
        response.writeHead(200, { "content-type": "application/pdf" });
        return response.end(fixture("notice.pdf"));
      }
      const redirects: Record<string, string> = {
        "/moved": "/tzgg/notice.html",
        "/to-loopback": `http://127.0.0.1:${port}/tzgg/notice.html`,
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/loop": "/loop",
      };
      if (redirects[url.pathname]) {
        response.writeHead(302, { location: redirects[url.pathname] });
        return response.end();
      }
      response.writeHead(404);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(scratch, { recursive: true, force: true });
  });

  const allowLoopback = allowListFrom(["127.0.0.1"]);

  it("fetches a page through a redirect and imports it with its address as 原文链接", async () => {
    const fetched = await fetchUrl(`http://127.0.0.1:${port}/moved`, { allow: allowLoopback });
    expect(fetched).toMatchObject({ url: `http://127.0.0.1:${port}/tzgg/notice.html`, fileName: "notice.html", contentType: "text/html; charset=utf-8" });
    const [doc] = await importBytes(fetched.bytes, fetched.fileName, { contentType: fetched.contentType, sourceUrl: fetched.url });
    expect(doc).toMatchObject({ kind: "policy", docNumber: "禾开经发〔2026〕15号", sourceUrl: `http://127.0.0.1:${port}/tzgg/notice.html` });
    const pdf = await fetchUrl(`http://127.0.0.1:${port}/files/notice`, { allow: allowLoopback });
    expect(pdf.fileName).toBe("notice.pdf");
  });

  it("refuses loopback, the metadata address and a redirect to them when the allow-list is unset", async () => {
    const none = allowListFrom([]);
    expect(await refusal(fetchUrl("http://127.0.0.1/", { allow: none }))).toMatch(/^不能从本机、内网或云平台元数据地址导入（127\.0\.0\.1 → 127\.0\.0\.1）/);
    expect(await refusal(fetchUrl("http://169.254.169.254/latest/meta-data/", { allow: none }))).toMatch(/169\.254\.169\.254 → 169\.254\.169\.254/);
    // "localhost" is resolved, and refused after resolution
    expect(await refusal(fetchUrl(`http://localhost:${port}/tzgg/notice.html`, { allow: none }))).toMatch(/localhost → (127\.0\.0\.1|::1)/);
    // the first hop is allowed by name; where it redirects is checked again
    const onlyLocalhostName = allowListFrom(["localhost"]);
    expect(await refusal(fetchUrl(`http://localhost:${port}/to-loopback`, { allow: onlyLocalhostName }))).toMatch(/127\.0\.0\.1 → 127\.0\.0\.1/);
    expect(await refusal(fetchUrl(`http://localhost:${port}/to-metadata`, { allow: onlyLocalhostName }))).toMatch(/169\.254\.169\.254/);
  });

  it("stops after five redirects, at the size cap, and on an HTTP error", async () => {
    expect(await refusal(fetchUrl(`http://127.0.0.1:${port}/loop`, { allow: allowLoopback }))).toMatch(/^网址重定向超过 5 次/);
    expect(await refusal(fetchUrl(`http://127.0.0.1:${port}/files/notice`, { allow: allowLoopback, maxBytes: 1000 }))).toMatch(/^网址内容过大/);
    expect(await refusal(fetchUrl(`http://127.0.0.1:${port}/missing`, { allow: allowLoopback }))).toMatch(/^网址返回 HTTP 404/);
  });

  function importCli(args: string[], extraEnv: Record<string, string>) {
    return run("npx", ["tsx", "scripts/import.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", CI: "true", ...extraEnv },
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }

  it("npm run import -- --url works with IMPORT_URL_ALLOW and refuses loopback without it", async () => {
    const url = `http://127.0.0.1:${port}/tzgg/notice.html`;
    const allowed = await importCli(["--dry-run", "--json", "--url", url], { IMPORT_URL_ALLOW: "127.0.0.1" });
    expect(allowed.code).toBe(0);
    const [doc] = JSON.parse(allowed.stdout) as Record<string, unknown>[];
    expect(doc).toMatchObject({ source: "notice.html", kind: "policy", docNumber: "禾开经发〔2026〕15号", sourceUrl: url });
    const refused = await importCli(["--dry-run", "--url", url], { IMPORT_URL_ALLOW: "" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${url}：不能从本机、内网或云平台元数据地址导入（127.0.0.1 → 127.0.0.1）`);
  });

  it("imports a folder and a .zip in one command, ending with a table where a bad file is one row", async () => {
    const zip = path.join(scratch, "material.zip");
    const { writeFileSync, mkdirSync, copyFileSync } = await import("node:fs");
    writeFileSync(zip, zipSync({ "通知.html": fixture("notice.html"), "扫描.pdf": fixture("scan.pdf"), "说明.jpg": new Uint8Array([0xff, 0xd8, 0xff]) }));
    const folder = path.join(scratch, "folder");
    mkdirSync(path.join(folder, "sub"), { recursive: true });
    copyFileSync(path.join(fixtureDir, "notice.doc"), path.join(folder, "notice.doc"));
    copyFileSync(path.join(fixtureDir, "news.mhtml"), path.join(folder, "sub", "news.mhtml"));
    writeFileSync(path.join(folder, "notes.xlsx"), "x");
    const result = await importCli(["--dry-run", folder, zip], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/文件\s+篇数\s+类型\s+标题\s+提示 \/ 未导入原因/);
    expect(result.stdout).toMatch(/notice\.doc\s+1\s+政策文件\s+禾丰经济技术开发区/);
    expect(result.stdout).toMatch(/news\.mhtml\s+1\s+资讯\s+松岭省禾丰县.*正文中有 2 张图片未导入/);
    expect(result.stdout).toMatch(/material\.zip\/通知\.html\s+1\s+政策文件/);
    expect(result.stdout).toMatch(/material\.zip\/扫描\.pdf\s+✗\s+“扫描\.pdf” 是扫描件或图片 PDF/);
    expect(result.stdout).toMatch(/试运行完成：文件 4 个（失败 1），跳过不支持的文件 2 个，解析出文档 3 篇/);
  });
});

describe("the source URL on the stored article", () => {
  it("is stored with the document", async () => {
    await useTestDatabase();
    const [doc] = await importBytes(fixture("news.mhtml"), "news.mhtml");
    const [outcome] = await storeImportedDocuments(db(), [doc], { publish: false });
    const article = await db().article.findUniqueOrThrow({ where: { id: outcome.id }, select: { sourceUrl: true, title: true } });
    expect(article).toEqual({ sourceUrl: "https://www.hefeng.example.cn/xwzx/2026/0520/kaigong.html", title: "松岭省禾丰县新能源装备产业园首批项目集中开工" });
  });
});
