import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportInquiriesCsv, INQUIRY_CSV_HEADER } from "@/lib/inquiries/export";
import { addInquiryNote, assignInquiry, changeInquiryStatus } from "@/lib/inquiries/manage";
import { getInquiryConfirmation, getInquiryStatus, listAssignableUsers, listInquiryInbox } from "@/lib/inquiries/queries";
import { inboxFilterSchema } from "@/lib/inquiries/schema";
import { addSuggestedZones, submitInquiry } from "@/lib/inquiries/submit";
import { createZone } from "@/tests/factories";
import { inquiryForm } from "@/tests/factories/forms";
import { rejection } from "@/tests/support/app-error";
import { useTestDatabase } from "@/tests/support/database";

const client = { clientHash: "investor-ip" };

async function staff(role: "editor" | "reviewer" = "editor") {
  return db().user.create({ data: { email: `${role}${Math.random()}@example.com`, name: role === "editor" ? "招商专员" : "审稿人", passwordHash: "x", role } });
}

async function zones() {
  const chosen = await createZone({ name: "津南测试开发区", province: "天津市", city: "天津市", industries: ["装备制造"], level: "provincial" });
  const auto = await createZone({ name: "汽车测试经开区", province: "天津市", city: "天津市", industries: ["汽车零部件", "新能源汽车"], level: "national_etdz", areaKm2: 40 });
  const battery = await createZone({ name: "电池测试园区", province: "江苏省", city: "常州市", industries: ["新能源", "锂电"], level: "provincial", areaKm2: 20 });
  const pharma = await createZone({ name: "医药测试高新区", province: "上海市", city: "上海市", industries: ["生物医药"], level: "national_hitech" });
  const food = await createZone({ name: "食品测试园区", province: "山东省", city: "临沂市", industries: ["食品"], level: "municipal" });
  const hidden = await createZone({ name: "未发布测试园区", status: "draft", industries: ["汽车"] });
  return { chosen, auto, battery, pharma, food, hidden };
}

