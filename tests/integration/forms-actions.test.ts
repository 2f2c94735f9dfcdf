import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// The public form actions end to end below the browser: SMTP is configured but nothing listens on it, so
// every delivery fails. The submitter must still be sent to the confirmation page, never shown an error.
const state = vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  return { cookies: new Map<string, string>(), afterResponse: [] as Array<() => Promise<void>> };
});

class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }),
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void state.cookies.set(name, value),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/server", () => ({ after: (task: () => Promise<void>) => void state.afterResponse.push(task) }));

const { submitContributionAction } = await import("@/lib/contributions/actions");
const { addSuggestedZonesAction, submitInquiryAction } = await import("@/lib/inquiries/actions");
const { CONTRIBUTION_RECEIPT_COOKIE } = await import("@/lib/contributions/receipt");
const { INQUIRY_RECEIPT_COOKIE } = await import("@/lib/inquiries/receipt");
const { db } = await import("@/lib/db");
const { createZone } = await import("@/tests/factories");
const { contributionForm, inquiryForm } = await import("@/tests/factories/forms");
const { useTestDatabase } = await import("@/tests/support/database");

function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const outcome = await run.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a redirect, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(RedirectSignal);
  return (outcome.error as RedirectSignal).url;
}

async function runAfterResponse(): Promise<void> {
  const tasks = state.afterResponse.splice(0);
  for (const task of tasks) await task();
}

describe(`public form actions with failing mail (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(async () => {
    await useTestDatabase();
    state.cookies.clear();
    state.afterResponse.length = 0;
  });
  afterAll(() => {
    delete process.env.SMTP_URL;
  });

  it("commits a 投稿, confirms it, and leaves the failed notification for retry", async () => {
    const form = contributionForm();
    expect(await redirectOf(submitContributionAction(null, formData(form)))).toBe("/contribute/received");
    const code = state.cookies.get(CONTRIBUTION_RECEIPT_COOKIE) ?? "";
    expect(code).toMatch(/^TG-/);
    expect(await db().contribution.count({ where: { trackingCode: code, email: form.email } })).toBe(1);

    // After the response: SMTP refuses the connection; the mail stays queued with the error.
    await runAfterResponse();
    const mail = await db().mailOutbox.findFirstOrThrow({ where: { to: form.email } });
    expect(mail).toMatchObject({ status: "pending", attempts: 1 });
    expect(mail.lastError).toBeTruthy();
  });

  it("commits a 投稿 even when the mail outbox cannot be written", async () => {
    await db().$executeRawUnsafe(`ALTER TABLE "MailOutbox" RENAME TO "MailOutbox_unavailable"`);
    try {
      expect(await redirectOf(submitContributionAction(null, formData(contributionForm())))).toBe("/contribute/received");
      await runAfterResponse();
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE "MailOutbox_unavailable" RENAME TO "MailOutbox"`);
    }
    expect(await db().contribution.count()).toBe(1);
  });

  it("hands back what was typed (without the honeypot) and Chinese field errors when invalid", async () => {
    const result = await submitContributionAction(null, formData(contributionForm({ phone: "123", title: "标题<script>", website: "" })));
    expect(result).toMatchObject({ ok: false, code: "BAD_REQUEST", values: { title: "标题<script>", phone: "123" } });
    expect(result && !result.ok && result.fieldErrors?.phone?.[0]).toMatch(/手机号码/);
    expect(result && !result.ok && result.values && "website" in result.values).toBe(false);
    expect(await db().contribution.count()).toBe(0);
  });

  it("commits an inquiry, confirms it, and lets only this browser add suggested zones", async () => {
    const zone = await createZone({ name: "动作测试经开区", industries: ["汽车"] });
    const other = await createZone({ name: "动作测试高新区", industries: ["汽车零部件"] });
    expect(await redirectOf(submitInquiryAction(null, formData(inquiryForm({ zones: [zone.slug], industry: "汽车" }))))).toBe("/inquiry/received");
    const code = state.cookies.get(INQUIRY_RECEIPT_COOKIE) ?? "";
    expect(await db().inquiry.count({ where: { trackingCode: code } })).toBe(1);
    await runAfterResponse();

    expect(await addSuggestedZonesAction(null, formData({ zones: [other.slug] }))).toEqual({ ok: true, data: { added: 1 } });
    state.cookies.clear();
    const stranger = await addSuggestedZonesAction(null, formData({ zones: [zone.slug] }));
    expect(stranger).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
