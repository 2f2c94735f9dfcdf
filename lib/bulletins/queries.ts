import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { db } from "@/lib/db";

export async function getLatestBulletin() {
  return db().bulletin.findFirst({
    where: { status: "published" },
    orderBy: [{ issueDate: "desc" }, { issueNumber: "desc" }],
    include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" }, select: { anchor: true, title: true } } } } },
  });
}

export async function getPublishedBulletin(slug: string) {
  const bulletin = await db().bulletin.findFirst({
    where: { status: "published", slug },
    include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
  });
  if (!bulletin) return null;
  return {
    ...bulletin,
    sections: bulletin.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => ({ ...item, blocks: parseBlocks(item.body) })),
    })),
  };
}
