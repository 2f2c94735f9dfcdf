import { beforeEach, describe, expect, it } from "vitest";
import { getContributionStatus, listContributionQueue } from "@/lib/contributions/queries";
import { notifyPublishedContributions } from "@/lib/contributions/published-notices";
import { acceptContribution, returnContribution, startContributionReview } from "@/lib/contributions/review";
import { SUBMISSION_LIMITS } from "@/lib/contributions/submission-guard";
import { submitContribution } from "@/lib/contributions/submit";
import { TERMS_VERSION } from "@/lib/contributions/terms";
import { db } from "@/lib/db";
import { drainMailOutbox, MAX_MAIL_ATTEMPTS, queueMail } from "@/lib/mail/outbox";
import { createZone } from "@/tests/factories";
import { contributionForm } from "@/tests/factories/forms";
import { rejection } from "@/tests/support/app-error";
import { useTestDatabase } from "@/tests/support/database";

const client = { clientHash: "client-a" };

async function reviewer() {
  return db().user.create({ data: { email: `reviewer${Math.random()}@example.com`, name: "审稿人", passwordHash: "x", role: "reviewer" } });
}

describe(`投稿 (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("stores a submission as plain text with the accepted terms version, then queues the receipt mail", async () => {
    const zone = await createZone({ name: "西青测试经济开发区" });
    const form = contributionForm({ title: "<b>标题</b>里的尖括号", zone: zone.slug });
    const outcome = await submitContribution(form, client);
    expect(outcome).toMatchObject({ isStored: true, isDuplicate: false });
    expect(outcome.trackingCode).toMatch(/^TG-/);

    const row = await db().contribution.findUniqueOrThrow({ where: { trackingCode: outcome.trackingCode } });
    expect(row).toMatchObject({ title: "<b>标题</b>里的尖括号", termsVersion: TERMS_VERSION, status: "received", zoneId: zone.id, isOriginal: true, clientHash: "client-a" });
    const mails = await db().mailOutbox.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: form.email, status: "logged" });
    expect(mails[0]?.text).toContain(outcome.trackingCode);
    expect(mails[0]?.text).toContain("/contribute/track");
    expect(await db().auditEvent.count({ where: { action: "contribution.submit", entityId: row.id } })).toBe(1);
  });

  it("keeps the submission when the mail outbox is unavailable, and reports success", async () => {
    await db().$executeRawUnsafe(`ALTER TABLE "MailOutbox" RENAME TO "MailOutbox_unavailable"`);
    try {
      const outcome = await submitContribution(contributionForm(), client);
      expect(outcome).toMatchObject({ isStored: true, isDuplicate: false });
      expect(await db().contribution.count({ where: { trackingCode: outcome.trackingCode } })).toBe(1);
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE "MailOutbox_unavailable" RENAME TO "MailOutbox"`);
    }
  });

  it("keeps failed deliveries for retry and gives up after the last attempt, without touching the submission", async () => {
    const outcome = await submitContribution(contributionForm(), client);
    const mailId = await queueMail({ to: "a@example.com", subject: "测试", text: "正文" }, db(), true);
    const failing = async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:25");
    };
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      expect(await drainMailOutbox(now, { send: failing, smtpConfigured: true })).toBe(1);
      const mail = await db().mailOutbox.findUniqueOrThrow({ where: { id: mailId } });
      expect(mail).toMatchObject({ attempts: attempt, status: attempt < MAX_MAIL_ATTEMPTS ? "pending" : "failed", lastError: "connect ECONNREFUSED 127.0.0.1:25" });
      now = new Date(mail.availableAt.getTime() + 1);
    }
    expect(await drainMailOutbox(now, { send: failing, smtpConfigured: true })).toBe(0);
    expect(await db().contribution.count({ where: { trackingCode: outcome.trackingCode } })).toBe(1);

    const sent: string[] = [];
    await queueMail({ to: "b@example.com", subject: "再试", text: "正文" }, db(), true);
    await drainMailOutbox(now, { send: async (message) => void sent.push(message.to), smtpConfigured: true });
    expect(sent).toEqual(["b@example.com"]);
    expect(await db().mailOutbox.count({ where: { status: "sent" } })).toBe(1);
  });

  it("answers a repeated submission with the first code and stores it once", async () => {
    const form = contributionForm();
    const first = await submitContribution(form, client);
    const again = await submitContribution({ ...form, body: form.body.replace(/\n/g, "\n\n") }, { clientHash: "client-b" });
    expect(again).toEqual({ trackingCode: first.trackingCode, isStored: true, isDuplicate: true });
    const [a, b] = await (() => {
      const twice = contributionForm({ title: "并发标题一二三" });
      return Promise.all([submitContribution(twice, client), submitContribution(twice, client)]);
    })();
    // Two posts of one form at the same moment (a double click): one row, one code.
    expect(a.trackingCode).toBe(b.trackingCode);
    expect(await db().contribution.count({ where: { title: "并发标题一二三" } })).toBe(1);
    expect(await db().contribution.count({ where: { email: form.email } })).toBe(1);
  });

  it("discards a filled honeypot without storing anything", async () => {
    const outcome = await submitContribution(contributionForm({ website: "http://spam.example" }), client);
    expect(outcome.isStored).toBe(false);
    expect(outcome.trackingCode).toMatch(/^TG-/);
    expect(await db().contribution.count()).toBe(0);
    expect(await db().mailOutbox.count()).toBe(0);
  });

  it("refuses invalid input with Chinese field errors and stores nothing", async () => {
    const error = await rejection(submitContribution(contributionForm({ phone: "12345", body: "太短" }), client));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors?.phone?.[0]).toMatch(/手机号码/);
    expect(error.fieldErrors?.body?.[0]).toMatch(/还差/);
    expect(await db().contribution.count()).toBe(0);
  });

  it("limits submissions per email and per client address, in the database", async () => {
    const now = new Date("2026-11-20T02:10:00Z");
    const email = "busy@example.com";
    for (let index = 0; index < SUBMISSION_LIMITS.perEmail.limit; index += 1) {
      await submitContribution(contributionForm({ email, title: `每小时限额测试第${index}篇` }), { clientHash: `ip-${index}`, now });
    }
    const limited = await rejection(submitContribution(contributionForm({ email, title: "超出限额的一篇" }), { clientHash: "ip-x", now }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/分钟后再试/);

    for (let index = 0; index < SUBMISSION_LIMITS.perClient.limit; index += 1) {
      await submitContribution(contributionForm({ title: `同一地址第${index}篇稿件` }), { clientHash: "one-office", now });
    }
    expect((await rejection(submitContribution(contributionForm(), { clientHash: "one-office", now }))).code).toBe("RATE_LIMITED");
    // The next window opens again.
    const nextHour = new Date(now.getTime() + 3_600_000);
    expect((await submitContribution(contributionForm(), { clientHash: "one-office", now: nextHour })).isStored).toBe(true);
    expect(await db().rateLimit.count()).toBeGreaterThan(0);
  });

  it("counts only stored submissions: a duplicate or a refused attempt leaves the counters as they were", async () => {
    const now = new Date("2026-11-20T03:10:00Z");
    const email = "counted@example.com";
    const counts = async () => (await db().rateLimit.findMany({ orderBy: { key: "asc" } })).map((row) => row.count);
    const form = contributionForm({ email, title: "计数测试第一篇稿件" });
    await submitContribution(form, { clientHash: "ip-count", now });
    expect(await counts()).toEqual([1, 1, 1]);
    // the same piece again (a double click) answers with its code and spends nothing
    expect((await submitContribution(form, { clientHash: "ip-count", now })).isDuplicate).toBe(true);
    expect(await counts()).toEqual([1, 1, 1]);
    for (let index = 1; index < SUBMISSION_LIMITS.perEmail.limit; index += 1) {
      await submitContribution(contributionForm({ email, title: `计数测试第${index + 1}篇稿件` }), { clientHash: "ip-count", now });
    }
    const stored = SUBMISSION_LIMITS.perEmail.limit;
    expect((await rejection(submitContribution(contributionForm({ email, title: "计数测试超出的一篇" }), { clientHash: "ip-count", now }))).code).toBe("RATE_LIMITED");
    expect(await counts()).toEqual([stored, stored, stored]);
    expect(await db().contribution.count({ where: { email } })).toBe(stored);
  });

  it("stores a burst from one office address at once, each submission once", async () => {
    const burst = Array.from({ length: 8 }, (_, index) => contributionForm({ email: `office${index}@example.com`, title: `同一办公室并发投稿${index}` }));
    const outcomes = await Promise.all(burst.map((form) => submitContribution(form, { clientHash: "one-nat" })));
    expect(new Set(outcomes.map((outcome) => outcome.trackingCode)).size).toBe(8);
    expect(await db().contribution.count({ where: { clientHash: "one-nat" } })).toBe(8);
    expect(await db().mailOutbox.count()).toBe(8);
  });

  it("accepts a piece into a draft news article crediting 来稿单位 and 作者", async () => {
    const user = await reviewer();
    const outcome = await submitContribution(contributionForm({ organisation: "滨海新区投资促进局", authorName: "王芳" }), client);
    const row = await db().contribution.findUniqueOrThrow({ where: { trackingCode: outcome.trackingCode } });
    await startContributionReview(user, row.id);
    expect((await getContributionStatus(outcome.trackingCode, row.email))?.status).toBe("in_review");

    const { articleId } = await acceptContribution(user, row.id);
    const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ kind: "news", status: "draft", title: row.title, source: "滨海新区投资促进局", author: "王芳" });
    expect(Array.isArray(article.body) && article.body.length).toBe(6);
    expect(await db().revision.count({ where: { entityType: "article", entityId: articleId } })).toBe(1);
    expect(await db().searchOutbox.count({ where: { entityType: "article", entityId: articleId } })).toBe(1);
    expect((await rejection(acceptContribution(user, row.id))).code).toBe("CONFLICT");
    expect((await rejection(returnContribution(user, { id: row.id, reason: "已经采用的稿件不能退回" }))).code).toBe("CONFLICT");

    const status = await getContributionStatus(outcome.trackingCode, row.email);
    expect(status).toMatchObject({ status: "accepted", articleUrl: null });

    // Editors publish the draft through the content workflow; the submitter then sees the link, and is told once.
    await db().article.update({ where: { id: articleId }, data: { status: "published", publishedAt: new Date() } });
    expect((await getContributionStatus(outcome.trackingCode, row.email))?.articleUrl).toContain(article.slug);
    expect(await notifyPublishedContributions()).toBe(1);
    expect(await notifyPublishedContributions()).toBe(0);
    expect(await db().mailOutbox.count({ where: { to: row.email, subject: { contains: "已发布" } } })).toBe(1);
  });

  it("returns a piece with a reason the submitter can read, and only to the right email", async () => {
    const user = await reviewer();
    const outcome = await submitContribution(contributionForm(), client);
    const row = await db().contribution.findUniqueOrThrow({ where: { trackingCode: outcome.trackingCode } });
    await returnContribution(user, { id: row.id, reason: "内容偏重企业宣传，请补充政策分析后再投。" });
    expect(await getContributionStatus(outcome.trackingCode, row.email)).toMatchObject({ status: "returned", returnReason: "内容偏重企业宣传，请补充政策分析后再投。" });
    expect(await getContributionStatus(outcome.trackingCode, "someone@example.com")).toBeNull();
    expect(await db().mailOutbox.count({ where: { to: row.email, subject: { contains: "未被采用" } } })).toBe(1);
  });

  it("lists the queue oldest first by default and filters by status and age", async () => {
    const now = new Date("2026-11-20T12:00:00Z");
    const old = await submitContribution(contributionForm({ title: "两天前的投稿标题" }), { clientHash: "q1", now: new Date(now.getTime() - 48 * 3_600_000) });
    await submitContribution(contributionForm({ title: "一小时前的投稿标题" }), { clientHash: "q2", now: new Date(now.getTime() - 3_600_000) });
    const base = { status: "open" as const, page: 1 };
    expect((await listContributionQueue(base, now)).rows.map((row) => row.title)).toEqual(["两天前的投稿标题", "一小时前的投稿标题"]);
    expect((await listContributionQueue({ ...base, age: "gt24h" }, now)).rows.map((row) => row.trackingCode)).toEqual([old.trackingCode]);
    expect((await listContributionQueue({ ...base, status: "returned" }, now)).total).toBe(0);
  });
});
