import { describe, expect, it } from "vitest";
import { chinaDate } from "@/lib/content/dates";
import { formatApprovedAt, formatZoneArea, zonePlace } from "@/lib/zones/labels";

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

  it("names a municipality once and skips what is unknown", () => {
    expect(zonePlace({ province: "天津市", city: "天津市" })).toBe("天津市");
    expect(zonePlace({ province: "江苏省", city: "苏州市" })).toBe("江苏省 苏州市");
    expect(zonePlace({ province: null, city: "苏州市" })).toBe("苏州市");
    expect(zonePlace({})).toBe("");
  });
});
