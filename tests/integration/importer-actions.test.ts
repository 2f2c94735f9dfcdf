import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import iconv from "iconv-lite";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The admin import actions below the browser, with the session replaced: who may preview and save, and
// what a save stores. The page itself is guarded by requirePagePermission("import.run").
const state = vi.hoisted(() => ({ session: null as { userId: string; sv: number } | null }));

vi.mock("next-auth", () => ({ getServerSession: async () => state.session }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

const { previewImport, saveImportedDraft } = await import("@/lib/importer/actions");
const { db } = await import("@/lib/db");
const { useTestDatabase } = await import("@/tests/support/database");

const NEWS = "禾丰经开区召开季度项目调度会\n2024-05-06  来源：禾丰发布\n5月6日，禾丰经济技术开发区召开季度项目调度会，部署二季度重点工作。\n会议要求加快在建项目进度。";

async function signIn(role: "admin" | "editor" | "reviewer") {
  const user = await db().user.create({ data: { email: `${role}-${Date.now()}@example.com`, name: role, role, passwordHash: "x" } });
  state.session = { userId: user.id, sv: user.sessionVersion };
  return user;
}

function form(values: Record<string, string>, files: File[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  for (const file of files) data.append("files", file);
  return data;
}

describe(`admin import actions (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(async () => {
    await useTestDatabase();
    state.session = null;
  });

  it("refuses anonymous visitors and reviewers", async () => {
    expect(await previewImport(null, form({ text: NEWS }))).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
    await signIn("reviewer");
    expect(await previewImport(null, form({ text: NEWS }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveImportedDraft(null, form({ source: "x", kind: "news", title: "标题", zones: "" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().article.count()).toBe(0);
  });

  it("previews pasted text and uploaded files, each bad file reported by name, and stores nothing", async () => {
    await signIn("editor");
    const gbk = new File([new Uint8Array(iconv.encode(NEWS, "gbk"))], "调度会.txt");
    const binary = new File([new Uint8Array(1)], "二进制.txt");
    const pdf = new File(["%PDF-1.7"], "扫描件.pdf");
    const result = await previewImport(null, form({ text: NEWS }, [gbk, binary, pdf]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.sources.map((source) => [source.name, source.documents.map((doc) => doc.title), source.error ?? null])).toEqual([
      ["粘贴文本", ["禾丰经开区召开季度项目调度会"], null],
      ["调度会.txt", ["禾丰经开区召开季度项目调度会"], null],
      ["二进制.txt", [], "“二进制.txt” 不是文本文件，请上传 .txt、.md、.docx、.doc、.pdf、.html 或 .mhtml 文件"],
      ["扫描件.pdf", [], "“扫描件.pdf” 不是有效的 PDF 文件"],
    ]);
    expect(result.data.sources[1].original).toBe(NEWS);
    expect(await db().article.count()).toBe(0);
  });

  it("asks for text or a file", async () => {
    await signIn("editor");
    expect(await previewImport(null, form({ text: "  " }))).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { text: ["请粘贴文本、填写网址或选择文件"] } });
  });

  it("saves the corrected document as a draft once, linked to zones, with the editor in the audit trail", async () => {
    const editor = await signIn("editor");
    const values = {
      source: "粘贴文本",
      kind: "news",
      title: "禾丰经开区召开二季度项目调度会",
      publishedAt: "2024-05-06",
      region: "禾丰县",
      sourceDepartment: "禾丰发布",
      body: "5月6日，禾丰经济技术开发区召开季度项目调度会。\n\n会议要求加快在建项目进度。",
      zones: "禾丰经开区、禾丰经济技术开发区",
    };
    const saved = await saveImportedDraft(null, form(values));
    expect(saved).toMatchObject({ ok: true, data: { outcome: { status: "created", entity: "article", createdZoneStubs: ["禾丰经济技术开发区"] } } });
    const article = await db().article.findFirstOrThrow({ include: { zones: true } });
    expect(article).toMatchObject({ status: "draft", title: values.title, region: "禾丰县", source: "禾丰发布", importSource: "粘贴文本" });
    expect(article.zones).toHaveLength(1);
    expect(await db().auditEvent.findFirst({ where: { entityId: article.id } })).toMatchObject({ actorId: editor.id, action: "import" });

    expect(await saveImportedDraft(null, form(values))).toMatchObject({ ok: true, data: { outcome: { status: "unchanged", id: article.id } } });
    expect(await db().article.count()).toBe(1);
  });

  it("returns field errors for bad corrections", async () => {
    await signIn("editor");
    const result = await saveImportedDraft(null, form({ source: "粘贴文本", kind: "news", title: "", publishedAt: "6月", zones: "" }));
    expect(result).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(result.ok ? [] : Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["publishedAt", "title"]);
  });

  it("previews pasted HTML, many files and a .zip at once, with one result row per source", async () => {
    await signIn("editor");
    const formats = path.resolve(import.meta.dirname, "../fixtures/importer/formats");
    const bytes = (name: string) => new Uint8Array(readFileSync(path.join(formats, name)));
    const pastedHtml = "<h1>禾丰经开区召开季度项目调度会</h1><p>5月6日，禾丰经济技术开发区召开季度项目调度会，部署二季度重点工作。</p><p>会议要求加快在建项目进度。</p>";
    const archive = zipSync({ "通知.pdf": bytes("notice.pdf"), "扫描.pdf": bytes("scan.pdf"), "说明.xlsx": new Uint8Array([1]) });
    const result = await previewImport(
      null,
      form({ text: "禾丰经开区召开季度项目调度会", html: pastedHtml }, [
        new File([bytes("notice.doc")], "notice.doc"),
        new File([bytes("news-gbk.html")], "news-gbk.html"),
        new File([archive], "三月材料.zip"),
        new File(["x"], "表格.xlsx"),
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rows.map((row) => [row.file, row.documents, row.kind, row.refused])).toEqual([
      ["粘贴网页", 1, "资讯", false],
      ["notice.doc", 1, "政策文件", false],
      ["news-gbk.html", 1, "资讯", false],
      ["三月材料.zip/扫描.pdf", 0, "", true],
      ["三月材料.zip/通知.pdf", 1, "政策文件", false],
      ["表格.xlsx", 0, "", true],
    ]);
    // the HTML wins over the plain text the clipboard also carried
    expect(result.data.sources[0].documents[0].body).toContain("会议要求加快在建项目进度。");
    expect(result.data.rows[2].notes).toMatch(/正文中有 2 张图片未导入/);
    expect(result.data.rows[3].notes).toMatch(/是扫描件或图片 PDF/);
    expect(result.data.rows[5].notes).toBe("“表格.xlsx”的格式不支持，请上传 .txt、.md、.docx、.doc、.pdf、.html、.mhtml 或 .zip 文件");
    expect(await db().article.count()).toBe(0);
  });

  it("checks the 网址 field before fetching anything", async () => {
    await signIn("editor");
    expect(await previewImport(null, form({ url: "javascript:alert(1)" }))).toMatchObject({ ok: false, fieldErrors: { url: ["请填写以 http:// 或 https:// 开头的网址"] } });
    const metadata = await previewImport(null, form({ url: "http://169.254.169.254/latest/meta-data/" }));
    expect(metadata.ok && metadata.data.rows[0]).toMatchObject({ refused: true, notes: expect.stringMatching(/^不能从本机、内网或云平台元数据地址导入/) });
  });

  it("keeps the 原文链接 an editor saves with the draft, and refuses one that is not http(s)", async () => {
    await signIn("editor");
    const values = { source: "kaigong.html", kind: "news", title: "新能源装备产业园首批项目集中开工", body: "首批12个项目集中开工。", zones: "" };
    expect(await saveImportedDraft(null, form({ ...values, sourceUrl: "javascript:alert(1)" }))).toMatchObject({ ok: false, fieldErrors: { sourceUrl: ["原文链接应为 http 或 https 网址"] } });
    expect(await saveImportedDraft(null, form({ ...values, sourceUrl: "https://www.hefeng.example.cn/a.html" }))).toMatchObject({ ok: true });
    expect(await db().article.findFirstOrThrow({ select: { sourceUrl: true } })).toEqual({ sourceUrl: "https://www.hefeng.example.cn/a.html" });
  });
});