describe(`招商咨询 (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("stores an inquiry with its zones and areas, then queues the receipt", async () => {
    const { chosen } = await zones();
    const form = inquiryForm({ zones: [chosen.slug], landAreaMu: "120.5" });
    const outcome = await submitInquiry(form, client);
    expect(outcome.trackingCode).toMatch(/^ZS-/);
    const row = await db().inquiry.findUniqueOrThrow({ where: { trackingCode: outcome.trackingCode }, include: { zones: true } });
    expect(row).toMatchObject({ status: "new", category: "land", industry: "新能源汽车零部件", firstRespondedAt: null });
    expect(Number(row.landAreaMu)).toBe(120.5);
    expect(row.zones.map((link) => link.zoneId)).toEqual([chosen.id]);
    const mail = await db().mailOutbox.findFirstOrThrow({ where: { to: form.email as string } });
    expect(mail.text).toContain("津南测试开发区");
    expect(mail.text).toContain("/inquiry/track");
  });

  it("refuses a zone that is not published", async () => {
    const { hidden } = await zones();
    const error = await rejection(submitInquiry(inquiryForm({ zones: [hidden.slug] }), client));
    expect(error.fieldErrors?.zones?.[0]).toMatch(/重新选择/);
    expect(await db().inquiry.count()).toBe(0);
  });

  it("keeps an inquiry when queuing mail fails", async () => {
    await db().$executeRawUnsafe(`ALTER TABLE "MailOutbox" RENAME TO "MailOutbox_unavailable"`);
    try {
      const outcome = await submitInquiry(inquiryForm(), client);
      expect(outcome.isStored).toBe(true);
      expect(await db().inquiry.count({ where: { trackingCode: outcome.trackingCode } })).toBe(1);
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE "MailOutbox_unavailable" RENAME TO "MailOutbox"`);
    }
  });

  it("detects duplicates and applies the per-email limit", async () => {
    const form = inquiryForm();
    const first = await submitInquiry(form, client);
    expect(await submitInquiry(form, { clientHash: "elsewhere" })).toEqual({ trackingCode: first.trackingCode, isStored: true, isDuplicate: true });
    const now = new Date();
    for (let index = 1; index < 5; index += 1) await submitInquiry(inquiryForm({ email: form.email as string, message: `第${index}次不同的咨询内容，需要厂房和用地。` }), { clientHash: `ip${index}`, now });
    const limited = await rejection(submitInquiry(inquiryForm({ email: form.email as string, message: "第六次不同的咨询内容，需要用地。" }), { clientHash: "ip9", now }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(await db().inquiry.count({ where: { email: form.email as string } })).toBe(5);
  });

  it("suggests 3–5 matching zones on the confirmation page, and adds the ticked ones", async () => {
    const { chosen, auto, battery, hidden } = await zones();
    const outcome = await submitInquiry(inquiryForm({ zones: [chosen.slug], industry: "新能源汽车零部件", landAreaMu: "80" }), client);
    const confirmation = await getInquiryConfirmation(outcome.trackingCode);
    const names = confirmation?.suggestions.map((suggestion) => suggestion.zone.name) ?? [];
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(5);
    expect(names[0]).toBe(auto.name);
    expect(names).toContain(battery.name);
    expect(names).not.toContain(chosen.name);
    expect(names).not.toContain(hidden.name);

    expect(await addSuggestedZones(outcome.trackingCode, { zones: [auto.slug, battery.slug] })).toEqual({ added: 2 });
    expect(await addSuggestedZones(outcome.trackingCode, { zones: [auto.slug] })).toEqual({ added: 0 });
    const links = await db().inquiryZone.findMany({ where: { inquiry: { trackingCode: outcome.trackingCode } }, orderBy: { suggested: "asc" } });
    expect(links.map((link) => link.suggested)).toEqual([false, true, true]);
    const after = await getInquiryConfirmation(outcome.trackingCode);
    expect(after?.suggestions.map((suggestion) => suggestion.zone.id)).not.toContain(auto.id);
    expect((await rejection(addSuggestedZones(outcome.trackingCode, { zones: [hidden.slug] }))).code).toBe("BAD_REQUEST");
  });

  it("moves through new → contacted → qualified → closed, stamping the first response once", async () => {
    const editor = await staff();
    const { trackingCode } = await submitInquiry(inquiryForm(), client);
    const { id, email } = await db().inquiry.findUniqueOrThrow({ where: { trackingCode } });

    expect((await rejection(changeInquiryStatus(editor, id, "qualified"))).code).toBe("BAD_REQUEST");
    const contactedAt = new Date("2026-11-20T03:00:00Z");
    await changeInquiryStatus(editor, id, "contacted", contactedAt);
    await changeInquiryStatus(editor, id, "qualified", new Date("2026-11-21T03:00:00Z"));
    await changeInquiryStatus(editor, id, "closed");
    const row = await db().inquiry.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "closed", firstRespondedAt: contactedAt });
    expect(await getInquiryStatus(trackingCode, email)).toMatchObject({ status: "closed" });
    expect(await getInquiryStatus(trackingCode, "other@example.com")).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "inquiry.status", entityId: id } })).toBe(3);
  });

  it("assigns to people who may manage inquiries, keeps internal notes, and filters the inbox", async () => {
    const editor = await staff();
    const reviewer = await staff("reviewer");
    const { trackingCode } = await submitInquiry(inquiryForm({ company: "甲科技有限公司" }), client);
    await submitInquiry(inquiryForm({ company: "乙物流有限公司", category: "plant", landAreaMu: "", plantAreaM2: "5000" }), client);
    const { id } = await db().inquiry.findUniqueOrThrow({ where: { trackingCode } });

    expect((await rejection(assignInquiry(editor, id, reviewer.id))).code).toBe("BAD_REQUEST");
    await assignInquiry(editor, id, editor.id);
    await addInquiryNote(editor, id, "已电话联系，客户下周来园区考察。");
    expect((await listAssignableUsers()).map((user) => user.id)).toEqual([editor.id]);

    const filter = (query: Record<string, string>) => inboxFilterSchema.parse(query);
    expect((await listInquiryInbox(filter({ assignee: "me" }), editor.id)).rows.map((row) => row.company)).toEqual(["甲科技有限公司"]);
    expect((await listInquiryInbox(filter({ assignee: "none" }), editor.id)).rows.map((row) => row.company)).toEqual(["乙物流有限公司"]);
    expect((await listInquiryInbox(filter({ category: "plant" }), editor.id)).total).toBe(1);
    expect((await listInquiryInbox(filter({ q: "物流" }), editor.id)).total).toBe(1);
    expect((await listInquiryInbox(filter({ q: trackingCode.toLowerCase() }), editor.id)).total).toBe(1);
    const [row] = (await listInquiryInbox(filter({ assignee: "me" }), editor.id)).rows;
    expect(row).toMatchObject({ noteCount: 1, assignee: { name: "招商专员" } });
  });

  it("exports the filtered inbox as CSV for Excel, neutralising formulas, and audits the export", async () => {
    const editor = await staff();
    await submitInquiry(inquiryForm({ company: "=HYPERLINK(\"http://evil\")公司", message: "第一行需求说明\n第二行，含逗号" }), client);
    await submitInquiry(inquiryForm({ category: "policy", landAreaMu: "" }), client);
    const { csv, count, filename } = await exportInquiriesCsv(editor, inboxFilterSchema.parse({ category: "land" }));
    expect(count).toBe(1);
    expect(filename).toMatch(/^招商咨询-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith(`\uFEFF${INQUIRY_CSV_HEADER.join(",")}\r\n`)).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")公司"`);
    expect(csv).toContain(`"第一行需求说明\n第二行，含逗号"`);
    expect(csv).toContain("工业用地招商");
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(await db().auditEvent.count({ where: { action: "inquiry.export", actorId: editor.id } })).toBe(1);
  });
});
