import type { ZoneLevel, ZoneType } from "@/lib/generated/prisma/enums";
import { splitList } from "../schema";

/**
 * 《中国开发区审核公告目录》 rows → catalogue entries, pure. Every reader (CSV/TSV, .xlsx, HTML table,
 * pasted web or PDF text; see read.ts) turns its input into rows of cells; this module finds the header
 * row by meaning, follows the section rows (国家级开发区 / 经济技术开发区 / 省级开发区 / the province
 * heading) and reads each zone row: 批准时间 as "YYYY-MM", 核准面积 in 公顷.
 */

export type CatalogueEntry = {
  name: string;
  level: ZoneLevel | null;
  type: ZoneType | null;
  province: string | null;
  city: string | null;
  /** YYYY-MM */
  approvedAt: string | null;
  areaHectares: number | null;
  industries: string[];
  /** where it was read: "文件名 第 12 行" */
  origin: string;
};

export type CatalogueWarning = { origin: string; message: string };

export type CatalogueParse = { entries: CatalogueEntry[]; warnings: CatalogueWarning[] };

export type CatalogueRows = { name: string; rows: string[][]; section?: string };

type Column = "index" | "code" | "name" | "approvedAt" | "area" | "industries" | "province" | "city" | "level" | "type";

/** Header spellings by meaning, most specific first. */
const HEADER_MEANINGS: [RegExp, Column][] = [
  [/^(序号|No\.?)$/i, "index"],
  [/^(代码|编码|编号)$/, "code"],
  [/(开发区|园区)?名称|^开发区$|^园区$/, "name"],
  [/批准(时间|日期|年月|年份)|设立(时间|日期|年月)|成立(时间|日期)|获批时间/, "approvedAt"],
  [/(核准|规划|批准)?面积/, "area"],
  [/主导产业|产业/, "industries"],
  [/^(所在)?(省份|省区市|省（区、市）|省\(区、市\)|省)$/, "province"],
  [/^(所在)?(城市|地市|市|所在地)$/, "city"],
  [/级别|等级/, "level"],
  [/类型|类别/, "type"],
];

/** The catalogue's own column order, for rows pasted without their header (PDF text). */
const DEFAULT_COLUMNS: Column[] = ["index", "name", "approvedAt", "area", "industries"];
/** The 2018 edition numbers each zone too (G111001: national, S111001: provincial). */
const CATALOGUE_CODE = /^[GS]\d{6}$/;

function defaultColumns(cells: string[]): Column[] {
  const numbered = /^\d+$/.test(cells[0]);
  const columns = numbered ? DEFAULT_COLUMNS : DEFAULT_COLUMNS.slice(1);
  const codeAt = numbered ? 1 : 0;
  return CATALOGUE_CODE.test(cells[codeAt] ?? "") ? [...columns.slice(0, codeAt), "code", ...columns.slice(codeAt)] : columns;
}

export const PROVINCES = [
  "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省",
  "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市",
  "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
  "新疆生产建设兵团",
] as const;

/** 北京 / 北京市 / 内蒙古 / 广西 → the full province name. */
export function provinceName(text: string): string | null {
  const compact = text.replace(/\s+/g, "");
  for (const province of PROVINCES) {
    if (compact === province) return province;
    const short = province.replace(/(维吾尔|壮族|回族)?(自治区|省|市)$/, "");
    if (compact === short || compact === `${short}省` || compact === `${short}市`) return province;
  }
  return null;
}

type Section = { level: "national" | "provincial" | null; type: ZoneType | null; province: string | null };

const TYPE_SECTIONS: [RegExp, ZoneType][] = [
  [/经济技术开发区|经开区|经济开发区/, "etdz"],
  [/高新技术产业开发区|高新区|高新技术/, "hitech"],
  [/海关特殊监管区/, "customs"],
  [/边境|跨境/, "border"],
  [/^(其他|其它)/, "other"],
];

/** A section or province heading ("一、北京市", "（一）经济技术开发区", "国家级开发区"), or null. */
export function readSectionHeading(text: string): Partial<Section> | null {
  const heading = text
    .replace(/\s+/g, "")
    .replace(/^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/, "")
    .replace(/[(（]\d+个?[)）]$/, "")
    .replace(/[：:]$/, "");
  if (!heading || heading.length > 20) return null;
  const province = provinceName(heading);
  if (province) return { province };
  const section: Partial<Section> = {};
  if (/^国家级/.test(heading)) section.level = "national";
  if (/^省级/.test(heading)) section.level = "provincial";
  const rest = heading.replace(/^(国家级|省级)/, "");
  if (rest === "开发区" || rest === "") return section.level ? { ...section, type: null } : null;
  const type = TYPE_SECTIONS.find(([pattern]) => pattern.test(rest));
  if (!type) return null;
  // a heading names a group, never one zone: "天津经济技术开发区" is a zone row, not a section
  if (!/^(国家级|省级)?(经济技术开发区|经开区|经济开发区|高新技术产业开发区|高新区|海关特殊监管区域?|边境.*|跨境.*|其[他它].*)$/.test(heading)) return null;
  return { ...section, type: type[1] };
}

