import Link from "next/link";
import type { PublicArticle } from "@/lib/articles/queries";
import { articlePath, POLICY_VALIDITY_LABELS } from "@/lib/articles/routes";
import { formatChineseDate } from "@/lib/content/dates";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** 已废止 / 已修改: said before anything else, with the document that now applies. */
export function PolicyValidityBanner({ article, t }: { article: PublicArticle; t: Dictionary }) {
  if (!article.validity || article.validity === "valid") return null;
  const repealed = article.validity === "repealed";
  return (
    <div
      role="note"
      aria-label={POLICY_VALIDITY_LABELS[article.validity]}
      className={`mb-6 rounded border-l-4 p-4 ${repealed ? "border-red-700 bg-red-50 text-red-900" : "border-amber-600 bg-amber-50 text-amber-950"}`}
    >
      <p className="text-lg font-bold">本文件{POLICY_VALIDITY_LABELS[article.validity]}</p>
      <p className="mt-1">
        {repealed ? "本文件已失效，仅供查阅。" : "本文件部分内容已被修改，请以现行文件为准。"}
        {article.replacedBy ? (
          <>
            {t.replacedBy}：
            {article.replacedBy.isPublic ? (
              <Link className="font-semibold underline" href={articlePath(article.replacedBy.kind, article.replacedBy.slug)}>
                {article.replacedBy.title}
              </Link>
            ) : (
              <span className="font-semibold">{article.replacedBy.title}</span>
            )}
          </>
        ) : null}
      </p>
    </div>
  );
}

export function PolicyInfoTable({ article, t }: { article: PublicArticle; t: Dictionary }) {
  const rows: [string, string | null][] = [
    [t.indexNumber, article.indexNumber],
    [t.issuer, article.issuer],
    [t.writtenAt, formatChineseDate(article.writtenAt) || null],
    [t.docNumber, article.docNumber],
    [t.validity, article.validity ? POLICY_VALIDITY_LABELS[article.validity] : null],
  ];
  return (
    <table className="my-6 w-full border-collapse text-sm">
      <caption className="sr-only">{t.documentInfo}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" className="w-28 border border-gray-300 bg-gray-50 px-3 py-1.5 text-left font-medium">
              {label}
            </th>
            <td className="border border-gray-300 px-3 py-1.5">{value || "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
