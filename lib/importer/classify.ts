import type { ImportKind } from "./schema";

/** 川商产业〔2020〕2号, 国发〔2019〕11号, 澜商产业[2024]5号 */
export const DOC_NUMBER = /^([\u4e00-\u9fff]{1,16}\s*[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号)$/;

const BULLETIN_TITLE = /简报|工作动态$|信息专报/;
const ISSUE_LINE = /^第\s*\d+\s*期/;
const REPORT_TITLE = /政府工作报告|工作报告$/;
const POLICY_TITLE =
  /(?:关于.+的(?:通知|通告|公告|意见|决定|批复|函|复函|实施方案|指导意见)|(?:办法|规定|条例|细则|规划|指引|若干措施)(?:[(（]试行[)）])?)$/;

/**
 * Which kind of document this is, from the title and the first lines: a bulletin has a 简报 masthead
 * and an issue number, a report is a 政府工作报告, a policy is a notice/measure or carries a 文号;
 * everything else is news.
 */
export function classifyDocument(title: string, paragraphs: string[]): ImportKind {
  const head = paragraphs.slice(0, 8);
  if (head.some((line) => BULLETIN_TITLE.test(line)) && head.some((line) => ISSUE_LINE.test(line))) return "bulletin";
  if (REPORT_TITLE.test(title)) return "report";
  if (POLICY_TITLE.test(title) || head.some((line) => DOC_NUMBER.test(line))) return "policy";
  return "news";
}
