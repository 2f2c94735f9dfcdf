import { deflateRawSync, crc32 } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importBytes } from "@/lib/importer";
import { checkImportText, decodeDocument, MAX_IMPORT_BYTES } from "@/lib/importer/decode";

const SAMPLE = "青禾市开发区工作简报\n第12期\n青禾市开发区促进会\n2024年9月30日\n\n< 园区动态 >\n\n禾丰经开区举办项目签约活动\n\n9月18日，禾丰经济技术开发区举办秋季项目集中签约活动。";

/** A minimal .docx (a zip with the parts mammoth reads), so no binary fixture is needed. */
function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join("");
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, "utf8");
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    locals.push(header, nameBytes, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((size, part) => size + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("decodeDocument", () => {
  it("reads UTF-8 with and without BOM", async () => {
    expect((await decodeDocument(Buffer.from(SAMPLE), "a.txt")).text).toBe(SAMPLE);
    expect((await decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), "a.txt")).text).toBe(SAMPLE);
  });

  it("detects GBK / GB18030 and UTF-16 text", async () => {
    const gbk = await decodeDocument(iconv.encode(SAMPLE, "gbk"), "gbk.txt");
    expect(gbk).toEqual({ text: SAMPLE, encoding: "GB18030" });
    const utf16 = await decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, "utf16le")]), "u.txt");
    expect(utf16.text).toBe(SAMPLE);
  });

  it("reads the text of a Word .docx", async () => {
    const decoded = await decodeDocument(docx(["园区新闻标题", "9月18日，禾丰经济技术开发区举办秋季项目集中签约活动。"]), "a.docx");
    expect(decoded.encoding).toBe("DOCX");
    expect(decoded.text.split("\n").filter(Boolean)).toEqual(["园区新闻标题", "9月18日，禾丰经济技术开发区举办秋季项目集中签约活动。"]);
  });

  it("gives a clear message for empty, binary, unknown and oversized input", async () => {
    expect((await rejection(decodeDocument(Buffer.alloc(0), "empty.txt"))).message).toContain("空文件");
    expect((await rejection(decodeDocument(Buffer.from("%PDF-1.7 xxxx"), "a.pdf"))).message).toContain("PDF");
    expect((await rejection(decodeDocument(Buffer.from([1, 2, 0, 4, 5, 6]), "a.bin"))).message).toContain("不是文本文件");
    expect((await rejection(decodeDocument(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "a.docx"))).message).toContain("不是有效的 Word");
    const latin1 = Buffer.from([0xe9, 0x74, 0xe9, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0x20, 0xe7, 0x61]);
    expect((await rejection(decodeDocument(latin1, "fr.txt"))).message).toMatch(/编码|中文/);
    const huge = await rejection(decodeDocument(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61), "huge.txt"));
    expect(huge.code).toBe("PAYLOAD_TOO_LARGE");
    expect(huge.message).toContain("过大");
  });

  it("refuses text without Chinese content", () => {
    expect(() => checkImportText("   \n  ")).toThrow("没有可导入的文字");
    expect(() => checkImportText("x7#kq 9!zz ".repeat(500))).toThrow("未识别出中文正文");
    expect(checkImportText(SAMPLE)).toBe(SAMPLE);
  });
});

describe("importBytes", () => {
  it("decodes and parses a GBK bulletin", async () => {
    const [doc] = await importBytes(iconv.encode(SAMPLE, "gb18030"), "gbk.txt");
    expect(doc).toMatchObject({ kind: "bulletin", title: "青禾市开发区工作简报", issueNumber: 12, publishedAt: "2024-09-30" });
  });
});
