import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { AppError } from "@/lib/errors";
import { decodeDocument } from "@/lib/importer/decode";

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await decodeDocument(bytes, name);
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  return "decoded";
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("formats the importer cannot read say what to do", () => {
  it("names the format and how to convert it", async () => {
    expect(await refusal(zipSync({ "content.xml": new Uint8Array([60]) }), "报告.wps")).toBe("“报告.wps” 是 WPS 文字文件，无法直接读取；请在 WPS 中“另存为”Word 文档（.docx）后再导入");
    expect(await refusal(new Uint8Array([...OLE, ...new Uint8Array(600)]), "旧文件.wps")).toMatch(/^“旧文件\.wps” 是 WPS 文字文件/);
    expect(await refusal(new Uint8Array([...OLE, ...new Uint8Array(600)]), "通知.doc")).toMatch(/^“通知\.doc” 不是有效的 Word 97–2003（\.doc）文件；请在 Word 或 WPS 中“另存为”\.docx/);
    expect(await refusal(new TextEncoder().encode("%PDF-1.7 这不是一个真正的文件"), "公告.pdf")).toBe("“公告.pdf” 不是有效的 PDF 文件");
    expect(await refusal(new TextEncoder().encode("禾丰县开发区的通知正文，写成了纯文本却取名为 PDF 文件。"), "公告.pdf")).toBe("“公告.pdf” 的内容不是 PDF，文件可能已损坏");
    expect(await refusal(zipSync({ "a.txt": new Uint8Array([60]) }), "材料.zip")).toMatch(/^“材料\.zip” 是压缩包，请用批量导入/);
  });

  it("reads a page by its content even when it is named .txt", async () => {
    const page = "<!DOCTYPE html><html><head><title>禾丰县召开重点项目推进会_禾丰县人民政府</title></head><body><article><h1>禾丰县召开重点项目推进会</h1><p>会议听取了各乡镇和开发区管委会关于一季度重点项目进展情况的汇报，研究部署下一阶段重点工作任务，要求各单位压实责任、加快进度。</p></article></body></html>";
    const decoded = await decodeDocument(new TextEncoder().encode(page), "保存的页面.txt");
    expect(decoded.encoding).toBe("HTML UTF-8");
    expect(decoded.hints?.title).toBe("禾丰县召开重点项目推进会");
    expect(decoded.text.split("\n\n")[0]).toBe("禾丰县召开重点项目推进会");
  });
});
