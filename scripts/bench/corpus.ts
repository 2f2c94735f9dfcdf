// Deterministic generated corpus for `npm run bench`: zones and Chinese documents of every kind (news,
// policies, work reports, bulletins) with the sizes and structure of real material, from a seed number.
// Everything is composed from our own phrase banks; nothing is copied from any document.
import { articleSlug } from "@/lib/content/slug";
import type { Block } from "@/lib/content/blocks";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type CorpusSize = { zones: number; news: number; policies: number; reports: number; bulletins: number };

export const FULL_CORPUS: CorpusSize = { zones: 400, news: 4000, policies: 800, reports: 60, bulletins: 120 };
export const QUICK_CORPUS: CorpusSize = { zones: 120, news: 600, policies: 150, reports: 12, bulletins: 24 };

/** mulberry32: small, fast, and the same sequence everywhere for one seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return chosen;
  };
  return { next, int, pick, some };
}
export type Random = ReturnType<typeof createRandom>;

// ───────────────────────── phrase banks ─────────────────────────

const PROVINCES: [string, string[]][] = [
  ["天津市", ["滨海新区", "西青区", "北辰区", "东丽区", "津南区", "武清区", "宝坻区", "静海区"]],
  ["江苏省", ["苏州市", "无锡市", "南京市", "常州市", "南通市", "扬州市", "徐州市", "盐城市"]],
  ["安徽省", ["合肥市", "芜湖市", "马鞍山市", "阜阳市", "滁州市", "安庆市", "蚌埠市"]],
  ["四川省", ["成都市", "绵阳市", "德阳市", "宜宾市", "泸州市", "遂宁市", "南充市"]],
  ["河北省", ["石家庄市", "唐山市", "廊坊市", "保定市", "沧州市", "邢台市", "承德市"]],
  ["浙江省", ["杭州市", "宁波市", "嘉兴市", "湖州市", "绍兴市", "金华市", "台州市"]],
  ["广东省", ["广州市", "深圳市", "佛山市", "东莞市", "惠州市", "珠海市", "江门市"]],
  ["山东省", ["济南市", "青岛市", "烟台市", "潍坊市", "威海市", "临沂市", "淄博市"]],
  ["湖北省", ["武汉市", "襄阳市", "宜昌市", "荆州市", "黄石市", "孝感市"]],
  ["河南省", ["郑州市", "洛阳市", "新乡市", "许昌市", "南阳市", "开封市"]],
];
const PLACE_WORDS = ["临港", "滨江", "东湖", "西岸", "北湖", "南翔", "青山", "金桥", "长兴", "龙泉", "凤凰", "白鹭", "星湖", "望海", "兰江", "清河", "云岭", "嘉禾", "锦屏", "银川", "海棠", "松涛", "梧桐", "翠屏", "明珠", "紫金", "天宁", "瑞丰", "太平", "永安"];
const ZONE_TYPES: [string, string, Prisma.ZoneCreateManyInput["level"]][] = [
  ["经济技术开发区", "经开区", "national_etdz"],
  ["高新技术产业开发区", "高新区", "national_hitech"],
  ["经济开发区", "开发区", "provincial"],
  ["产业园区", "产业园", "municipal"],
  ["综合保税区", "综保区", "national_other"],
  ["生态科技园", "生态园", "municipal"],
];
const INDUSTRIES = ["汽车及零部件", "生物医药", "新一代信息技术", "高端装备制造", "新材料", "新能源", "节能环保", "现代物流", "集成电路", "食品加工", "航空航天", "电子信息", "精细化工", "智能制造", "数字经济", "跨境电商"];
const ORGANS = ["省商务厅", "市商务局", "市发展改革委", "市工业和信息化局", "市科技局", "开发区管委会", "市人民政府办公室", "省开发区协会", "区人民政府", "市自然资源和规划局"];
const DOC_PREFIX = ["商产业", "发改", "工信", "科发", "政办发", "管委发", "商外资", "规划发"];
const VERBS = ["推进", "加快", "深化", "落实", "完善", "强化", "优化", "拓展", "提升", "健全"];
const OBJECTS = ["招商引资工作", "营商环境建设", "产业链协同发展", "开放型经济", "科技创新体系", "园区基础设施", "要素保障机制", "绿色低碳转型", "数字化改造", "对口帮扶合作", "项目落地服务", "人才引进政策", "土地集约利用", "外资企业服务", "重点项目建设"];
const SUBJECTS = ["开发区", "各园区管委会", "市商务局", "区政府", "招商部门", "重点企业", "产业联盟", "协会", "各有关单位", "管委会领导班子"];
const OUTCOMES = ["取得明显成效", "实现稳步增长", "形成示范效应", "走在全省前列", "达到预期目标", "获得企业好评", "进一步巩固提升", "迈上新台阶"];
const FIGURES = ["地区生产总值", "规模以上工业总产值", "实际使用外资", "一般公共预算收入", "固定资产投资", "进出口总额", "高新技术企业数量", "研发投入强度"];
const EVENTS = ["项目签约仪式", "工作推进会", "招商推介会", "产业对接会", "政策宣讲会", "工作座谈会", "现场观摩会", "专题培训班", "合作洽谈会", "年度工作会议"];
const MEDIA = ["中国商务新闻网", "新华网", "人民网", "经济日报", "本网讯", "开发区协会", "商务部网站", "省政府网站"];
const SECTIONS = ["本市动态", "国内动态", "园区风采", "政策速递", "协会工作"];
const CLAUSE_HEADS = ["总体要求", "重点任务", "保障措施", "组织实施", "工作目标", "主要内容", "支持政策", "附则"];
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

// ───────────────────────── documents ─────────────────────────

export type CorpusZone = Omit<Prisma.ZoneCreateManyInput, "id"> & { id: string };
export type CorpusArticle = Omit<Prisma.ArticleCreateManyInput, "id" | "body"> & { id: string; body: Block[]; zoneIds: string[] };
export type CorpusBulletin = {
  id: string;
  slug: string;
  title: string;
  publisher: string;
  issueNumber: number;
  totalIssueNumber: number;
  year: number;
  issueDate: Date;
  distribution: string[];
  sections: { title: string; items: { title: string; body: Block[]; source: string }[] }[];
};
export type Corpus = { zones: CorpusZone[]; articles: CorpusArticle[]; bulletins: CorpusBulletin[] };

function sentence(r: Random, zone?: string): string {
  const subject = zone && r.next() < 0.4 ? zone : r.pick(SUBJECTS);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  switch (r.int(0, 5)) {
    case 0:
      return `${month}月${day}日，${subject}召开${r.pick(EVENTS)}，研究部署${r.pick(VERBS)}${r.pick(OBJECTS)}的具体举措。`;
    case 1:
      return `今年以来，${subject}坚持${r.pick(VERBS)}${r.pick(OBJECTS)}，${r.pick(FIGURES)}完成${r.int(12, 980)}.${r.int(1, 9)}亿元，同比增长${r.int(2, 28)}.${r.int(0, 9)}%，${r.pick(OUTCOMES)}。`;
    case 2:
      return `会议强调，要${r.pick(VERBS)}${r.pick(OBJECTS)}，${r.pick(VERBS)}${r.pick(OBJECTS)}，切实把各项部署落到实处，推动${r.pick(INDUSTRIES)}产业高质量发展。`;
    case 3:
      return `全年共引进${r.pick(INDUSTRIES)}、${r.pick(INDUSTRIES)}等领域项目${r.int(8, 160)}个，协议投资额${r.int(20, 900)}亿元，其中超亿元项目${r.int(3, 60)}个。`;
    case 4:
      return `${subject}有关负责同志介绍了${r.pick(OBJECTS)}的经验做法，并就下一步${r.pick(VERBS)}${r.pick(OBJECTS)}提出意见建议。`;
    default:
      return `下一步，将围绕“${r.pick(VERBS)}${r.pick(OBJECTS)}”这一主线，在${r.pick(INDUSTRIES)}、${r.pick(INDUSTRIES)}等方向持续发力，力争${r.pick(OUTCOMES)}。`;
  }
}

function paragraph(r: Random, sentences: number, zone?: string): string {
  return Array.from({ length: sentences }, () => sentence(r, zone)).join("");
}

/** Paragraphs until `chars` characters, optionally under 一、（一）-style headings like a long report. */
function body(r: Random, chars: number, options: { headings?: boolean; zone?: string } = {}): Block[] {
  const blocks: Block[] = [];
  let length = 0;
  let major = 0;
  let minor = 0;
  while (length < chars) {
    if (options.headings && (blocks.length === 0 || r.next() < 0.12) && major < NUMERALS.length) {
      blocks.push({ type: "heading", level: 2, text: `${NUMERALS[major]}、${r.pick(CLAUSE_HEADS)}` });
      major += 1;
      minor = 0;
    } else if (options.headings && r.next() < 0.2 && minor < NUMERALS.length) {
      blocks.push({ type: "heading", level: 3, text: `（${NUMERALS[minor]}）${r.pick(VERBS)}${r.pick(OBJECTS)}` });
      minor += 1;
    }
    const text = paragraph(r, r.int(2, 6), options.zone);
    blocks.push({ type: "paragraph", text });
    length += text.length;
  }
  return blocks;
}

