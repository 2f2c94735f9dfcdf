import { describe, expect, it } from "vitest";
import { AUDIT_CSV_HEADER, auditCsv } from "@/lib/audit/csv";
import { auditActionLabel } from "@/lib/audit/labels";
import { startOfChinaWeek } from "@/lib/dashboard/week";
import type { ArticleExport } from "@/lib/export/queries";
import { articlesCsv, toExportJson } from "@/lib/export/serialize";

const lines = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("audit CSV", () => {
  it("writes one row per event with Beijing time, Chinese labels and the detail as JSON", () => {
    const csv = auditCsv([
      { id: "e1", action: "role_change", entityType: "user", entityId: "u2", detail: { from: "editor", to: "admin" }, clientHash: null, createdAt: new Date("2026-01-01T16:30:00Z"), actor: { name: "管理员", email: "a@example.cn" } },
      { id: "e2", action: "login_failed", entityType: null, entityId: null, detail: {}, clientHash: "abc", createdAt: new Date("2026-01-02T00:00:00Z"), actor: null },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, first, second] = lines(csv);
    expect(header).toBe(AUDIT_CSV_HEADER.join(","));
    expect(first).toBe('2026-01-02 00:30:00,管理员,a@example.cn,修改角色,role_change,用户,u2,"{""from"":""editor"",""to"":""admin""}",,e1');
    expect(second).toBe("2026-01-02 08:00:00,（系统或访客）,,登录失败,login_failed,,,,abc,e2");
  });

  it("shows unknown actions as written", () => {
    expect(auditActionLabel("bulletin.compose_magic")).toBe("bulletin.compose_magic");
    expect(auditActionLabel("constructor")).toBe("constructor");
  });
});

describe("content export", () => {
  const article = {
    id: "a1",
    kind: "policy",
    status: "published",
    slug: "s",
    title: "=HYPERLINK(\"http://evil\")",
    summary: null,
    body: [{ type: "heading", level: 2, text: "第一条" }, { type: "paragraph", text: "正文，含逗号" }],
    source: "管委会",
    author: null,
    region: "天津",
    publishedAt: new Date("2025-02-27T16:00:00Z"),
    publishAt: null,
    unpublishAt: null,
    readCount: 7,
    docNumber: "津开发〔2025〕1号",
    issuer: "管委会",
    writtenAt: null,
    indexNumber: null,
    validity: "valid",
    replacedById: null,
    importSource: null,
    version: 2,
    createdAt: new Date("2025-01-01T00:00:00Z"),
    updatedAt: new Date("2025-03-01T00:00:00Z"),
    zones: [{ zone: { name: "甲开发区" } }, { zone: { name: "乙开发区" } }],
  } as unknown as ArticleExport;

  it("writes articles as CSV with the body as text and formulas defused", () => {
    const [, row] = lines(articlesCsv([article]));
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain("2025-02-28 00:00:00");
    expect(row).toContain("甲开发区、乙开发区");
    expect(row).toContain('"第一条\n\n正文，含逗号"');
  });

  it("wraps JSON exports with type, time and count", () => {
    const parsed = JSON.parse(toExportJson("articles", [article], new Date("2026-01-01T00:00:00Z"))) as { type: string; exportedAt: string; count: number; items: Array<{ title: string; publishedAt: string }> };
    expect(parsed).toMatchObject({ type: "articles", exportedAt: "2026-01-01T00:00:00.000Z", count: 1 });
    expect(parsed.items[0].publishedAt).toBe("2025-02-27T16:00:00.000Z");
  });
});

describe("the dashboard's week", () => {
  it("starts on Monday at midnight Beijing time", () => {
    // Sunday 2026-03-08 23:30 Beijing = 15:30 UTC → Monday 2026-03-02 00:00 Beijing = 2026-03-01 16:00 UTC
    expect(startOfChinaWeek(new Date("2026-03-08T15:30:00Z")).toISOString()).toBe("2026-03-01T16:00:00.000Z");
    // Monday 00:10 Beijing is already the new week
    expect(startOfChinaWeek(new Date("2026-03-08T16:10:00Z")).toISOString()).toBe("2026-03-08T16:00:00.000Z");
  });
});
