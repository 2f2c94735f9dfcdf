import { TERMS_VERSION } from "@/lib/contributions/terms";

/**
 * Valid public-form submissions as the browser posts them (strings, "on" for ticked boxes), for the
 * unit and integration tests of 投稿 and 招商咨询. Override any field to make it invalid.
 */
let sequence = 0;

/** A plain-text body of exactly `characters` counted characters, in paragraphs. */
export function contributionBody(characters = 1200, seed = "开发区招商引资工作稳步推进产业链配套持续完善"): string {
  const text = Array.from({ length: characters }, (_, index) => Array.from(seed)[index % Array.from(seed).length]).join("");
  const paragraphs: string[] = [];
  for (let start = 0; start < text.length; start += 200) paragraphs.push(`　　${text.slice(start, start + 200)}`);
  return paragraphs.join("\n");
}

export function contributionForm(overrides: Record<string, string> = {}): Record<string, string> {
  sequence += 1;
  return {
    title: `第${sequence}篇：经开区招商引资工作的几点思考`,
    body: contributionBody(1200, `第${sequence}篇投稿正文内容关于开发区产业链招商的分析`),
    category: "政策解读",
    authorName: "张晓明",
    organisation: "某市投资促进中心",
    email: `author${sequence}@example.com`,
    phone: "13812345678",
    region: "天津市西青区",
    zone: "",
    isOriginal: "on",
    acceptTerms: "on",
    termsVersion: TERMS_VERSION,
    website: "",
    ...overrides,
  };
}

export function inquiryForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  sequence += 1;
  return {
    category: "land",
    zones: [],
    company: `天津某新能源科技有限公司${sequence}`,
    contactName: "李华",
    email: `investor${sequence}@example.com`,
    phone: "022-23456789",
    industry: "新能源汽车零部件",
    landAreaMu: "80",
    plantAreaM2: "",
    timeline: "3～6个月",
    message: `计划投资新建电池包生产基地（第${sequence}号项目），需要工业用地约80亩，希望了解土地价格和配套政策。`,
    consent: "on",
    website: "",
    ...overrides,
  };
}
