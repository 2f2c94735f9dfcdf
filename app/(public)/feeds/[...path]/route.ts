// GET /feeds/<kind>.rss|.atom, /feeds/region/<region>.rss|.atom, /feeds/zone/<slug>.rss|.atom — public feeds.
import { listFeedArticles } from "@/lib/articles/queries";
import { ARTICLE_KINDS, articlePath, kindFromSegment } from "@/lib/articles/routes";
import { listBulletinFeed } from "@/lib/bulletins/queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { summarize } from "@/lib/content/blocks";
import { FEED_CONTENT_TYPES, type FeedEntry, parseFeedPath, renderAtom, renderRss } from "@/lib/content/feeds";
import { absoluteUrl, SITE_NAME } from "@/lib/content/site";
import { getZoneName } from "@/lib/zones/queries";
import { zonePath } from "@/lib/zones/routes";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

type Loaded = { title: string; description: string; sitePath: string; entries: FeedEntry[] };

async function articleEntries(scope: Parameters<typeof listFeedArticles>[0]): Promise<FeedEntry[]> {
  const articles = await listFeedArticles(scope, 30);
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    url: absoluteUrl(articlePath(article.kind, article.slug)),
    summary: article.summary ?? summarize(article.blocks, 200),
    published: article.publishedAt ?? article.updatedAt,
    updated: article.updatedAt,
    author: article.source,
  }));
}

async function load(target: NonNullable<ReturnType<typeof parseFeedPath>>): Promise<Loaded | null> {
  if (target.type === "region") {
    const entries = await articleEntries({ region: target.region });
    return entries.length ? { title: `${SITE_NAME} · ${target.region}`, description: `${target.region}最新资讯与政策`, sitePath: `/news?region=${encodeURIComponent(target.region)}`, entries } : null;
  }
  if (target.type === "zone") {
    const name = await getZoneName(target.slug);
    if (!name) return null;
    return { title: `${SITE_NAME} · ${name}`, description: `${name}相关资讯`, sitePath: zonePath(target.slug), entries: await articleEntries({ zoneSlug: target.slug }) };
  }
  if (target.segment === "bulletins") {
    const issues = await listBulletinFeed(30);
    return {
      title: `${SITE_NAME} · 工作简报`,
      description: "工作简报各期",
      sitePath: "/bulletins",
      entries: issues.map((issue) => ({
        id: issue.id,
        title: `${issue.title} ${issueLabel(issue.issueNumber, issue.totalIssueNumber)}`,
        url: absoluteUrl(bulletinPath(issue.slug)),
        summary: issue.sections.flatMap((section) => section.items.map((item) => item.title)).join("；"),
        published: issue.publishedAt ?? issue.issueDate,
        updated: issue.updatedAt,
        author: issue.publisher,
      })),
    };
  }
  const kind = kindFromSegment(target.segment);
  if (!kind) return null;
  const label = ARTICLE_KINDS[kind].label;
  return { title: `${SITE_NAME} · ${label}`, description: `${SITE_NAME}${label}`, sitePath: `/${target.segment}`, entries: await articleEntries({ kind }) };
}

export async function GET(request: Request, { params }: Context) {
  const target = parseFeedPath((await params).path);
  const loaded = target ? await load(target) : null;
  if (!target || !loaded) return new Response("订阅源不存在", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const channel = {
    title: loaded.title,
    description: loaded.description,
    siteUrl: absoluteUrl(loaded.sitePath),
    feedUrl: absoluteUrl(new URL(request.url).pathname),
    updated: loaded.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0)),
  };
  const body = target.format === "rss" ? renderRss(channel, loaded.entries) : renderAtom(channel, loaded.entries);
  return new Response(body, { headers: { "Content-Type": FEED_CONTENT_TYPES[target.format], "Cache-Control": "public, max-age=300" } });
}
