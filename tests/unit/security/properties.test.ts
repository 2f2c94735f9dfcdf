import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { contributionSchema, statusLookupSchema } from "@/lib/contributions/schema";
import { AppError } from "@/lib/errors";
import { importText } from "@/lib/importer";
import { checkImportText, decodeDocument } from "@/lib/importer/decode";
import { inquirySchema } from "@/lib/inquiries/schema";
import { parseQuery } from "@/lib/search/query";
import { parseSearchParams } from "@/lib/search/schema";

// Property tests (fast-check) for what takes input from strangers: the importer, the public form
// validators and the search query parser. Whatever arrives, they answer — a value or a clear, Chinese
// error — and never crash with anything else. Figure printed at the end: cases run, failures.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
let casesRun = 0;
let failures = 0;

async function check<T>(property: fc.IAsyncPropertyWithHooks<[T]> | fc.IPropertyWithHooks<[T]>): Promise<void> {
  try {
    await fc.assert(property as fc.IAsyncProperty<[T]>, { numRuns: RUNS });
  } catch (error) {
    failures++;
    throw error;
  } finally {
    casesRun += RUNS;
  }
}

afterAll(() => {
  console.log(`property tests: cases run ${casesRun}, failures ${failures}`);
});

/** Text from every corner of Unicode, plus the characters our parsers care about. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fc.constantFrom("第一条", "\n", "\r\n", "　", "###", "*", "【", "】", "2019年2月28日", "<script>", "\u0000", "\uFEFF", "ｊａｖａｓｃｒｉｐｔ", "“", "\"", "-", "OR", "AND", "NOT", "(", ")", "'"), { maxLength: 80 }).map((parts) => parts.join("")),
);

const isChineseMessage = (message: unknown) => typeof message === "string" && /[\u4e00-\u9fff]/.test(message);

function expectClearAppError(error: unknown): void {
  expect(error).toBeInstanceOf(AppError);
  expect(isChineseMessage((error as AppError).message)).toBe(true);
}

describe("importer properties", () => {
  it("importText never throws and returns well-formed documents", async () => {
    await check(
      fc.property(hostileText, (text) => {
        const documents = importText(text, "fuzz.txt");
        expect(Array.isArray(documents)).toBe(true);
        for (const document of documents) expect(typeof document.title).toBe("string");
      }),
    );
  });

  it("checkImportText accepts text or refuses it with a clear AppError", async () => {
    await check(
      fc.property(hostileText, (text) => {
        try {
          expect(typeof checkImportText(text)).toBe("string");
        } catch (error) {
          expectClearAppError(error);
        }
      }),
    );
  });

  it("decodeDocument resolves or rejects with a clear AppError for any bytes (ZIP-looking ones too)", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.uint8Array({ maxLength: 512 }).map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail])),
      fc.string({ maxLength: 300 }).map((text) => new TextEncoder().encode(text)),
    );
    await check(
      fc.asyncProperty(bytes, async (input) => {
        try {
          const decoded = await decodeDocument(input, "fuzz.txt");
          expect(typeof decoded.text).toBe("string");
        } catch (error) {
          expectClearAppError(error);
        }
      }),
    );
  });
});

describe("form validator properties", () => {
  const formLike = fc.dictionary(
    fc.oneof(fc.constantFrom("title", "body", "category", "authorName", "organisation", "email", "phone", "region", "zone", "isOriginal", "acceptTerms", "termsVersion", "website", "company", "contactName", "zones", "landAreaMu", "plantAreaM2", "timeline", "message", "code", "__proto__", "constructor"), fc.string()),
    fc.oneof(hostileText, fc.array(hostileText, { maxLength: 12 }), fc.constant(null), fc.integer(), fc.boolean(), fc.object()),
    { maxKeys: 16 },
  );

  for (const [name, schema] of [
    ["contribution", contributionSchema],
    ["inquiry", inquirySchema],
    ["status lookup", statusLookupSchema],
  ] as const) {
    it(`the ${name} schema never throws and every refusal carries a message`, async () => {
      await check(
        fc.property(formLike, (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        }),
      );
    });
  }
});

describe("search query properties", () => {
  it("parseQuery never throws and never yields an empty word", async () => {
    await check(
      fc.property(hostileText, (raw) => {
        const parsed = parseQuery(raw);
        for (const term of parsed.terms) expect(term.word.length).toBeGreaterThan(0);
      }),
    );
  });

  it("parseSearchParams answers ok or a clear message for any query string, unknown keys refused", async () => {
    const params = fc.dictionary(fc.oneof(fc.constantFrom("q", "kind", "region", "zone", "year", "sort", "page"), fc.string({ maxLength: 12 })), hostileText, { maxKeys: 8 });
    await check(
      fc.property(params, (input) => {
        const result = parseSearchParams(new URLSearchParams(input));
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        const known = new Set(["q", "kind", "region", "zone", "year", "sort", "page"]);
        if (Object.keys(input).some((key) => !known.has(key))) expect(result.ok).toBe(false);
      }),
    );
  });
});
