import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/database";

/**
 * `npm run import` end to end, as a separate process. Storing runs on the suite's PostgreSQL database
 * (an in-memory PGlite cannot be shared with another process; importer-store.test.ts covers PGlite).
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const fixtures = ["bulletin-qinghe.txt", "listing-page.txt", "news-scraped.txt"].map((file) => path.join(root, "tests/fixtures/importer", file));
const scratch = mkdtempSync(path.join(tmpdir(), "importer-cli-"));

const sharedDatabase = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

function importCli(args: string[], databaseUrl = sharedDatabase ?? "postgresql://nobody@127.0.0.1:1/none", extraEnv: Record<string, string> = {}) {
  return run("npx", ["tsx", "scripts/import.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, CI: "true", ...extraEnv },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** `npm run search -- --json QUERY` in a process of its own: what a user sees right after the import. */
type SearchOutput = { total: number; hits: { title: string; parentTitle?: string; kind: string }[] };
async function searchCli(query: string): Promise<SearchOutput> {
  const { stdout } = await run("npx", ["tsx", "scripts/search.ts", "--json", query], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: sharedDatabase, CI: "true" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as SearchOutput;
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run import", { timeout: 180_000 }, () => {
  it("--dry-run --json prints one object per document with the issue's fields and stores nothing", async () => {
    // an unreachable database: a dry run never opens one
    const { stdout } = await importCli(["--dry-run", "--json", ...fixtures], "postgresql://nobody@127.0.0.1:1/none");
    const documents = JSON.parse(stdout) as Record<string, unknown>[];
    expect(documents.map((doc) => [doc.source, doc.kind])).toEqual([
      ["bulletin-qinghe.txt", "bulletin"],
      ["listing-page.txt", "news"],
      ["listing-page.txt", "news"],
      ["listing-page.txt", "news"],
      ["news-scraped.txt", "news"],
    ]);
    expect(documents[0]).toMatchObject({ title: "青禾市开发区工作简报", publishedAt: "2024-09-30", issueNumber: 12, totalIssueNumber: 98 });
    expect(Object.keys(documents[0])).toEqual(["source", "kind", "title", "publishedAt", "publisher", "issueNumber", "totalIssueNumber", "sections", "zones"]);
    expect(Object.keys(documents[4])).toEqual(["source", "kind", "title", "publishedAt", "body", "zones", "warnings"]);
    // the scraped page has no date and loses its tripled title, doubled text and comments: both are reported
    expect((documents[4].warnings as { code: string }[]).map((warning) => warning.code)).toEqual(["no-date", "chrome-removed"]);
    expect(documents[1]).toMatchObject({ region: "禾丰县", publishedAt: "2024-08-21" });
  });

  it.runIf(sharedDatabase)("stores drafts with a line per file and a summary, and a second run creates nothing new", async () => {
    await useTestDatabase();
    const first = await importCli(fixtures);
    expect(first.stdout).toMatch(/\[1\/3\] bulletin-qinghe\.txt → 1 篇：新增 1，已存在 0/);
    expect(first.stdout).toMatch(/\[2\/3\] listing-page\.txt → 3 篇：新增 3，已存在 0/);
    expect(first.stdout).toMatch(/导入完成：文件 3 个，文档 5 篇：新增 5（草稿），已存在 0/);
    // the scraped page has no date of its own: its row of the end table says so
    expect(first.stdout).toMatch(/news-scraped\.txt[^\n]*原文中没有找到日期，发布日期留空/);
    const second = await importCli(["--publish", ...fixtures]);
    expect(second.stdout).toMatch(/导入完成：文件 3 个，文档 5 篇：新增 0（已发布），已存在 5，关联已收录开发区 0 个，新建待完善开发区 0 个/);
  });

  it.runIf(sharedDatabase)("--publish leaves the search index current: a new process finds the documents at once", async () => {
    await useTestDatabase();
    expect((await searchCli("青禾")).total).toBe(0);
    const { stdout } = await importCli(["--publish", fixtures[0], fixtures[2]]);
    expect(stdout).toMatch(/搜索：2 篇已写入搜索索引，现在即可搜到/);
    // the bulletin's items are found under the bulletin, the news article by its own title
    const found = await searchCli("青禾");
    expect(found.hits.map((hit) => hit.parentTitle ?? hit.title)).toContain("青禾市开发区工作简报 第12期（总第98期）");
    expect(found.total).toBeGreaterThan(1);
  });

  it.runIf(sharedDatabase)("with the search engine down, --publish stores everything and says the updates are queued", async () => {
    await useTestDatabase();
    // a Meilisearch address where nothing listens: the engine refuses every write
    const { stdout } = await importCli(["--publish", fixtures[2]], sharedDatabase, { MEILI_HOST: "http://127.0.0.1:9" });
    expect(stdout).toMatch(/文档 1 篇：新增 1（已发布）/);
    expect(stdout).toMatch(/搜索：0 篇已写入搜索索引；搜索引擎暂不可用，1 条更新已排队/);
    // the update is kept for the worker, nothing lost: the embedded engine (no MEILI_HOST) applies it later
    const { db } = await import("@/lib/db");
    const pending = await db().searchOutbox.count({ where: { status: "pending" } });
    expect(pending).toBe(1);
  });

  it("reports a bad file, imports the others and exits non-zero", async () => {
    const empty = path.join(scratch, "empty.txt");
    writeFileSync(empty, "");
    const failure = await importCli(["--dry-run", empty, fixtures[2], path.join(scratch, "missing.txt")]).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toMatch(/试运行完成：文件 3 个（失败 2），解析出文档 1 篇/);
    expect(failure?.stderr).toContain("empty.txt：“empty.txt” 是空文件");
    expect(failure?.stderr).toContain("missing.txt：文件不存在");
  });
});
