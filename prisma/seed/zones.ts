/**
 * Sample zone profiles and development accounts for a fresh machine.
 *
 * Names, levels, locations, leading industries and the history in the descriptions are well-known public
 * facts; anything we could not verify from here is left null (approvedAt, areaKm2, website) rather than
 * guessed. No indicator figures are shipped: the invented series these profiles once had are gone, and an
 * indicator row must name its source (year, 文件/网址). Level, type, 批准时间, 面积 and 主导产业 from
 * official lists come from prisma/sample (the catalogue import, each file with its source). Partner links
 * are illustrative cooperation ties and are shown as 示例.
 */

export type ZoneLevelSeed = "national_etdz" | "national_hitech" | "national_other" | "provincial" | "municipal";

export type ZoneDescriptionBlock = { type: "heading"; level: 2; text: string } | { type: "paragraph"; text: string };

/** Mirrors the Zone.contacts JSON shape; `note` explains how to reach the zone when no line is given. */
export type ZoneContactSeed = {
  label: string;
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
  note?: string;
};

export type ZoneAwardSeed = {
  year: number;
  title: string;
  rank?: number | null;
  issuer?: string | null;
  sourceTitle: string;
  /** YYYY-MM-DD, null when only the year is known */
  sourceDate: string | null;
};

export type ZoneIndicatorSeed = {
  metric: string;
  year: number;
  value: number;
  unit: string;
  sourceTitle: string;
  sourceDate: string | null;
};

export type ZonePartnerRelation = "对口合作" | "共建园区" | "友好园区";

export type ZonePartnerSeed = { name: string; relation: ZonePartnerRelation };

export type ZoneSeed = {
  name: string;
  shortName: string | null;
  aliases: string[];
  level: ZoneLevelSeed;
  province: string;
  city: string | null;
  district: string | null;
  /** YYYY-MM-DD of the State Council approval; null unless the exact day is certain */
  approvedAt: string | null;
  areaKm2: number | null;
  industries: string[];
  summary: string;
  description: ZoneDescriptionBlock[];
  website: string | null;
  contacts: ZoneContactSeed[];
  /** 1..6 orders the zones on the home page; null = not featured */
  featuredRank: number | null;
  awards: ZoneAwardSeed[];
  indicators: ZoneIndicatorSeed[];
  partners: ZonePartnerSeed[];
};

export type SampleAccountRole = "admin" | "editor" | "reviewer";

export type SampleAccount = { email: string; name: string; password: string; role: SampleAccountRole };

// Development-only accounts: the bootstrap seeds them on an empty database so that a reviewer can log in
// at once. Production deployments must change or disable them.
export const sampleAdmin: SampleAccount = {
  email: "admin@example.com",
  name: "示例管理员",
  password: "Zp-Admin#2025-dev-only",
  role: "admin",
};

export const sampleEditor: SampleAccount = {
  email: "editor@example.com",
  name: "示例编辑",
  password: "Zp-Editor#2025-dev-only",
  role: "editor",
};

export const sampleReviewer: SampleAccount = {
  email: "reviewer@example.com",
  name: "示例审核员",
  password: "Zp-Reviewer#2025-dev-only",
  role: "reviewer",
};

export const sampleAccounts: SampleAccount[] = [sampleAdmin, sampleEditor, sampleReviewer];

const INQUIRY_CONTACT: ZoneContactSeed = { label: "招商咨询", note: "请通过本站招商咨询表单联系" };

const COMMERCE_RANKING_SOURCE = "商务部国家级经济技术开发区综合发展水平考核评价结果";

function heading(text: string): ZoneDescriptionBlock {
  return { type: "heading", level: 2, text };
}

function paragraph(text: string): ZoneDescriptionBlock {
  return { type: "paragraph", text };
}