function dateBetween(r: Random, fromYear: number, toYear: number): Date {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 28);
  const day = Math.floor((from + r.next() * (to - from)) / 86_400_000) * 86_400_000;
  return new Date(day + 2 * 3_600_000); // 10:00 in China
}

const id = (prefix: string, n: number) => `bench${prefix}${n.toString(36).padStart(6, "0")}`;

export function generateCorpus(size: CorpusSize, seed = 20261123): Corpus {
  const r = createRandom(seed);
  const zones: CorpusZone[] = [];
  const names = new Set<string>();
  for (let n = 0; zones.length < size.zones; n += 1) {
    const [province, cities] = r.pick(PROVINCES);
    const city = r.pick(cities);
    const [typeName, shortType, level] = r.pick(ZONE_TYPES);
    const place = `${city.replace(/[市区]$/, "")}${r.pick(PLACE_WORDS)}`;
    const name = `${place}${typeName}`;
    if (names.has(name)) continue;
    names.add(name);
    const shortName = `${place}${shortType}`;
    zones.push({
      id: id("z", zones.length),
      status: "published",
      slug: `bench-zone-${zones.length}`,
      name,
      shortName,
      aliases: [shortName],
      level,
      province,
      city,
      approvedAt: dateBetween(r, 1988, 2015),
      areaKm2: r.int(5, 400),
      industries: r.some(INDUSTRIES, r.int(2, 4)),
      summary: `${name}位于${province}${city}，重点发展${r.pick(INDUSTRIES)}、${r.pick(INDUSTRIES)}等产业。`,
      description: body(r, r.int(400, 1200), { zone: shortName }),
      contacts: [{ label: "招商服务中心", phone: `0${r.int(10, 99)}-${r.int(2000_0000, 8999_9999)}` }],
      featuredRank: zones.length < 6 ? zones.length + 1 : null,
    });
  }

  const articles: CorpusArticle[] = [];
  const addArticle = (kind: CorpusArticle["kind"], chars: number, headings: boolean, extra: Partial<CorpusArticle> = {}) => {
    const n = articles.length;
    const zoneLinks = r.some(zones, r.int(0, 3));
    const zoneName = zoneLinks[0]?.shortName ?? undefined;
    const [province, cities] = r.pick(PROVINCES);
    const region = r.next() < 0.6 ? r.pick(cities) : province;
    const publishedAt = dateBetween(r, 2018, 2026);
    const title =
      extra.title ??
      (kind === "news"
        ? `${zoneName ?? region}${r.pick(EVENTS)}：${r.pick(VERBS)}${r.pick(OBJECTS)}${r.pick(OUTCOMES)}`
        : `${region}${r.pick(VERBS)}${r.pick(OBJECTS)}的实施意见`);
    articles.push({
      id: id("a", n),
      kind,
      status: "published",
      slug: articleSlug(`${title}-${n}`, publishedAt),
      title,
      summary: null,
      body: body(r, chars, { headings, zone: zoneName ?? undefined }),
      source: r.pick(MEDIA),
      region,
      publishedAt,
      readCount: r.int(0, 5000),
      zoneIds: zoneLinks.map((zone) => zone.id),
      ...extra,
    });
  };
  for (let n = 0; n < size.news; n += 1) addArticle("news", r.int(800, 5000), false);
  for (let n = 0; n < size.policies; n += 1) {
    const organ = r.pick(ORGANS);
    const year = r.int(2016, 2026);
    addArticle("policy", r.int(2500, 9000), true, {
      issuer: organ,
      docNumber: `${organ.slice(0, 1)}${r.pick(DOC_PREFIX)}〔${year}〕${r.int(1, 120)}号`,
      indexNumber: `${r.int(10000000, 99999999)}/${year}-${r.int(10000, 99999)}`,
      writtenAt: dateBetween(r, year, year),
      validity: r.next() < 0.85 ? "valid" : r.next() < 0.5 ? "amended" : "repealed",
    });
  }
  for (let n = 0; n < size.reports; n += 1) {
    const [, cities] = r.pick(PROVINCES);
    const year = r.int(2016, 2026);
    addArticle("report", r.int(25_000, 70_000), true, { title: `${year}年${r.pick(cities)}政府工作报告` });
  }

  const bulletins: CorpusBulletin[] = [];
  const publishers = ["天津市开发区协会", "江苏省开发区协会", "安徽省开发区协会", "四川省开发区协会"];
  for (let n = 0; n < size.bulletins; n += 1) {
    const publisher = publishers[n % publishers.length];
    const sequence = Math.floor(n / publishers.length);
    const year = 2019 + Math.floor(sequence / 12);
    const issueNumber = (sequence % 12) + 1;
    const issueDate = new Date(Date.UTC(year, issueNumber - 1, r.int(1, 28), 2));
    bulletins.push({
      id: id("b", n),
      slug: `bench-${year}-${n % publishers.length}-${issueNumber}`,
      title: "开发区工作简报",
      publisher,
      issueNumber,
      totalIssueNumber: 40 + sequence,
      year,
      issueDate,
      distribution: ["送：市商务局领导", "发：各开发区管委会"],
      sections: r.some(SECTIONS, r.int(2, 3)).map((title) => ({
        title,
        items: Array.from({ length: r.int(2, 5) }, () => ({
          title: `${r.pick(zones).shortName}${r.pick(EVENTS)}`,
          body: body(r, r.int(300, 900)),
          source: r.pick(MEDIA),
        })),
      })),
    });
  }
  return { zones, articles, bulletins };
}

