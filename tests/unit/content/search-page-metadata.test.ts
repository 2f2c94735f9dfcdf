import { describe, expect, it } from "vitest";
import { generateMetadata } from "@/app/(public)/search/page";

const metadataFor = (params: Record<string, string>) => generateMetadata({ searchParams: Promise.resolve(params) });

describe("search page metadata", () => {
  it("lets the empty search page be indexed, with a description and itself as canonical", async () => {
    const metadata = await metadataFor({});
    expect(metadata.robots).toBeUndefined();
    expect(metadata.description).toMatch(/搜索/);
    expect(metadata.alternates?.canonical).toBe("/search");
  });

  it("declares a result page's query alone as canonical, whatever filters, sort and page it shows", async () => {
    const metadata = await metadataFor({ q: "招商引资", kind: "policy", sort: "date", page: "3" });
    expect(metadata.robots).toBeUndefined();
    expect(metadata.title).toBe("搜索：招商引资");
    expect(metadata.description).toContain("招商引资");
    expect(metadata.alternates?.canonical).toBe(`/search?q=${encodeURIComponent("招商引资")}`);
  });
});
