import WordExtractor from "word-extractor";
import { AppError } from "@/lib/errors";

/**
 * Old Word (.doc, Word 97–2003) → text with word-extractor; each Word paragraph becomes one paragraph.
 * A .wps file from WPS Office is tried the same way (recent WPS versions write the Word binary format);
 * when it is not readable the editor is told how to convert it.
 */
export async function decodeDoc(bytes: Uint8Array, name: string, extension: string): Promise<string> {
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return document
      .getBody()
      .replace(/\r\n?/g, "\n")
      .replace(/[\u0007\u000b\f]/g, "\n")
      .split("\n")
      .map((line) => line.trim())
      .join("\n\n")
      .replace(/\n{3,}/g, "\n\n");
  } catch {
    // word-extractor's errors name OLE internals; the editor needs the file and a way forward.
    throw new AppError(
      "BAD_REQUEST",
      extension === ".wps"
        ? `${name} 是 WPS 文字文件，无法直接读取；请在 WPS 中“另存为”Word 文档（.docx）后再导入`
        : `${name} 不是有效的 Word 97–2003（.doc）文件；请在 Word 或 WPS 中“另存为”.docx 后再导入`,
    );
  }
}