export const zoneSeeds: ZoneSeed[] = [
  {
    name: "天津经济技术开发区",
    shortName: "天津经开区",
    aliases: ["泰达", "TEDA", "天津开发区", "天津经济开发区"],
    level: "national_etdz",
    province: "天津市",
    city: "天津市",
    district: "滨海新区",
    approvedAt: "1984-12-06",
    areaKm2: null,
    industries: ["汽车", "电子信息", "生物医药", "装备制造", "新能源新材料", "食品饮料"],
    summary:
      "天津经济技术开发区(泰达,TEDA)是我国首批国家级经济技术开发区之一,位于天津市滨海新区。经过四十年发展,已形成汽车、电子信息、生物医药、装备制造等产业集群,是京津冀地区重要的先进制造业基地。",
    description: [
      heading("概况"),
      paragraph(
        "天津经济技术开发区于1984年12月经国务院批准设立,是我国首批国家级经济技术开发区之一。“泰达”取自其英文名称缩写TEDA(Tianjin Economic-Technological Development Area)。开发区在商务部国家级经开区考核评价中长期位居前列。",
      ),
      heading("产业发展"),
      paragraph(
        "开发区已形成汽车、电子信息、生物医药、装备制造、新能源新材料、食品饮料等主导产业,并积极发展现代服务业。在京津冀协同发展中,开发区承接了大量北京科技成果转化和产业化项目。",
      ),
      heading("招商服务"),
      paragraph("如需了解产业政策、用地和厂房等信息,请通过本站招商咨询表单提交需求,编辑部将协助对接。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: 1,
    awards: [],
    indicators: [],
    partners: [
      { name: "中关村科技园区", relation: "共建园区" },
      { name: "北京经济技术开发区", relation: "友好园区" },
      { name: "西青经济技术开发区", relation: "友好园区" },
    ],
  },
  {
    name: "苏州工业园区",
    shortName: "苏州园区",
    aliases: ["SIP", "中新苏州工业园区", "苏州工业园"],
    level: "national_etdz",
    province: "江苏省",
    city: "苏州市",
    district: null,
    approvedAt: null,
    areaKm2: 278,
    industries: ["新一代信息技术", "高端装备制造", "生物医药", "纳米技术应用", "人工智能"],
    summary:
      "苏州工业园区(SIP)是中国和新加坡两国政府间的重要合作项目,1994年经国务院批准设立。园区在商务部国家级经开区综合发展水平考核评价中自2016年起连续位居第一,是国内开放程度最高、发展质效较好的园区之一。",
    description: [
      heading("概况"),
      paragraph(
        "苏州工业园区于1994年2月经国务院批准设立,同年5月启动建设,行政区划面积278平方公里,其中中新合作区80平方公里。园区较早借鉴新加坡在城市规划、公共管理等方面的经验,坚持“先规划后建设”。",
      ),
      heading("产业发展"),
      paragraph(
        "园区形成了以新一代信息技术、高端装备制造为主导,生物医药、纳米技术应用、人工智能为新兴产业的“2+3”产业体系。中国(江苏)自由贸易试验区苏州片区位于园区内。",
      ),
      heading("招商服务"),
      paragraph("如需了解产业政策、用地和厂房等信息,请通过本站招商咨询表单提交需求,编辑部将协助对接。"),
    ],
    website: "http://www.sipac.gov.cn",
    contacts: [INQUIRY_CONTACT],
    featuredRank: 2,
    awards: [2020, 2021, 2022].map((year) => ({
      year,
      title: "国家级经济技术开发区综合发展水平考核评价第1名",
      rank: 1,
      issuer: "商务部",
      sourceTitle: COMMERCE_RANKING_SOURCE,
      sourceDate: null,
    })),
    indicators: [],
    partners: [
      { name: "苏州高新技术产业开发区", relation: "友好园区" },
      { name: "昆山经济技术开发区", relation: "友好园区" },
      { name: "上海漕河泾新兴技术开发区", relation: "友好园区" },
    ],
  },
  {
    name: "北京经济技术开发区",
    shortName: "北京经开区",
    aliases: ["北京亦庄", "亦庄", "亦庄开发区", "北京开发区"],
    level: "national_etdz",
    province: "北京市",
    city: "北京市",
    district: "大兴区",
    approvedAt: "1994-08-25",
    areaKm2: null,
    industries: ["新一代信息技术", "高端汽车和新能源汽车", "生物技术和大健康", "机器人和智能制造"],
    summary:
      "北京经济技术开发区(北京亦庄)位于北京东南部,1994年经国务院批准为国家级经济技术开发区。开发区以新一代信息技术、高端汽车和新能源汽车、生物技术和大健康、机器人和智能制造为主导产业,是北京高精尖产业的重要承载区。",
    description: [
      heading("概况"),
      paragraph(
        "北京经济技术开发区于1992年开工建设,1994年8月经国务院批准为国家级经济技术开发区,俗称“亦庄”。开发区同时是中关村国家自主创新示范区的组成部分。",
      ),
      heading("产业发展"),
      paragraph(
        "开发区聚焦新一代信息技术、高端汽车和新能源汽车、生物技术和大健康、机器人和智能制造四大主导产业,集聚了一批集成电路、智能网联汽车、创新药和医疗器械企业。",
      ),
      heading("招商服务"),
      paragraph("如需了解产业政策、用地和厂房等信息,请通过本站招商咨询表单提交需求,编辑部将协助对接。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: 3,
    awards: [],
    indicators: [],
    partners: [{ name: "中关村科技园区", relation: "友好园区" }],
  },
  {
    name: "合肥经济技术开发区",
    shortName: "合肥经开区",
    aliases: ["合肥经济开发区"],
    level: "national_etdz",
    province: "安徽省",
    city: "合肥市",
    district: null,
    approvedAt: null,
    areaKm2: null,
    industries: ["新能源汽车", "智能家电", "电子信息", "装备制造", "生物医药"],
    summary:
      "合肥经济技术开发区位于安徽省会合肥市,是安徽省重要的国家级经济技术开发区。园区在新能源汽车、智能家电、电子信息等领域形成了较强的产业集聚效应,并带动省内配套产业发展。",
    description: [
      heading("概况"),
      paragraph(
        "合肥经济技术开发区设立于1993年,后经国务院批准升级为国家级经济技术开发区,是合肥市对外开放和先进制造业发展的重要平台。",
      ),
      heading("产业发展"),
      paragraph(
        "园区围绕整车和家电龙头企业培育产业链,集聚了大批零部件配套企业,在新能源汽车、智能家电、电子信息、装备制造等领域具有较强竞争力,部分配套项目布局在周边县区,扩大了产业辐射范围。",
      ),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: 4,
    awards: [],
    indicators: [],
    partners: [{ name: "太和经济开发区", relation: "对口合作" }],
  },
  {
    name: "西青经济技术开发区",
    shortName: "西青经开区",
    aliases: ["西青开发区", "天津西青经济技术开发区", "天津西青开发区"],
    level: "national_etdz",
    province: "天津市",
    city: "天津市",
    district: "西青区",
    approvedAt: null,
    areaKm2: null,
    industries: ["汽车及零部件", "电子信息", "生物医药", "高端装备制造", "新材料"],
    summary:
      "西青经济技术开发区位于天津市西青区,是天津市先进制造业的重要集聚区之一。园区在汽车及零部件、电子信息、生物医药等领域产业基础较好,区位交通便利。",
    description: [
      heading("概况"),
      paragraph(
        "西青经济技术开发区地处天津市区西南部,由省级开发区升级为国家级经济技术开发区,是天津西部地区重要的产业承载平台。",
      ),
      heading("产业发展"),
      paragraph(
        "园区形成了汽车及零部件、电子信息、生物医药、高端装备制造等主导产业,近年来通过低效用地再开发和老旧厂房改造拓展发展空间,推动产业链上下游协同配套。",
      ),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: 5,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "武汉东湖新技术开发区",
    shortName: "东湖高新区",
    aliases: ["中国光谷", "光谷", "东湖新技术开发区", "武汉东湖高新区"],
    level: "national_hitech",
    province: "湖北省",
    city: "武汉市",
    district: null,
    approvedAt: "1991-03-06",
    areaKm2: 518,
    industries: ["光电子信息", "生物医药", "高端装备制造", "节能环保", "高技术服务业"],
    summary:
      "武汉东湖新技术开发区(中国光谷)是我国首批国家级高新技术产业开发区之一,2009年获批国家自主创新示范区。园区以光电子信息产业为特色,在光纤光缆、光通信器件等领域具有较强优势。",
    description: [
      heading("概况"),
      paragraph(
        "东湖新技术开发区创建于1988年,1991年经国务院批准为首批国家级高新技术产业开发区,2009年获批建设国家自主创新示范区,规划面积518平方公里。中国(湖北)自由贸易试验区武汉片区主要位于园区内。",
      ),
      heading("产业发展"),
      paragraph(
        "园区以光电子信息为核心产业,同时发展生物医药、高端装备制造、节能环保和高技术服务业,是我国重要的光纤光缆研发和生产基地,“光谷”之名由此而来。",
      ),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: 6,
    awards: [
      {
        year: 2009,
        title: "获批建设国家自主创新示范区",
        rank: null,
        issuer: "国务院",
        sourceTitle: "国务院批复同意东湖高新区建设国家自主创新示范区",
        sourceDate: null,
      },
    ],
    indicators: [],
    partners: [{ name: "成都高新技术产业开发区", relation: "友好园区" }],
  },
  {
    name: "中关村科技园区",
    shortName: "中关村",
    aliases: ["中关村国家自主创新示范区", "中关村示范区"],
    level: "national_hitech",
    province: "北京市",
    city: "北京市",
    district: null,
    approvedAt: "1988-05-10",
    areaKm2: 488,
    industries: ["新一代信息技术", "人工智能", "集成电路", "生物医药", "节能环保"],
    summary:
      "中关村科技园区起源于1988年经国务院批准设立的北京市新技术产业开发试验区,2009年成为我国第一个国家自主创新示范区。园区实行“一区多园”布局,是全国科技创新资源最密集的区域之一。",
    description: [
      heading("概况"),
      paragraph(
        "1988年5月,国务院批准设立北京市新技术产业开发试验区,这是我国第一个国家级高新技术产业开发区。1999年更名为中关村科技园区,2009年获批成为我国第一个国家自主创新示范区,2012年调整为“一区十六园”,规划面积488平方公里。",
      ),
      heading("产业发展"),
      paragraph(
        "中关村集聚了大批高校、科研院所和科技企业,在新一代信息技术、人工智能、集成电路、生物医药等领域具有领先优势,是我国科技体制改革和创新政策的重要试验田。",
      ),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [
      {
        year: 2009,
        title: "获批成为我国第一个国家自主创新示范区",
        rank: null,
        issuer: "国务院",
        sourceTitle: "国务院批复同意中关村科技园区建设国家自主创新示范区",
        sourceDate: null,
      },
    ],
    indicators: [],
    partners: [],
  },
  {
    name: "上海漕河泾新兴技术开发区",
    shortName: "漕河泾开发区",
    aliases: ["漕河泾", "漕河泾新兴技术开发区", "上海漕河泾开发区"],
    level: "national_etdz",
    province: "上海市",
    city: "上海市",
    district: "徐汇区",
    approvedAt: null,
    areaKm2: null,
    industries: ["电子信息", "软件和信息服务", "新材料", "生物医药", "研发设计"],
    summary:
      "上海漕河泾新兴技术开发区位于上海市中心城区西南部,是国家级经济技术开发区,同时具有国家级高新技术产业开发区的政策功能。园区集聚了大量电子信息、软件和研发设计类企业。",
    description: [
      heading("概况"),
      paragraph(
        "漕河泾开发区是上海较早设立的国家级开发区之一,兼具经济技术开发区和高新技术产业开发区的功能,园区以高密度的研发和总部经济为特色。",
      ),
      heading("产业发展"),
      paragraph(
        "园区重点发展电子信息、软件和信息服务、新材料、生物医药和研发设计等产业,与长三角其他园区在研发、中试和制造环节形成互补。",
      ),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "广州经济技术开发区",
    shortName: "广州经开区",
    aliases: ["广州开发区"],
    level: "national_etdz",
    province: "广东省",
    city: "广州市",
    district: "黄埔区",
    approvedAt: null,
    areaKm2: null,
    industries: ["新一代信息技术", "汽车", "新材料", "生物医药", "高端装备制造"],
    summary:
      "广州经济技术开发区1984年经国务院批准设立,是我国首批国家级经济技术开发区之一,与广州市黄埔区实行一体化管理。园区在新一代信息技术、汽车、新材料、生物医药等领域产业基础雄厚。",
    description: [
      heading("概况"),
      paragraph(
        "广州经济技术开发区是1984年首批设立的国家级经济技术开发区之一,位于广州市东部,与黄埔区实行一体化管理,统筹推进开发区建设和城区发展。",
      ),
      heading("产业发展"),
      paragraph("园区重点发展新一代信息技术、汽车、新材料、生物医药和高端装备制造等产业,外资企业集聚度较高。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "成都高新技术产业开发区",
    shortName: "成都高新区",
    aliases: ["成都高新技术开发区"],
    level: "national_hitech",
    province: "四川省",
    city: "成都市",
    district: null,
    approvedAt: "1991-03-06",
    areaKm2: null,
    industries: ["电子信息", "生物医药", "数字经济", "高端装备制造"],
    summary:
      "成都高新技术产业开发区是我国首批国家级高新技术产业开发区之一,是西部地区重要的科技创新和高新技术产业聚集区。园区在电子信息、生物医药、数字经济等领域具有较强优势。",
    description: [
      heading("概况"),
      paragraph("成都高新区于1988年开始建设,1991年经国务院批准为首批国家级高新技术产业开发区,是成渝地区双城经济圈建设中的重要创新平台。"),
      heading("产业发展"),
      paragraph("园区以电子信息、生物医药、数字经济为主导产业,集聚了集成电路、新型显示、软件服务和创新药研发等领域的大批企业。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "苏州高新技术产业开发区",
    shortName: "苏州高新区",
    aliases: ["苏州新区", "苏州高新技术开发区"],
    level: "national_hitech",
    province: "江苏省",
    city: "苏州市",
    district: "虎丘区",
    approvedAt: null,
    areaKm2: null,
    industries: ["新一代信息技术", "高端装备制造", "医疗器械", "光子产业", "绿色低碳"],
    summary:
      "苏州高新技术产业开发区位于苏州市西部,1992年经国务院批准为国家级高新技术产业开发区,与虎丘区实行区政合一的管理体制。园区在新一代信息技术、高端装备制造、医疗器械等领域具有一定优势。",
    description: [
      heading("概况"),
      paragraph("苏州高新区于1990年开始建设,1992年经国务院批准为国家级高新技术产业开发区,2002年与虎丘区实行区政合一。"),
      heading("产业发展"),
      paragraph("园区重点发展新一代信息技术、高端装备制造、医疗器械、光子等产业,持续推进科技创新载体建设,引导企业加大研发投入。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "昆山经济技术开发区",
    shortName: "昆山经开区",
    aliases: ["昆山开发区"],
    level: "national_etdz",
    province: "江苏省",
    city: "苏州市",
    district: "昆山市",
    approvedAt: null,
    areaKm2: null,
    industries: ["电子信息", "光电显示", "装备制造", "民生用品"],
    summary:
      "昆山经济技术开发区1985年自费创办,1992年经国务院批准为国家级经济技术开发区。园区台资企业集聚度高,电子信息产业基础雄厚,是外向型经济特色鲜明的开发区。",
    description: [
      heading("概况"),
      paragraph("昆山开发区起步于1985年的自费创办,1992年经国务院批准为国家级经济技术开发区,是县级市中较早获批的国家级经开区。"),
      heading("产业发展"),
      paragraph("园区以电子信息产业为主导,笔记本电脑等电子产品及其配套产业链较为完整,近年来推动产业向光电显示、研发设计等高附加值环节延伸。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "宁波经济技术开发区",
    shortName: "宁波经开区",
    aliases: ["宁波开发区"],
    level: "national_etdz",
    province: "浙江省",
    city: "宁波市",
    district: "北仑区",
    approvedAt: null,
    areaKm2: null,
    industries: ["石化", "汽车及零部件", "装备制造", "港航物流"],
    summary:
      "宁波经济技术开发区1984年经国务院批准设立,是我国首批国家级经济技术开发区之一,位于宁波市北仑区。园区依托港口优势,形成了石化、汽车、装备制造等临港产业。",
    description: [
      heading("概况"),
      paragraph("宁波经济技术开发区是1984年首批设立的国家级经济技术开发区之一,地处宁波北仑,紧邻宁波舟山港,具有发展临港产业的区位条件。"),
      heading("产业发展"),
      paragraph("园区重点发展石化、汽车及零部件、装备制造和港航物流等产业,推动港口、产业和城市融合发展。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [{ name: "青岛经济技术开发区", relation: "友好园区" }],
  },
  {
    name: "青岛经济技术开发区",
    shortName: "青岛经开区",
    aliases: ["青岛开发区", "黄岛开发区"],
    level: "national_etdz",
    province: "山东省",
    city: "青岛市",
    district: "黄岛区",
    approvedAt: null,
    areaKm2: null,
    industries: ["家电电子", "汽车", "石化", "船舶海工"],
    summary:
      "青岛经济技术开发区1984年经国务院批准设立,是我国首批国家级经济技术开发区之一,位于青岛市黄岛区,现处于青岛西海岸新区范围内。园区在家电电子、汽车、石化、船舶海工等领域产业基础较好。",
    description: [
      heading("概况"),
      paragraph("青岛经济技术开发区是1984年首批设立的国家级经济技术开发区之一,地处胶州湾西岸的黄岛,2014年国务院批复设立青岛西海岸新区后纳入新区范围。"),
      heading("产业发展"),
      paragraph("园区依托港口和制造业基础,形成了家电电子、汽车、石化、船舶海工等产业集群,推动港产城融合发展。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
  {
    name: "太和经济开发区",
    shortName: "太和经开区",
    aliases: ["安徽太和经济开发区", "太和开发区"],
    level: "provincial",
    province: "安徽省",
    city: "阜阳市",
    district: "太和县",
    approvedAt: null,
    areaKm2: null,
    industries: ["医药健康", "新材料", "纺织服装", "装备制造"],
    summary:
      "太和经济开发区位于安徽省阜阳市太和县,是皖北地区的省级开发区。园区在医药健康等产业方面具有一定基础,注重通过招商引资补齐产业链短板。",
    description: [
      heading("概况"),
      paragraph("太和经济开发区地处皖北,是太和县推进工业化和承接产业转移的主要平台。"),
      heading("产业发展"),
      paragraph("园区在医药健康等产业方面具有一定基础,近年来推进园区基础设施和公共服务平台建设,积极承接长三角地区产业转移。"),
    ],
    website: null,
    contacts: [INQUIRY_CONTACT],
    featuredRank: null,
    awards: [],
    indicators: [],
    partners: [],
  },
];
