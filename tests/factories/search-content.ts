import { blocksFromText } from "@/lib/content/blocks";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import type { SearchDocument } from "@/lib/search/types";

/** Test data for search: a bulletin with items, and helpers that write content and its outbox row together. */
let sequence = 0;

export type BulletinItemSeed = { title: string; body: string; source?: string };

export async function createBulletin(
  items: BulletinItemSeed[],
  overrides: Partial<Prisma.BulletinUncheckedCreateInput> = {},
) {
  sequence += 1;
  const bulletin = await db().bulletin.create({
    data: {
      status: "published",
      slug: `search-test-bulletin-${sequence}`,
      title: "开发区工作简报",
      publisher: `测试开发区协会${sequence}`,
      issueNumber: sequence,
      totalIssueNumber: 60 + sequence,
      year: 2025,
      issueDate: new Date(Date.UTC(2025, 2, sequence)),
      publishedAt: new Date(Date.UTC(2025, 2, sequence)),
      sections: {
        create: [
          {
            position: 1,
            title: "本市动态",
            items: {
              create: items.map((item, index) => ({
                position: index + 1,
                anchor: `s1-${index + 1}`,
                title: item.title,
                body: blocksFromText(item.body),
                source: item.source ?? null,
              })),
            },
          },
        ],
      },
      ...overrides,
    },
    include: { sections: { include: { items: true } } },
  });
  return bulletin;
}

/** Every article, bulletin and zone gets an outbox row, as the real writes do. */
export async function enqueueEverything(): Promise<void> {
  const [articles, bulletins, zones] = await Promise.all([
    db().article.findMany({ select: { id: true } }),
    db().bulletin.findMany({ select: { id: true } }),
    db().zone.findMany({ select: { id: true } }),
  ]);
  await db().$transaction(async (tx) => {
    for (const { id } of articles) await enqueueSearchUpdate(tx, "article", id);
    for (const { id } of bulletins) await enqueueSearchUpdate(tx, "bulletin", id);
    for (const { id } of zones) await enqueueSearchUpdate(tx, "zone", id);
  });
}

/** A search document as the engines receive it (already normalised), for tests that index directly. */
export function searchDocument(overrides: Partial<SearchDocument> & Pick<SearchDocument, "id">): SearchDocument {
  return {
    entity: overrides.id,
    kind: "news",
    title: "开发区动态",
    aliases: [],
    parentTitle: null,
    url: `/news/${overrides.id}`,
    summary: null,
    body: "开发区召开工作会议。",
    region: null,
    zones: [],
    year: 2025,
    issuer: null,
    validity: null,
    docNumber: null,
    publishedAt: new Date(Date.UTC(2025, 0, 1)),
    sourceVersion: 1,
    ...overrides,
  };
}
