import type { MetadataRoute } from "next";
import { listArticleSitemap } from "@/lib/articles/queries";
import { ARTICLE_KINDS, articlePath } from "@/lib/articles/routes";
import { listBulletinArchive } from "@/lib/bulletins/queries";
import { bulletinPath } from "@/lib/bulletins/routes";
import { absoluteUrl } from "@/lib/content/site";
import { listZoneSitemap } from "@/lib/zones/queries";
import { zonePath } from "@/lib/zones/routes";

// Read at request time: the list changes whenever an editor publishes.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, bulletinYears, zones] = await Promise.all([listArticleSitemap(), listBulletinArchive(), listZoneSitemap()]);
  const sections = ["/", ...Object.values(ARTICLE_KINDS).map((kind) => `/${kind.segment}`), "/bulletins", "/zones"];
  return [
    ...sections.map((path) => ({ url: absoluteUrl(path), changeFrequency: "daily" as const, priority: path === "/" ? 1 : 0.8 })),
    ...articles.map((article) => ({ url: absoluteUrl(articlePath(article.kind, article.slug)), lastModified: article.updatedAt, priority: 0.6 })),
    ...bulletinYears.flatMap(({ issues }) => issues.map((issue) => ({ url: absoluteUrl(bulletinPath(issue.slug)), lastModified: issue.updatedAt, priority: 0.6 }))),
    ...zones.map((zone) => ({ url: absoluteUrl(zonePath(zone.slug)), lastModified: zone.updatedAt, priority: 0.7 })),
  ];
}
