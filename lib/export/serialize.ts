import { blocksToText, parseBlocks } from "@/lib/content/blocks";
import { formatChinaDateTime, formatIsoDay } from "@/lib/content/dates";
import { toCsv, type CsvCell } from "@/lib/inquiries/csv";
import type { ArticleExport, BulletinExport, ZoneExport } from "./queries";

/**
 * The bulk export's two shapes, pure. JSON keeps everything (bodies as blocks, nested sections, awards,
 * indicators) and reads back into tools; CSV is one row per item with the body as plain text, for
 * spreadsheets. In JSON, decimals (indicator values, areas) are exact strings, dates ISO instants.
 */
export function toExportJson(type: string, rows: readonly unknown[], now = new Date()): string {
  return `${JSON.stringify({ type, exportedAt: now.toISOString(), count: rows.length, items: rows }, null, 2)}\n`;
}

const day = (date: Date | null) => (date ? formatIsoDay(date) : "");
const time = (date: Date | null) => (date ? formatChinaDateTime(date) : "");

export function articlesCsv(rows: readonly ArticleExport[]): string {
  const header = ["ID", "类型", "状态", "标题", "摘要", "来源", "作者", "地区", "发布时间", "文号", "发文机关", "成文日期", "效力", "相关园区", "阅读数", "版本", "更新时间", "正文"];
  return toCsv(
    header,
    rows.map((row): CsvCell[] => [
      row.id,
      row.kind,
      row.status,
      row.title,
      row.summary,
      row.source,
      row.author,
      row.region,
      time(row.publishedAt),
      row.docNumber,
      row.issuer,
      day(row.writtenAt),
      row.validity,
      row.zones.map((link) => link.zone.name).join("、"),
      row.readCount,
      row.version,
      time(row.updatedAt),
      blocksToText(parseBlocks(row.body)),
    ]),
  );
}

/** One row per bulletin item, with its issue's columns repeated: what a spreadsheet can sort and filter. */
export function bulletinsCsv(rows: readonly BulletinExport[]): string {
  const header = ["简报ID", "状态", "标题", "编印单位", "年份", "期号", "总期号", "出刊日期", "栏目", "条目序号", "条目标题", "条目来源", "条目正文"];
  return toCsv(
    header,
    rows.flatMap((bulletin) => {
      const issue: CsvCell[] = [bulletin.id, bulletin.status, bulletin.title, bulletin.publisher, bulletin.year, bulletin.issueNumber, bulletin.totalIssueNumber, day(bulletin.issueDate)];
      const items = bulletin.sections.flatMap((section) => section.items.map((item): CsvCell[] => [...issue, section.title, item.position, item.title, item.source, blocksToText(parseBlocks(item.body))]));
      return items.length ? items : [[...issue, "", "", "", "", ""]];
    }),
  );
}

export function zonesCsv(rows: readonly ZoneExport[]): string {
  const header = ["ID", "状态", "名称", "简称", "别名", "级别", "省份", "城市", "区县", "批准日期", "面积（平方公里）", "主导产业", "简介", "网站", "荣誉数", "指标数", "合并到", "更新时间"];
  return toCsv(
    header,
    rows.map((row): CsvCell[] => [
      row.id,
      row.status,
      row.name,
      row.shortName,
      row.aliases.join("、"),
      row.level,
      row.province,
      row.city,
      row.district,
      day(row.approvedAt),
      row.areaKm2 === null ? null : Number(row.areaKm2),
      row.industries.join("、"),
      row.summary,
      row.website,
      row.awards.length,
      row.indicators.length,
      row.mergedIntoId,
      time(row.updatedAt),
    ]),
  );
}
