import { tagWords } from "./segment";
import { CJK } from "./text";

/**
 * Zone mentions in running text: a specific name before a zone suffix (合肥经开区, 苏州工业园区,
 * 漕河泾新兴技术开发区). Generic phrases (国家级经开区, 全省开发区, 安徽开发区, 人工智能产业园) are not
 * zones, and a sub-park named after its zone (望海开发区新能源电池产业园) is not a second zone.
 */
const SPECIFIC_SUFFIXES = ["高新技术产业开发区", "经济技术开发区", "新技术产业开发区", "新兴技术开发区", "新技术开发区", "经济开发区", "技术开发区", "综合保税区", "经开区", "高新区"];
/** Suffixes that also form common nouns (开发区 = development zones in general, 产业园 = an industry park). */
const PLAIN_SUFFIXES = ["开发区", "工业园区", "产业园区", "科技园区", "工业园", "产业园", "科技园", "生态园", "科技城"];
const SUFFIX_PATTERN = new RegExp([...SPECIFIC_SUFFIXES, ...PLAIN_SUFFIXES].sort((a, b) => b.length - a.length).join("|"), "g");
const CJK_CHAR = new RegExp(`[${CJK}]`);

/** Characters that (almost) never belong to a zone name and end the name on their left; jieba does the rest. */
const STOP_CHARS = new Set([..."的在与及对向赴于把被让给跟或并各该本我其这那个家批些级多省市县局厅署委"]);
/** 全国经开区, 多个开发区, 全市高新区: zones in general, never one zone. */
const GENERIC_PREFIX = /^(?:全国|全省|全市|全区|全县|多个|若干|其他|其它|部分|所有|相关|有关|本|该)/;
/** Words of these kinds end a name on their left: verbs (走访, 推动), adverbs, prepositions, numbers … */
const STOP_TAGS = /^(?:v|vd|vg|p|d|dg|c|u|ud|ug|uj|ul|uv|uz|r|rg|m|mq|q|a|ad|an|t|tg|f|y|e|o|z|zg|l|i|s)$/;
/** A plain suffix (开发区, 产业园) needs a place name before it: 望海开发区, not 深化开发区. */
const PLACE_TAGS = /^(?:ns|nr|nrt|nz)$/;
/** Words that qualify a category rather than name a place: 国际合作产业园, 重点开发区. */
const QUALIFIERS = ["国际合作", "现代", "特色", "智慧", "绿色", "有关", "相关", "周边", "当地", "先进", "重点", "中国", "我国", "境外", "海外", "区域", "新型"];
/** Verbs jieba sometimes tags as names (建立健全/nr): never the start of a zone name. */
const VERBS = ["建立健全", "推动", "推进", "加快", "支持", "鼓励", "引导", "促进", "深化", "打造", "建设", "提升", "做强", "做大", "对接", "走访", "考察", "依托", "围绕"];
/** Regions: never a zone name with any suffix. */
const AREAS = new Set(["京津冀", "长三角", "珠三角", "粤港澳", "中西部", "东中西部", "东部", "西部", "中部", "东北", "沿海", "内陆", "省内", "市内", "区内", "县域"]);
/** Provinces and municipalities: 天津经开区 is a zone, 安徽开发区 means "Anhui's zones". */
const PROVINCES = [
  "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
  "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
];
/** Industries: 人工智能产业园 names a sector, not a place. */
const INDUSTRIES = ["人工智能", "新能源", "电子信息", "生物医药", "智能制造", "数字经济", "创新创业", "文化创意", "物流", "软件", "电池", "汽车", "医药", "大数据", "信息"];
/** A zone name followed by these is an organisation or an activity, not a place: 开发区协会, 开发区综合评价. */
const NOT_A_ZONE_AFTER = /^(?:协会|联盟|管委会|管理委员会|处|办公室|综合评价|考核|招商引资考核)/;
const MAX_PREFIX = 8;

export function detectZoneMentions(text: string): string[] {
  const found: string[] = [];
  // A name the text also calls a province (澜江省) is one: 澜江开发区 then means the province's zones.
  const isProvince = (name: string) => PROVINCES.includes(name) || text.includes(`${name}省`);
  let previousEnd = -1;
  for (const match of text.matchAll(SUFFIX_PATTERN)) {
    const start = match.index ?? 0;
    const suffix = match[0];
    const end = start + suffix.length;
    const { prefix, touchesPrevious } = readPrefix(text, start, previousEnd);
    previousEnd = end;
    const name = zoneName(prefix, suffix, text.slice(end, end + 8), isProvince, touchesPrevious);
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

function readPrefix(text: string, start: number, previousEnd: number): { prefix: string; touchesPrevious: boolean } {
  let index = start;
  while (index > 0 && index > previousEnd && start - index < MAX_PREFIX) {
    const char = text[index - 1];
    if (!CJK_CHAR.test(char) || STOP_CHARS.has(char)) break;
    index -= 1;
  }
  return { prefix: text.slice(index, start), touchesPrevious: index === previousEnd && index < start };
}

/** The words at the end of the window that can belong to a name, and whether one of them is a place. */
function nameWords(window: string): { name: string; hasPlace: boolean } {
  const words = tagWords(window);
  let name = "";
  let hasPlace = false;
  let index = words.length - 1;
  const isSingle = (position: number) => [...(words[position]?.word ?? "")].length === 1;
  for (; index >= 0; index -= 1) {
    const { word, tag } = words[index];
    // An unknown place name falls apart into single characters with arbitrary tags (禾/n 丰/a).
    const isNameFragment = /^[av]$/.test(tag) && isSingle(index) && (isSingle(index + 1) || (index === words.length - 1 && isSingle(index - 1)));
    if (STOP_TAGS.test(tag) && !isNameFragment) break;
    name = word + name;
    hasPlace ||= PLACE_TAGS.test(tag);
  }
  // 中法成都生态园, 中德…: jieba cuts the 中 of a bilateral park off as a locality word.
  if (index >= 0 && words[index].word === "中" && [...(words[index + 1]?.word ?? "")].length === 1) name = `中${name}`;
  return { name, hasPlace };
}

function zoneName(
  window: string,
  suffix: string,
  after: string,
  isProvince: (name: string) => boolean,
  touchesPrevious: boolean,
): string | null {
  if (!window || NOT_A_ZONE_AFTER.test(after)) return null;
  const words = nameWords(window);
  // 望海开发区新能源电池产业园: a park inside the zone just named, not a zone of its own.
  if (touchesPrevious && words.name === window) return null;
  let prefix = stripLeading(stripLeading(words.name, VERBS), QUALIFIERS);
  if (VERBS.includes(prefix) || GENERIC_PREFIX.test(prefix)) return null;
  if (AREAS.has(prefix) || prefix.endsWith("地区") || QUALIFIERS.some((word) => prefix.endsWith(word))) return null;
  const isPlain = PLAIN_SUFFIXES.includes(suffix);
  const province = PROVINCES.find((name) => prefix.startsWith(name));
  if (province && prefix.length > province.length + 1) prefix = prefix.slice(province.length);
  if ([...prefix].length < 2) return null;
  if (isPlain && (!words.hasPlace || isProvince(prefix) || INDUSTRIES.some((word) => prefix.endsWith(word)))) return null;
  return prefix + suffix;
}

function stripLeading(text: string, words: string[]): string {
  let result = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of words) {
      if (result.startsWith(word) && result.length > word.length) {
        result = result.slice(word.length);
        changed = true;
      }
    }
  }
  return result;
}
