import { beforeEach, describe, expect, it, vi } from "vitest";

// 导入目录 below the browser, with the session replaced: who may preview and apply, and that a preview
// writes nothing while applying writes exactly what it showed. The page is guarded by requirePagePermission.
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
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: <F>(fn: F) => fn }));

const { applyCatalogueAction, previewCatalogueAction } = await import("@/lib/zones/catalogue/actions");
const { db } = await import("@/lib/db");
const { createZone } = await import("@/tests/factories");
const { useTestDatabase } = await import("@/tests/support/database");

const EXCERPT = ["国家级开发区", "经济技术开发区", "序号 | 开发区名称 | 批准时间 | 核准面积(公顷) | 主导产业", "1 | 蓝江经济技术开发区 | 1992.05 | 1250 | 汽车", "2 | 雾山经济技术开发区 | 2012年3月 | 900 | 食品、包装"].join("\n");

async function signIn(role: "admin" | "editor" | "reviewer") {
  const user = await db().user.create({ data: { email: `${role}-${Date.now()}@example.com`, name: role, role, passwordHash: "x" } });
  state.session = { userId: user.id, sv: user.sessionVersion };
  return user;
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const SOURCE = { sourceTitle: "蓝江省开发区目录（测试）", sourceUrl: "https://example.cn/list", sourceYear: "2018" };

describe(`catalogue import actions (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(async () => {
    await useTestDatabase();
    state.session = null;
  });

  it("refuses visitors and reviewers before reading anything", async () => {
    expect(await previewCatalogueAction(null, form({ text: EXCERPT, ...SOURCE }))).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
    await signIn("reviewer");
    expect(await previewCatalogueAction(null, form({ text: EXCERPT, ...SOURCE }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await applyCatalogueAction(null, form({ entries: "[]", ...SOURCE }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().zone.count()).toBe(0);
  });

  it("previews without writing, then applies what it showed; a second apply changes nothing", async () => {
    const editor = await signIn("editor");
    const known = await createZone({ name: "蓝江经开区", shortName: "蓝江经开区", province: null });
    const preview = await previewCatalogueAction(null, form({ text: EXCERPT, ...SOURCE }));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.plan.update.map((zone) => zone.id)).toEqual([known.id]);
    expect(preview.data.plan.create.map((zone) => [zone.name, zone.approvedAt, zone.industries])).toEqual([["雾山经济技术开发区", "2012-03", ["食品", "包装"]]]);
    expect(await db().zone.count()).toBe(1);

    const applied = await applyCatalogueAction(null, form({ entries: preview.data.entries, ...SOURCE }));
    expect(applied).toMatchObject({ ok: true, data: { created: 1, updated: 1, unchanged: 0, ambiguous: 0 } });
    const created = await db().zone.findUniqueOrThrow({ where: { name: "雾山经济技术开发区" } });
    // an editor may publish, so the new zone is live, with its source
    expect(created).toMatchObject({ status: "published", origin: "catalogue", catalogueSource: SOURCE.sourceTitle, catalogueSourceUrl: SOURCE.sourceUrl, catalogueYear: 2018 });
    expect(await db().auditEvent.count({ where: { actorId: editor.id, entityType: "zone" } })).toBe(2);

    expect(await applyCatalogueAction(null, form({ entries: preview.data.entries, ...SOURCE }))).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 2 } });
  });

  it("answers bad input with clear messages", async () => {
    await signIn("editor");
    expect(await previewCatalogueAction(null, form({ text: "", ...SOURCE }))).toMatchObject({ ok: false, fieldErrors: { text: ["请粘贴目录或选择文件"] } });
    expect(await previewCatalogueAction(null, form({ text: EXCERPT, ...SOURCE, sourceTitle: "" }))).toMatchObject({ ok: false, fieldErrors: { sourceTitle: ["请填写数据来源（文件名称）"] } });
    expect(await previewCatalogueAction(null, form({ text: EXCERPT, ...SOURCE, sourceUrl: "javascript:alert(1)" }))).toMatchObject({ ok: false, fieldErrors: { sourceUrl: ["来源网址须以 http:// 或 https:// 开头"] } });
    expect(await applyCatalogueAction(null, form({ entries: "{not json", ...SOURCE }))).toMatchObject({ ok: false, message: "预览数据已损坏，请重新预览" });
    expect(await applyCatalogueAction(null, form({ entries: JSON.stringify([{ name: "x" }]), ...SOURCE }))).toMatchObject({ ok: false });
    expect(await db().zone.count()).toBe(0);
  });
});
