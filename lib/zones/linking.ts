import { slugify } from "@/lib/content/slug";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Zone mentions found in a document → Zone ids. A name that matches no zone (by name, short name or
 * alias) becomes a stub an editor can complete or merge.
 */
export async function resolveZoneMentions(
  tx: Prisma.TransactionClient,
  names: string[],
): Promise<{ zoneIds: string[]; createdStubs: string[] }> {
  const zoneIds: string[] = [];
  const createdStubs: string[] = [];
  for (const name of new Set(names.map((value) => value.trim()).filter(Boolean))) {
    const existing = await tx.zone.findFirst({
      where: { OR: [{ name }, { shortName: name }, { aliases: { has: name } }] },
      select: { id: true, mergedIntoId: true },
    });
    if (existing) {
      zoneIds.push(existing.mergedIntoId ?? existing.id);
      continue;
    }
    const stub = await tx.zone.create({
      data: { name, slug: await uniqueZoneSlug(tx, name), origin: "import", status: "draft" },
      select: { id: true },
    });
    zoneIds.push(stub.id);
    createdStubs.push(name);
  }
  return { zoneIds: [...new Set(zoneIds)], createdStubs };
}

export async function uniqueZoneSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name);
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await tx.zone.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}
