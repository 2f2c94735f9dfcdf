import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";

/** URL slug from Chinese or Latin text: 苏州工业园区 → suzhou-gongye-yuanqu. */
export function slugify(text: string, maxLength = 60): string {
  const latin = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return latin.slice(0, maxLength).replace(/-+$/, "") || "item";
}

/** A short stable suffix that keeps slugs of documents with similar titles apart. */
export function shortHash(text: string, length = 8): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** Articles: 2019-02-28-<hash>; readable dates, unique by construction. */
export function articleSlug(title: string, publishedAt: Date | null): string {
  const date = publishedAt ? publishedAt.toISOString().slice(0, 10) : "undated";
  return `${date}-${shortHash(title)}`;
}
