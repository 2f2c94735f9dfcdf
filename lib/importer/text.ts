/** Character classes and small helpers shared by the cleaning and parsing rules. */

export const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
export const CJK_CHAR = new RegExp(`[${CJK}]`);
export const CHINESE_NUMERAL = "一二三四五六七八九十百零〇两";

/** A paragraph that ends here is complete; one that ends otherwise may have been cut by a page break. */
export const SENTENCE_END = /[。！？；：…”’」』）)》!?;:]$/;

/** A line ending so is a sentence, never a heading (a heading may end with 》, ” or ）). */
export const CLAUSE_END = /(?:[。！？；：…!?;:，,、]|[。！？!?][”’」』])$/;

/** 一、总体要求 / 第一章 总则 */
export const LEVEL1_HEADING = new RegExp(`^(?:[${CHINESE_NUMERAL}]+、|第[${CHINESE_NUMERAL}]+[章编部分](?:\\s|$))`);
/** (一)坚持质量导向 / （一） */
export const LEVEL2_HEADING = new RegExp(`^[（(][${CHINESE_NUMERAL}]+[)）]`);
/** 1.工业经济稳步增长 / 1、 / 1．(not 1.5亿元) */
export const LEVEL3_HEADING = /^\d{1,2}[.．、](?!\d)/;

export function isStructuralMarker(line: string): boolean {
  return LEVEL1_HEADING.test(line) || LEVEL2_HEADING.test(line) || LEVEL3_HEADING.test(line);
}

/** Display length: what a reader counts, so 40 means about one printed line of Chinese. */
export function charLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff) count += 1; // a low surrogate completes a character already counted
  }
  return count;
}

export function uniqueInOrder<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
