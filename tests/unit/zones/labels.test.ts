import { describe, expect, it } from "vitest";
import { chinaDate } from "@/lib/content/dates";
import { formatApprovedAt, formatZoneArea } from "@/lib/zones/labels";

describe("zone facts as the profile shows them", () => {
  it("shows a catalogue month as a month and an editor's day as a day", () => {
    expect(formatApprovedAt(chinaDate("1988-06-01"))).toBe("1988年6月");
    expect(formatApprovedAt(chinaDate("1984-12-06"))).toBe("1984年12月6日");
    expect(formatApprovedAt(null)).toBe("");
  });

  it("gives 核准面积 in 平方公里 and 公顷", () => {
    expect(formatZoneArea(8.6818)).toBe("8.68 平方公里（868.18 公顷）");
    expect(formatZoneArea(12.5)).toBe("12.5 平方公里（1,250 公顷）");
    expect(formatZoneArea(null)).toBe("");
  });
});
