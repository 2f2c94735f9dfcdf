import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { cachedRead } from "@/lib/content/cache";
import { db } from "@/lib/db";

const PUBLISHED = { status: "published" } as const;

export const getLatestBulletin = cachedRead("bulletins.latest", ["bulletin"], async () =>
  db().bulletin.findFirst({
    where: PUBLISHED,
    orderBy: [{ issueDate: "desc" }, { issueNumber: "desc" }],
    include: {
      sections: {
        orderBy: { position: "asc" },
        include: { items: { orderBy: { position: "asc" }, select: { anchor: true, title: true } } },
      },
    },
  }),
);

export const getPublishedBulletin = cachedRead("bulletins.one", ["bulletin"], async (slug: string) => {
  const bulletin = await db().bulletin.findFirst({
    where: { ...PUBLISHED, slug },
    include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
  });
  if (!bulletin) return null;
  return {
    ...bulletin,
    sections: bulletin.sections.map((section) => ({
      ...section,
      items: section.items.map(({ body, ...item }) => ({ ...item, blocks: parseBlocks(body) })),
    })),
  };
});

const archiveFields = {
  id: true,
  slug: true,
  title: true,
  publisher: true,
  issueNumber: true,
  totalIssueNumber: true,
  year: true,
  issueDate: true,
  updatedAt: true,
} as const;

/** Every published issue, grouped by year (newest year first, newest issue first within a year). */
export const listBulletinArchive = cachedRead("bulletins.archive", ["bulletin"], async () => {
  const issues = await db().bulletin.findMany({
    where: PUBLISHED,
    orderBy: [{ year: "desc" }, { issueDate: "desc" }, { issueNumber: "desc" }],
    select: { ...archiveFields, _count: { select: { sections: true } } },
  });
  const years = new Map<number, typeof issues>();
  for (const issue of issues) years.set(issue.year, [...(years.get(issue.year) ?? []), issue]);
  return [...years.entries()].map(([year, yearIssues]) => ({ year, issues: yearIssues }));
});

/** The issue before and after this one from the same publisher. */
export const getAdjacentBulletins = cachedRead("bulletins.adjacent", ["bulletin"], async (id: string) => {
  const current = await db().bulletin.findUnique({ where: { id }, select: { issueDate: true, publisher: true } });
  if (!current) return { previous: null, next: null };
  const select = { slug: true, title: true, issueNumber: true, totalIssueNumber: true } as const;
  const [previous, next] = await Promise.all([
    db().bulletin.findFirst({
      where: { ...PUBLISHED, publisher: current.publisher, issueDate: { lt: current.issueDate } },
      orderBy: { issueDate: "desc" },
      select,
    }),
    db().bulletin.findFirst({
      where: { ...PUBLISHED, publisher: current.publisher, issueDate: { gt: current.issueDate } },
      orderBy: { issueDate: "asc" },
      select,
    }),
  ]);
  return { previous, next };
});

export const listBulletinFeed = cachedRead("bulletins.feed", ["bulletin"], async (limit: number = 30) =>
  db().bulletin.findMany({
    where: PUBLISHED,
    orderBy: [{ issueDate: "desc" }, { issueNumber: "desc" }],
    take: limit,
    select: {
      ...archiveFields,
      publishedAt: true,
      sections: { orderBy: { position: "asc" }, select: { title: true, items: { orderBy: { position: "asc" }, select: { title: true } } } },
    },
  }),
);
