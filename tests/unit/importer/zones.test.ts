import { describe, expect, it } from "vitest";
import { detectZoneMentions } from "@/lib/importer/zones";
import { groupMentions, sameZone, zoneKey } from "@/lib/zones/linking";

describe("detectZoneMentions", () => {
  it("finds named zones of every kind of suffix, in order of first mention", () => {
    expect(detectZoneMentions("禾丰经开区与松岭高新区、苏州工业园区、中关村科技园区合作，禾丰经开区牵头。")).toEqual([
      "禾丰经开区",
      "松岭高新区",
      "苏州工业园区",
      "中关村科技园区",
    ]);
  });

  it("ends a name at verbs and prepositions before it", () => {
    expect(detectZoneMentions("记者从禾丰经济技术开发区获悉，园区学习借鉴苏州工业园区经验，推进望海开发区改革。")).toEqual([
      "禾丰经济技术开发区",
      "苏州工业园区",
      "望海开发区",
    ]);
  });

  it("ignores generic phrases", () => {
    const text =
      "全省开发区、国家级经开区和省级开发区要推动开发区高质量发展，京津冀开发区创新发展联盟、天津市开发区协会、80多家开发区、" +
      "两开发区联盟、安徽开发区、中西部地区开发区、人工智能产业园和国际合作产业园参加。";
    expect(detectZoneMentions(text)).toEqual([]);
  });

  it("knows a province from the text itself", () => {
    expect(detectZoneMentions("松岭省召开会议。发展中的松岭开发区")).toEqual([]);
    expect(detectZoneMentions("发展中的松岭开发区")).toEqual(["松岭开发区"]);
  });

  it("keeps a province's named zones and drops the province in front of a city", () => {
    expect(detectZoneMentions("天津经济技术开发区和江西宜春经开区")).toEqual(["天津经济技术开发区", "宜春经开区"]);
  });

  it("does not take a park inside a zone for another zone", () => {
    expect(detectZoneMentions("望海开发区新能源电池产业园投产")).toEqual(["望海开发区"]);
  });

  it("keeps bilateral parks whole", () => {
    expect(detectZoneMentions("推进中法成都生态园建设")).toEqual(["中法成都生态园"]);
  });
});

describe("zone linking keys", () => {
  it("reduces spellings to place and kind of zone", () => {
    expect(zoneKey("太和经开区")).toEqual({ place: "太和", kind: "etdz" });
    expect(zoneKey("太和经济开发区")).toEqual({ place: "太和", kind: "etdz" });
    expect(zoneKey("成都高新技术产业开发区")).toEqual({ place: "成都", kind: "hitech" });
    expect(zoneKey("中关村")).toEqual({ place: "中关村", kind: "" });
  });

  it("treats 开发区 as any kind of the same place, and other kinds as different zones", () => {
    expect(sameZone(zoneKey("昆山开发区"), zoneKey("昆山经济技术开发区"))).toBe(true);
    expect(sameZone(zoneKey("苏州高新区"), zoneKey("苏州工业园区"))).toBe(false);
    expect(sameZone(zoneKey("苏州高新区"), zoneKey("常州高新区"))).toBe(false);
  });

  it("groups a document's spellings of one zone", () => {
    expect(groupMentions(["望海开发区", "澄湖高新区", "望海经济开发区", "澄湖高新技术产业开发区", "望海开发区"])).toEqual([
      ["望海开发区", "望海经济开发区"],
      ["澄湖高新区", "澄湖高新技术产业开发区"],
    ]);
  });
});
