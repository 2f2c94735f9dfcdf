import { unzipSync } from "fflate";
import iconv from "iconv-lite";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "../decode";

/**
 * A .zip of documents → its files, for a batch import. Folders, hidden files and macOS resource forks are
 * skipped; names written by Chinese Windows (GBK, without the UTF-8 flag) are decoded. Sizes are checked
 * from the central directory before anything is inflated, so a zip bomb is refused unopened.
 */
/** `problem`: why the file was not unpacked (too large); it is then refused on its own, the others go on. */
export type ArchiveEntry = { name: string; bytes: Uint8Array; problem?: string };

export const MAX_ARCHIVE_FILES = 1000;
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

export function readZipArchive(bytes: Uint8Array, name: string): ArchiveEntry[] {
  let total = 0;
  let count = 0;
  const oversized: ArchiveEntry[] = [];
  let entries;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith("/") || isHidden(file.name)) return false;
        count += 1;
        total += file.originalSize;
        if (count > MAX_ARCHIVE_FILES) throw new AppError("PAYLOAD_TOO_LARGE", `${name} 中的文件超过 ${MAX_ARCHIVE_FILES} 个，请分批导入`);
        if (total > MAX_ARCHIVE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `${name} 解压后超过 ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB，请分批导入`);
        if (file.originalSize <= MAX_IMPORT_BYTES) return true;
        // Listed and refused by itself; its bytes are not inflated.
        oversized.push({ name: decodeEntryName(file.name), bytes: new Uint8Array(), problem: `文件过大，单个文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("BAD_REQUEST", `${name} 不是有效的 zip 压缩包`);
  }
  return Object.entries(entries)
    .map(([entryName, data]): ArchiveEntry => ({ name: decodeEntryName(entryName), bytes: data }))
    .concat(oversized)
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

function isHidden(path: string): boolean {
  return path.split("/").some((part) => part.startsWith(".") || part === "__MACOSX");
}

/** fflate gives names without the UTF-8 flag as Latin-1: re-read those bytes as UTF-8, else GB18030. */
function decodeEntryName(entryName: string): string {
  if ([...entryName].some((char) => char.charCodeAt(0) > 0xff)) return entryName;
  const raw = Buffer.from(entryName, "latin1");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return iconv.decode(raw, "GB18030");
  }
}
