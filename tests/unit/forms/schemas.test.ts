import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/contributions/form-state";
import { decodeReceipt, encodeReceipt } from "@/lib/contributions/receipt";
import { contributionSchema } from "@/lib/contributions/schema";
import { BODY_MAX_CHARACTERS, BODY_MIN_CHARACTERS } from "@/lib/contributions/terms";
import { generateTrackingCode, normalizeTrackingCode, TRACKING_ALPHABET } from "@/lib/contributions/tracking-code";
import { escapeCsvCell, toCsv } from "@/lib/inquiries/csv";
import { inquirySchema } from "@/lib/inquiries/schema";
import { contributionBody, contributionForm, inquiryForm } from "@/tests/factories/forms";

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsFrom>[0] }) {
  return result.error ? fieldErrorsFrom(result.error) : {};
}

describe("the 投稿 schema", () => {
  it("accepts a complete submission and normalises it", () => {
    const parsed = contributionSchema.parse(contributionForm({ email: " Author@Example.COM ", phone: "138 1234 5678", region: "" }));
    expect(parsed.email).toBe("author@example.com");
    expect(parsed.phone).toBe("13812345678");
    expect(parsed.region).toBeUndefined();
    expect(parsed.isOriginal).toBe(true);
  });

  it.each([
    [BODY_MIN_CHARACTERS, true],
    [BODY_MAX_CHARACTERS, true],
    [BODY_MIN_CHARACTERS - 1, false],
    [BODY_MAX_CHARACTERS + 1, false],
  ])("a body of %i characters is %s", (count, ok) => {
    expect(contributionSchema.safeParse(contributionForm({ body: contributionBody(count) })).success).toBe(ok);
  });

  it("counts whitespace as free: 1000 characters padded with blank lines are still 1000", () => {
    const body = contributionBody(BODY_MIN_CHARACTERS).replace(/\n/g, "\n\n   \n");
    expect(contributionSchema.safeParse(contributionForm({ body })).success).toBe(true);
  });

  it("tells how many characters are missing or too many, in Chinese", () => {
    expect(errorsOf(contributionSchema.safeParse(contributionForm({ body: contributionBody(900) }))).body?.[0]).toBe("正文需 1000～2000 字，当前 900 字，还差 100 字");
    expect(errorsOf(contributionSchema.safeParse(contributionForm({ body: contributionBody(2050) }))).body?.[0]).toContain("超出 50 字");
  });

  it("refuses an oversized raw body before counting", () => {
    const body = `${contributionBody(1200)}${" ".repeat(9000)}`;
    expect(errorsOf(contributionSchema.safeParse(contributionForm({ body }))).body?.[0]).toMatch(/正文过长/);
  });

  it("requires the originality statement, the terms and the current terms version", () => {
    const { isOriginal: _isOriginal, acceptTerms: _acceptTerms, ...rest } = contributionForm();
    const errors = errorsOf(contributionSchema.safeParse({ ...rest, termsVersion: "2020-01" }));
    expect(errors.isOriginal?.[0]).toBe("请确认原创声明");
    expect(errors.acceptTerms?.[0]).toBe("请阅读并同意《投稿须知》");
    expect(errors.termsVersion?.[0]).toMatch(/已更新/);
  });

  it("names every missing required field in Chinese", () => {
    const errors = errorsOf(contributionSchema.safeParse({ termsVersion: "x" }));
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["title", "body", "category", "authorName", "organisation", "email", "phone"]));
    for (const messages of Object.values(errors)) expect(messages[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses fields it does not know", () => {
    expect(contributionSchema.safeParse({ ...contributionForm(), status: "published" }).success).toBe(false);
  });
});

