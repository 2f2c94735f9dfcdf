import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { blocksToMarkdown } from "@/lib/content/markdown";
import { db } from "@/lib/db";
import type { PrintableBulletin } from "./print";

/** The composer's reads: issues in every status (public reads in queries.ts see only published ones). */
export async function listBulletinsForAdmin(limit = 100) {
  return db().bulletin.findMany({
    orderBy: [{ issueDate: "desc" }, { issueNumber: "desc" }],
    take: limit,
    select: { id: true, slug: true, title: true, publisher: true, issueNumber: true, totalIssueNumber: true, issueDate: true, status: true, updatedAt: true, _count: { select: { sections: true } } },
  });
}

export async function getBulletinForComposing(id: string) {
  const bulletin = await db().bulletin.findUnique({
    where: { id },
    include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
  });
  if (!bulletin) return null;
  return { ...bulletin, sections: bulletin.sections.map((section) => ({ ...section, items: section.items.map(withMarkdown) })) };
}

/** An item's body as blocks (for previews) and as the Markdown its edit form shows. */
function withMarkdown<Item extends { body: unknown }>(item: Item) {
  const blocks = parseBlocks(item.body);
  return { ...item, blocks, markdown: blocksToMarkdown(blocks) };
}

export type BulletinForComposing = NonNullable<Awaited<ReturnType<typeof getBulletinForComposing>>>;

export function toPrintable(bulletin: BulletinForComposing): PrintableBulletin {
  return {
    title: bulletin.title,
    publisher: bulletin.publisher,
    issueNumber: bulletin.issueNumber,
    totalIssueNumber: bulletin.totalIssueNumber,
    issueDate: bulletin.issueDate,
    distribution: bulletin.distribution,
    sections: bulletin.sections.map((section) => ({ title: section.title, items: section.items.map((item) => ({ anchor: item.anchor, title: item.title, source: item.source, blocks: item.blocks })) })),
  };
}

/** The publisher of the latest issue: the default for a new one. */
export async function latestPublisher(): Promise<{ publisher: string; title: string } | null> {
  return db().bulletin.findFirst({ orderBy: [{ createdAt: "desc" }], select: { publisher: true, title: true } });
}
