import { SITE_NAME } from "./site";

/**
 * RSS 2.0 and Atom 1.0, pure: the route handler loads entries and hands them here. Feeds exist per kind
 * (/feeds/news.rss), per region (/feeds/region/西青区.atom) and per zone (/feeds/zone/<slug>.rss).
 */

export type FeedFormat = "rss" | "atom";

export type FeedTarget =
  | { type: "kind"; segment: string; format: FeedFormat }
  | { type: "region"; region: string; format: FeedFormat }
  | { type: "zone"; slug: string; format: FeedFormat };

function splitFormat(name: string): { base: string; format: FeedFormat } | null {
  const match = /^(.+)\.(rss|atom)$/.exec(name);
  return match ? { base: match[1], format: match[2] as FeedFormat } : null;
}

export function parseFeedPath(segments: string[]): FeedTarget | null {
  const decoded = segments.map((segment) => decodeURIComponent(segment));
  if (decoded.length === 1) {
    const parsed = splitFormat(decoded[0]);
    return parsed ? { type: "kind", segment: parsed.base, format: parsed.format } : null;
  }
  if (decoded.length === 2 && (decoded[0] === "region" || decoded[0] === "zone")) {
    const parsed = splitFormat(decoded[1]);
    if (!parsed) return null;
    return decoded[0] === "region"
      ? { type: "region", region: parsed.base, format: parsed.format }
      : { type: "zone", slug: parsed.base, format: parsed.format };
  }
  return null;
}

export type FeedEntry = { id: string; title: string; url: string; summary: string; published: Date; updated: Date; author?: string | null };

export type FeedChannel = { title: string; description: string; siteUrl: string; feedUrl: string; updated: Date };

export function escapeXml(text: string): string {
  // also drops characters XML 1.0 forbids, which imported documents sometimes carry
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function renderRss(channel: FeedChannel, entries: FeedEntry[]): string {
  const items = entries
    .map(
      (entry) => `    <item>
      <title>${escapeXml(entry.title)}</title>
      <link>${escapeXml(entry.url)}</link>
      <guid isPermaLink="true">${escapeXml(entry.url)}</guid>
      <pubDate>${entry.published.toUTCString()}</pubDate>
      <description>${escapeXml(entry.summary)}</description>${entry.author ? `\n      <source url="${escapeXml(channel.siteUrl)}">${escapeXml(entry.author)}</source>` : ""}
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.siteUrl)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>zh-cn</language>
    <lastBuildDate>${channel.updated.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function renderAtom(channel: FeedChannel, entries: FeedEntry[]): string {
  const items = entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.url)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.url)}"/>
    <published>${entry.published.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>${entry.author ? `\n    <author><name>${escapeXml(entry.author)}</name></author>` : ""}
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(channel.feedUrl)}</id>
  <title>${escapeXml(channel.title)}</title>
  <subtitle>${escapeXml(channel.description)}</subtitle>
  <link href="${escapeXml(channel.siteUrl)}"/>
  <link rel="self" href="${escapeXml(channel.feedUrl)}"/>
  <updated>${channel.updated.toISOString()}</updated>
  <author><name>开发区资讯门户</name></author>
${items}
</feed>
`;
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/** A feed a page advertises with <link rel="alternate">: its path without the .rss/.atom ending. */
export type FeedLink = { path: string; title: string };

/** The site feed: every public page advertises it, beside the feed of its own section or zone. */
export const SITE_FEED: FeedLink = { path: "/feeds/news", title: `${SITE_NAME} · 资讯` };

/**
 * `alternates.types` for a page's metadata. A page that sets `alternates` (for its canonical URL)
 * replaces the root layout's whole `alternates`, so every such page passes its feeds through here.
 */
export function feedAlternates(...scoped: FeedLink[]): Record<"application/rss+xml" | "application/atom+xml", { url: string; title: string }[]> {
  const feeds = [...scoped.filter((feed) => feed.path !== SITE_FEED.path), SITE_FEED];
  return {
    "application/rss+xml": feeds.map((feed) => ({ url: `${feed.path}.rss`, title: `${feed.title}（RSS）` })),
    "application/atom+xml": feeds.map((feed) => ({ url: `${feed.path}.atom`, title: `${feed.title}（Atom）` })),
  };
}

export const BULLETIN_FEED: FeedLink = { path: "/feeds/bulletins", title: `${SITE_NAME} · 工作简报` };