describe("the 招商咨询 schema", () => {
  it("accepts areas written with separators or full-width digits", () => {
    const parsed = inquirySchema.parse(inquiryForm({ landAreaMu: "１,２００", plantAreaM2: "5000.5" }));
    expect(parsed.landAreaMu).toBe(1200);
    expect(parsed.plantAreaM2).toBe(5000.5);
  });

  it("asks for the land need of a land inquiry and the plant need of a plant inquiry", () => {
    expect(errorsOf(inquirySchema.safeParse(inquiryForm({ landAreaMu: "" }))).landAreaMu?.[0]).toMatch(/亩/);
    expect(errorsOf(inquirySchema.safeParse(inquiryForm({ category: "plant", plantAreaM2: "" }))).plantAreaM2?.[0]).toMatch(/平方米/);
    expect(inquirySchema.safeParse(inquiryForm({ category: "policy", landAreaMu: "" })).success).toBe(true);
  });

  it("refuses negative, non-numeric and oversized areas", () => {
    for (const landAreaMu of ["-5", "八十", "1.234", "200000"]) expect(inquirySchema.safeParse(inquiryForm({ landAreaMu })).success).toBe(false);
  });

  it("de-duplicates zones and caps them at ten", () => {
    expect(inquirySchema.parse(inquiryForm({ zones: ["a", "a", "b"] })).zones).toEqual(["a", "b"]);
    expect(inquirySchema.safeParse(inquiryForm({ zones: Array.from({ length: 11 }, (_, index) => `z${index}`) })).success).toBe(false);
  });

  it("requires a category from the four and a message of at least ten characters", () => {
    const errors = errorsOf(inquirySchema.safeParse(inquiryForm({ category: "loan", message: "太短" })));
    expect(errors.category?.[0]).toBe("请选择咨询类别");
    expect(errors.message?.[0]).toMatch(/至少 10 个字/);
  });
});

describe("tracking codes (查询码)", () => {
  it("are a prefix and ten letters from an alphabet without look-alikes", () => {
    const code = generateTrackingCode("TG");
    expect(code).toMatch(/^TG-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$/);
    expect(TRACKING_ALPHABET).not.toMatch(/[01IO]/);
  });

  it("use every letter of the alphabet evenly from random bytes", () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, index) => index * 37);
    expect(generateTrackingCode("ZS", () => bytes)).toBe(`ZS-${Array.from(bytes, (byte) => TRACKING_ALPHABET[byte & 31]).join("")}`);
  });

  it("are differently random each time", () => {
    const codes = new Set(Array.from({ length: 500 }, () => generateTrackingCode("TG")));
    expect(codes.size).toBe(500);
  });

  it("forgive case, spaces, full-width forms and a missing dash when typed back", () => {
    expect(normalizeTrackingCode(" tg-7k3m 9qxd2p ", "TG")).toBe("TG-7K3M9QXD2P");
    expect(normalizeTrackingCode("ＴＧ７Ｋ３Ｍ９ＱＸＤ２Ｐ", "TG")).toBe("TG-7K3M9QXD2P");
    expect(normalizeTrackingCode("7K3M9QXD2P", "ZS")).toBe("ZS-7K3M9QXD2P");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeTrackingCode("TG-7K3M9QXD2", "TG")).toBeNull();
    expect(normalizeTrackingCode("TG-7K3M9QXD2O", "TG")).toBeNull();
    expect(normalizeTrackingCode("", "TG")).toBeNull();
  });

  it("round-trip through the receipt cookie, and a tampered receipt reads as none", () => {
    expect(decodeReceipt(encodeReceipt({ trackingCode: "TG-7K3M9QXD2P", isDuplicate: true }), "TG")).toEqual({ trackingCode: "TG-7K3M9QXD2P", isDuplicate: true });
    expect(decodeReceipt("TG-7K3M9QXD2P", "ZS")).toBeNull();
    expect(decodeReceipt("<script>", "TG")).toBeNull();
  });
});

describe("CSV export", () => {
  it("quotes separators and neutralises spreadsheet formulas", () => {
    expect(escapeCsvCell('a,"b"')).toBe('"a,""b"""');
    expect(escapeCsvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(escapeCsvCell("-1")).toBe("'-1");
    expect(escapeCsvCell(-1)).toBe("-1");
    expect(escapeCsvCell(null)).toBe("");
  });

  it("starts with a BOM and ends lines with CRLF for Excel", () => {
    expect(toCsv(["企业", "留言"], [["甲公司", "第一行\n第二行"]])).toBe('\uFEFF企业,留言\r\n甲公司,"第一行\n第二行"\r\n');
  });
});
