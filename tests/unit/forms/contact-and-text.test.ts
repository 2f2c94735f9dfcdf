import { describe, expect, it } from "vitest";
import { isMainlandPhone, normalizePhone, phoneField } from "@/lib/contributions/contact";
import { submissionContentHash } from "@/lib/contributions/content-hash";
import { countCharacters, normalizeLine, normalizeMultiline, splitParagraphs } from "@/lib/contributions/plain-text";

describe("mainland phone numbers", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["+86 138-1234-5678".replace(/-/g, ""), "13812345678"],
    ["0086 19912345678", "19912345678"],
    ["１３８１２３４５６７８", "13812345678"],
    ["022-23456789", "022-23456789"],
    ["(022)23456789", "02223456789"],
    ["0571－8888888", "0571-8888888"],
    ["010-12345678转123", "010-12345678转123"],
    ["010-12345678-8001", "010-12345678-8001"],
  ])("accepts %s as %s", (input, expected) => {
    const parsed = phoneField.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe(expected);
  });

  it.each(["12812345678", "1381234567", "138123456789", "23456789", "022-123", "+1 415 555 0100", "abc", "13812345678x"])("refuses %s", (input) => {
    expect(isMainlandPhone(normalizePhone(input))).toBe(false);
    expect(phoneField.safeParse(input).success).toBe(false);
  });

  it("says in Chinese what a valid number looks like", () => {
    const parsed = phoneField.safeParse("12345");
    expect(parsed.error?.issues[0]?.message).toMatch(/手机号码.*固定电话/);
    expect(phoneField.safeParse("").error?.issues[0]?.message).toBe("请填写联系电话");
  });
});

describe("character counting (字数)", () => {
  it("counts every non-space character once, including punctuation and Latin", () => {
    expect(countCharacters("开发区，GDP 增长 5%。")).toBe(12);
  });

  it("does not count spaces, newlines, full-width spaces or invisible characters", () => {
    expect(countCharacters("　　第一段\n\n第二段 \t")).toBe(6);
    expect(countCharacters("招\u200B商\uFEFF")).toBe(2);
  });

  it("counts a character outside the BMP as one", () => {
    expect("𠮷".length).toBe(2);
    expect(countCharacters("𠮷野家")).toBe(3);
  });
});

describe("plain-text normalisation", () => {
  it("keeps paragraph indentation, drops trailing spaces and extra blank lines", () => {
    expect(normalizeMultiline("　　第一段  \r\n\r\n\r\n\r\n第二段\u0007")).toBe("　　第一段\n\n第二段");
  });

  it("collapses one-line fields and strips control characters", () => {
    expect(normalizeLine("  某市\t投资\u0000促进  中心 ")).toBe("某市 投资促进 中心");
  });

  it("splits paragraphs on lines", () => {
    expect(splitParagraphs("　　一\n\n二\n  \n三")).toEqual(["一", "二", "三"]);
  });

  it("treats the same words with different spacing and width as the same submission", () => {
    expect(submissionContentHash(["标题", "正文 第一段\n第二段"])).toBe(submissionContentHash(["标题", "正文第一段 第二段"]));
    expect(submissionContentHash(["ＡＢＣ"])).toBe(submissionContentHash(["ABC"]));
    expect(submissionContentHash(["标题", "正文"])).not.toBe(submissionContentHash(["标题", "正文二"]));
  });
});
