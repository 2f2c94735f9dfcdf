import { toSimplified } from "@/lib/search/normalize";
import type { ImportKind } from "./schema";

/** 川商产业〔2020〕2号, 国发〔2019〕11号, 澜商产业[2024]5号 (traditional 號 reads the same: match on toSimplified). */
export const DOC_NUMBER = /^([\u4e00-\u9fff]{1,16}\s*[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号)$/;
/** 厦府〔2017〕327号《厦门市人民政府关于…的通知》: the 文号 written in front of the title. */
export const LEADING_DOC_NUMBER = /^([\u4e00-\u9fff]{1,16}\s*[〔[［]\s*\d{4}\s*[〕\]］]\s*第?\s*\d{1,4}\s*号)\s*(?=\S)/;

const BULLETIN_TITLE = /简报|工作动态$|信息专报/;
/** 第12期, 第12期(总第103期), 总第103期 — on a line of its own or after the masthead (XX工作简报 第12期) */
export const ISSUE_IN_LINE = /(?:总\s*)?第\s*\d+\s*期/;
/** 2025年政府工作报告, 望海区人民政府工作报告: a title that names the report itself (not news about it). */
export const REPORT_TITLE = /(?:政府工作报告|工作报告)(?:[(（][^)）]{1,20}[)）])?$|^政府工作报告/;
/** 《…方案》已经省政府同意，现印发给你们 / 现将…予以公布: the formulas of a notice */
const ISSUING_FORMULA = /现将[^。]{0,60}(?:印发给你们|予以公布|通知如下|公布如下)|现印发给你们|现就[^。]{0,40}通知如下/;
/** 代表分组审议政府工作报告, 图解政府工作报告: news about a report */
const NEWS_ABOUT_A_REPORT = /审议|听取|讨论|解读|学习|热议|点赞|聚焦|看点|图解|划重点|关键词|传达|贯彻/;
/** 现在，我代表区人民政府向大会作工作报告: how a government work report opens. */
const REPORT_OPENING = /我代表.{0,24}?政府.{0,6}?向(?:大会|全体代表|各位代表).{0,4}?(?:作|做|报告)/;
export const POLICY_TITLE =
  /(?:关于.+的(?:通知|通告|公告|意见|决定|批复|函|复函|实施方案|指导意见|实施意见|若干措施|办法|规定)|(?:办法|规定|条例|细则|规划|指引|若干措施|实施方案)(?:[(（]试行[)）])?)$/;

export function isBulletinHead(paragraphs: string[]): boolean {
  const head = paragraphs.slice(0, 8).map(toSimplified);
  return head.some((line) => BULLETIN_TITLE.test(line) && line.length <= 40) && head.some((line) => line.length <= 40 && ISSUE_IN_LINE.test(line));
}

/**
 * Which kind of document this is, from the chosen title and the body (never from page chrome or an
 * index number): a bulletin has a 简报 masthead and an issue number, a report is a 政府工作报告 (by its
 * title or by how it opens), a policy is a notice/measure or carries a 文号; everything else is news.
 * `title` is "" when the title was generated from the body.
 */
export function classifyDocument(title: string, paragraphs: string[], hasDocNumber = false): ImportKind {
  return isBulletinHead(paragraphs) ? "bulletin" : classifyArticle(title, paragraphs, hasDocNumber);
}

export function classifyArticle(title: string, paragraphs: string[], hasDocNumber = false): Exclude<ImportKind, "bulletin"> {
  const simpleTitle = toSimplified(title);
  const opening = paragraphs.slice(0, 6).map(toSimplified);
  const isReportTitle = REPORT_TITLE.test(simpleTitle) && !NEWS_ABOUT_A_REPORT.test(simpleTitle);
  if (isReportTitle || opening.some((line) => REPORT_OPENING.test(line))) return "report";
  const isIssuingNotice = opening.some((line) => ISSUING_FORMULA.test(line));
  if (POLICY_TITLE.test(simpleTitle) || hasDocNumber || isIssuingNotice || opening.some((line) => DOC_NUMBER.test(line))) return "policy";
  return "news";
}