/** 1988.06 · 1988.6 · 1988年6月 · 1988-06 · 1988/6/12 · 198806 → "1988-06"; null when unreadable. */
export function parseApprovedAt(text: string): string | null {
  const compact = text.replace(/\s+/g, "").replace(/[．]/g, ".");
  const match =
    /^(\d{4})(?:[.\-/年])(\d{1,2})(?:月|[.\-/]\d{1,2}日?|月\d{1,2}日)?$/.exec(compact) ??
    /^(\d{4})(\d{2})(?:\d{2})?$/.exec(compact);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1949 || year > 2100 || month < 1 || month > 12) return null;
  return `${match[1]}-${String(month).padStart(2, "0")}`;
}

export type AreaUnit = "hectare" | "km2";

const KM2 = /平方公里|平方千米|km2|km²/i;

/** "1 330" · "65.2" · "12.5平方公里" → hectares (km² × 100), with the unit it was given in. */
export function parseArea(text: string, columnUnit: AreaUnit): { hectares: number; converted: boolean } | null {
  const unit: AreaUnit = KM2.test(text) ? "km2" : /公顷|ha/i.test(text) ? "hectare" : columnUnit;
  const number = text.replace(/[,，\s]/g, "").replace(/(平方公里|平方千米|km2|km²|公顷|ha)/gi, "");
  if (!/^\d+(\.\d+)?$/.test(number)) return null;
  const value = Number(number);
  if (!(value > 0)) return null;
  return unit === "km2" ? { hectares: Math.round(value * 100 * 100) / 100, converted: true } : { hectares: value, converted: false };
}

/** Level words in a 级别 column. */
function readLevel(text: string): "national" | "provincial" | ZoneLevel | null {
  if (/国家级经济技术|^national_etdz$/.test(text)) return "national_etdz";
  if (/国家级高新|^national_hitech$/.test(text)) return "national_hitech";
  if (/^国家级?$|^national$/.test(text)) return "national";
  if (/^省级?$|^provincial$/.test(text)) return "provincial";
  if (/市级|municipal/.test(text)) return "municipal";
  return null;
}

const TYPE_CODES: readonly ZoneType[] = ["etdz", "hitech", "customs", "border", "other"];