/** Plain text of a generated document, for the importer's and search engine's benchmarks. */
export function corpusText(article: CorpusArticle): string {
  return [article.title, ...article.body.map((block) => (block.type === "heading" || block.type === "paragraph" ? block.text : ""))].join("\n\n");
}

// ───────────────────────── loading ─────────────────────────

const BATCH = 200;

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>, progress: (done: number) => void) {
  for (let start = 0; start < items.length; start += BATCH) {
    await write(items.slice(start, start + BATCH));
    progress(Math.min(items.length, start + BATCH));
  }
}

/** Writes the corpus into an empty database in batches (published, with zone links and indicators). */
export async function loadCorpus(prisma: PrismaClient, corpus: Corpus, progress: (step: string, done: number, total: number) => void = () => {}) {
  await inBatches(corpus.zones, (batch) => prisma.zone.createMany({ data: batch }), (done) => progress("开发区", done, corpus.zones.length));
  const indicators = corpus.zones.flatMap((zone, index) =>
    ["地区生产总值", "实际使用外资", "规上工业总产值"].flatMap((metric, m) =>
      [2021, 2022, 2023, 2024].map((year) => ({
        zoneId: zone.id,
        metric,
        year,
        value: String(100 + ((index * 37 + m * 11 + year) % 900)),
        unit: m === 1 ? "亿美元" : "亿元",
        sourceTitle: "基准测试生成数据（非官方统计）",
      })),
    ),
  );
  await inBatches(indicators, (batch) => prisma.zoneIndicator.createMany({ data: batch }), (done) => progress("指标", done, indicators.length));
  const partners = corpus.zones.slice(1).map((zone, index) => ({ fromId: corpus.zones[index].id, toId: zone.id, relation: "对口合作" }));
  await prisma.zonePartner.createMany({ data: partners });
  await inBatches(
    corpus.articles,
    (batch) => prisma.article.createMany({ data: batch.map(({ zoneIds: _zoneIds, body, ...article }) => ({ ...article, body: body as Prisma.InputJsonValue })) }),
    (done) => progress("文章", done, corpus.articles.length),
  );
  const links = corpus.articles.flatMap((article) => article.zoneIds.map((zoneId) => ({ articleId: article.id, zoneId, mentions: 1 })));
  await inBatches(links, (batch) => prisma.articleZone.createMany({ data: batch }), (done) => progress("园区关联", done, links.length));
  for (const [index, bulletin] of corpus.bulletins.entries()) {
    await prisma.bulletin.create({
      data: {
        id: bulletin.id,
        status: "published",
        slug: bulletin.slug,
        title: bulletin.title,
        publisher: bulletin.publisher,
        issueNumber: bulletin.issueNumber,
        totalIssueNumber: bulletin.totalIssueNumber,
        year: bulletin.year,
        issueDate: bulletin.issueDate,
        publishedAt: bulletin.issueDate,
        distribution: bulletin.distribution,
        sections: {
          create: bulletin.sections.map((section, position) => ({
            position,
            title: section.title,
            items: {
              create: section.items.map((item, itemPosition) => ({
                position: itemPosition,
                anchor: `item-${position + 1}-${itemPosition + 1}`,
                title: item.title,
                body: item.body as Prisma.InputJsonValue,
                source: item.source,
              })),
            },
          })),
        },
      },
    });
    progress("简报", index + 1, corpus.bulletins.length);
  }
}
