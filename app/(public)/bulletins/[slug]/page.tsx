import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { getPublishedBulletin } from "@/lib/bulletins/queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { formatChineseDate } from "@/lib/content/dates";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function load({ params }: Params) {
  const bulletin = await getPublishedBulletin(decodeURIComponent((await params).slug));
  if (!bulletin) notFound();
  return bulletin;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const bulletin = await load(props);
  return {
    title: `${bulletin.title} ${issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}`,
    alternates: { canonical: bulletinPath(bulletin.slug) },
  };
}

export default async function BulletinPage(props: Params) {
  const bulletin = await load(props);
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 shadow-sm sm:p-10">
      <header className="border-b-4 border-double border-accent-600 pb-4 text-center">
        <h1 className="font-serif text-4xl font-bold tracking-[0.3em] text-accent-600">{bulletin.title}</h1>
        <p className="mt-3 text-lg">{issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}</p>
        <p className="mt-2 flex justify-between text-sm">
          <span>{bulletin.publisher}</span>
          <span>{formatChineseDate(bulletin.issueDate)}</span>
        </p>
      </header>
      <nav aria-label="本期目录" className="my-6 rounded bg-gray-50 p-4">
        <h2 className="font-semibold">本期目录</h2>
        {bulletin.sections.map((section) => (
          <div key={section.id} className="mt-2">
            <p className="font-medium">{section.title}</p>
            <ol className="ml-5 list-decimal text-sm">
              {section.items.map((item) => (
                <li key={item.id}>
                  <a href={`#${item.anchor}`} className="hover:underline">
                    {item.title}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </nav>
      {bulletin.sections.map((section) => (
        <section key={section.id} aria-label={section.title}>
          <h2 className="my-6 text-center text-xl font-bold">〈 {section.title} 〉</h2>
          {section.items.map((item) => (
            <section key={item.id} id={item.anchor} className="mb-8 scroll-mt-4">
              <h3 className="mb-3 text-center text-lg font-bold">{item.title}</h3>
              <ArticleBody blocks={item.blocks} idPrefix={item.anchor} />
              {item.source ? <p className="text-right text-sm text-gray-500">（来源：{item.source}）</p> : null}
            </section>
          ))}
        </section>
      ))}
      {bulletin.distribution.length ? (
        <footer className="mt-8 border-t pt-3 text-sm text-gray-600">
          {bulletin.distribution.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      ) : null}
    </article>
  );
}