/** A 类型 column: the code (etdz…) or the catalogue's words. */
function readType(text: string): ZoneType | null {
  const code = TYPE_CODES.find((type) => type === text);
  return code ?? TYPE_SECTIONS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The kind of zone its name says, when no section or column does. */
export function typeFromName(name: string): ZoneType | null {
  if (/(综合保税区|保税港区|保税区|出口加工区|保税物流园区|跨境工业区)$/.test(name)) return "customs";
  if (/(边境经济合作区|跨境经济合作区)$/.test(name)) return "border";
  if (/(高新技术产业开发区|高新技术开发区|高新区|新技术产业开发区)$/.test(name)) return "hitech";
  if (/(经济技术开发区|经济开发区|经开区)$/.test(name)) return "etdz";
  return null;
}

export function zoneLevelOf(level: Section["level"], type: ZoneType | null): ZoneLevel | null {
  if (level === "provincial") return "provincial";
  if (level !== "national") return null;
  return type === "etdz" ? "national_etdz" : type === "hitech" ? "national_hitech" : "national_other";
}

function headerColumns(cells: string[]): { columns: (Column | null)[]; areaUnit: AreaUnit } | null {
  const columns = cells.map((cell) => {
    const text = cell.replace(/\s+/g, "");
    return HEADER_MEANINGS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  });
  const found = new Set(columns.filter(Boolean));
  if (!found.has("name") || found.size < 2) return null;
  // a zone row never reads as a header: its name cell would need to be a header word
  const nameCell = cells[columns.indexOf("name")].replace(/\s+/g, "");
  if (nameCell.length > 8) return null;
  const areaCell = cells[columns.indexOf("area")] ?? "";
  return { columns, areaUnit: KM2.test(areaCell) ? "km2" : "hectare" };
}

const clean = (cell: string) => cell.replace(/[\u00a0\u3000]/g, " ").replace(/\s+/g, " ").trim();

/** A zone name as the catalogue prints it, without footnote marks or spaces. */
export function cleanZoneName(text: string): string {
  return text.replace(/\s+/g, "").replace(/[*※△▲☆★#]+|[（(]注\d*[)）]|\[\d+\]/g, "").trim();
}

export function parseCatalogueRows(input: CatalogueRows): CatalogueParse {
  const entries: CatalogueEntry[] = [];
  const warnings: CatalogueWarning[] = [];
  let header: { columns: (Column | null)[]; areaUnit: AreaUnit } | null = null;
  let section: Section = { level: null, type: null, province: null };
  let warnedConversion = false;
  /** the last zone row's 主导产业 ended with "、": the next line continues it */
  let industriesOpen = false;
  if (input.section) section = applySection(section, readSectionHeading(input.section));

  input.rows.forEach((raw, index) => {
    const origin = `${input.name} 第 ${index + 1} 行`;
    const cells = raw.map(clean);
    const filled = cells.filter(Boolean);
    if (!filled.length) return;
    const found = headerColumns(cells);
    if (found) {
      header = found;
      // "国家级开发区 | 开发区名称 | …": a header row can carry the section in its first cell
      for (const cell of filled) section = applySection(section, readSectionHeading(cell));
      return;
    }
    if (new Set(filled).size === 1 || filled.length === 1) {
      const heading = readSectionHeading(filled[0]);
      if (heading) {
        section = applySection(section, heading);
        return;
      }
      // PDF text wraps a long 主导产业 onto the next line
      const previous = entries.at(-1);
      if (previous && (industriesOpen || /[、，,]/.test(filled[0])) && !/开发区|园区|保税/.test(filled[0])) {
        industriesOpen = /[、，,]$/.test(filled[0]);
        previous.industries = [...new Set([...previous.industries, ...splitList(filled[0])])];
        return;
      }
      if (!/^\d+$/.test(filled[0])) warnings.push({ origin, message: `未识别的行：${filled[0].slice(0, 30)}` });
      return;
    }
    const columns: (Column | null)[] = header?.columns ?? defaultColumns(cells);
    const value = (column: Column) => {
      const at = columns.indexOf(column);
      return at >= 0 ? (cells[at] ?? "") : "";
    };
    const name = cleanZoneName(value("name"));
    if (!name || name.length < 3 || /^\d+$/.test(name)) {
      warnings.push({ origin, message: "缺少开发区名称，已跳过" });
      return;
    }
    const dateText = value("approvedAt");
    const approvedAt = dateText ? parseApprovedAt(dateText) : null;
    if (dateText && !approvedAt) warnings.push({ origin, message: `${name}：无法识别批准时间“${dateText}”` });
    const areaText = value("area");
    const area = areaText ? parseArea(areaText, header?.areaUnit ?? "hectare") : null;
    if (areaText && !area) warnings.push({ origin, message: `${name}：无法识别面积“${areaText}”` });
    if (area?.converted && !warnedConversion) {
      warnings.push({ origin, message: "面积以平方公里给出，已换算为公顷（1 平方公里 = 100 公顷）" });
      warnedConversion = true;
    }
    const levelCell = readLevel(value("level").replace(/\s+/g, ""));
    const type = readType(value("type").replace(/\s+/g, "")) ?? section.type ?? typeFromName(name);
    const level =
      levelCell === "national" || levelCell === "provincial" ? zoneLevelOf(levelCell, type) : (levelCell ?? zoneLevelOf(section.level, type));
    industriesOpen = /[、，,]$/.test(value("industries"));
    entries.push({
      name,
      level,
      type,
      province: provinceName(value("province")) ?? (value("province") || section.province),
      city: value("city") || null,
      approvedAt,
      areaHectares: area?.hectares ?? null,
      industries: splitList(value("industries")),
      origin,
    });
  });
  return { entries, warnings };
}

function applySection(section: Section, heading: Partial<Section> | null): Section {
  if (!heading) return section;
  // the catalogue groups each level by province, and each province by type
  if (heading.province) return { level: section.level, type: null, province: heading.province };
  return {
    province: section.province,
    level: heading.level !== undefined ? heading.level : section.level,
    // a new level starts its own groups; a type heading keeps the level
    type: heading.type !== undefined ? heading.type : heading.level !== undefined ? null : section.type,
  };
}
