import { slugify } from "@/lib/content/slug";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Zone mentions found in a document → Zone ids. Names are compared by their core (place + kind of
 * zone), so 太和经开区, 太和经济开发区 and an alias all reach the same zone. A name that matches no zone
 * becomes one draft stub (origin: import) an editor can complete or merge; the other spellings of the
 * same zone in the document become its aliases.
 */

/** Suffix spellings → the kind of zone they name. Longest first. */
const ZONE_KINDS: [string, string][] = [
  ["高新技术产业开发区", "hitech"],
  ["新技术产业开发区", "hitech"],
  ["高新技术开发区", "hitech"],
  ["新兴技术开发区", "hitech"],
  ["新技术开发区", "hitech"],
  ["经济技术开发区", "etdz"],
  ["综合保税区", "bonded"],
  ["经济开发区", "etdz"],
  ["技术开发区", "hitech"],
  ["工业园区", "industrial-park"],
  ["产业园区", "industry-park"],
  ["科技园区", "science-park"],
  ["经开区", "etdz"],
  ["高新区", "hitech"],
  ["开发区", "zone"],
  ["工业园", "industrial-park"],
  ["产业园", "industry-park"],
  ["科技园", "science-park"],
];

export type ZoneKey = { place: string; kind: string };

/** 西青经开区 → { place: 西青, kind: etdz }; 中关村 → { place: 中关村, kind: "" }. */
export function zoneKey(name: string): ZoneKey {
  const compact = name.replace(/\s+/g, "");
  for (const [suffix, kind] of ZONE_KINDS) {
    if (compact.endsWith(suffix) && compact.length > suffix.length) return { place: compact.slice(0, -suffix.length), kind };
  }
  return { place: compact, kind: "" };
}

/** Two names denote the same zone: same place, and the same kind — or one says only 开发区. */
export function sameZone(a: ZoneKey, b: ZoneKey): boolean {
  if (a.place !== b.place) return false;
  return a.kind === b.kind || a.kind === "zone" || b.kind === "zone";
}

/** Mentions of one document grouped by zone, each group in order of first mention. */
export function groupMentions(names: string[]): string[][] {
  const groups: { key: ZoneKey; names: string[] }[] = [];
  for (const name of new Set(names.map((value) => value.trim()).filter(Boolean))) {
    const key = zoneKey(name);
    const group = groups.find((entry) => sameZone(entry.key, key));
    if (group) group.names.push(name);
    else groups.push({ key, names: [name] });
  }
  return groups.map((group) => group.names);
}

type KnownZone = { id: string; mergedIntoId: string | null; isStub: boolean; keys: ZoneKey[]; names: Set<string> };

export async function resolveZoneMentions(
  tx: Prisma.TransactionClient,
  names: string[],
): Promise<{ zoneIds: string[]; createdStubs: string[] }> {
  const groups = groupMentions(names);
  if (!groups.length) return { zoneIds: [], createdStubs: [] };
  const zones = await tx.zone.findMany({ select: { id: true, name: true, shortName: true, aliases: true, mergedIntoId: true, origin: true } });
  const known: KnownZone[] = zones.map((zone) => {
    const spellings = [zone.name, zone.shortName, ...zone.aliases].filter((value): value is string => Boolean(value));
    return { id: zone.id, mergedIntoId: zone.mergedIntoId, isStub: zone.origin === "import", keys: spellings.map(zoneKey), names: new Set(spellings) };
  });

  const zoneIds: string[] = [];
  const createdStubs: string[] = [];
  for (const group of groups) {
    const match = findKnownZone(known, group);
    if (match) {
      zoneIds.push(match.mergedIntoId ?? match.id);
      // A stub learns the other spellings documents use for it; an editor's zone is never changed here.
      const newSpellings = group.filter((name) => !match.names.has(name));
      if (match.isStub && !match.mergedIntoId && newSpellings.length) {
        await tx.zone.update({ where: { id: match.id }, data: { aliases: { push: newSpellings } } });
        for (const name of newSpellings) match.names.add(name);
      }
      continue;
    }
    const name = group.reduce((longest, value) => (value.length > longest.length ? value : longest));
    const stub = await tx.zone.create({
      data: {
        name,
        aliases: group.filter((value) => value !== name),
        slug: await uniqueZoneSlug(tx, name),
        origin: "import",
        status: "draft",
      },
      select: { id: true },
    });
    zoneIds.push(stub.id);
    createdStubs.push(name);
    known.push({ id: stub.id, mergedIntoId: null, isStub: true, keys: group.map(zoneKey), names: new Set(group) });
  }
  return { zoneIds: [...new Set(zoneIds)], createdStubs };
}

/** An exact spelling wins; otherwise the same place and kind of zone. */
function findKnownZone(known: KnownZone[], group: string[]): KnownZone | undefined {
  return (
    known.find((zone) => group.some((name) => zone.names.has(name))) ??
    known.find((zone) => group.some((name) => zone.keys.some((key) => key.kind && sameZone(key, zoneKey(name)))))
  );
}

/** tianjin-jingji-jishu-kaifaqu, then tianjin-jingji-jishu-kaifaqu-2, -3 … */
function* slugCandidates(name: string): Generator<string> {
  const base = slugify(name);
  for (let suffix = 1; ; suffix += 1) yield suffix === 1 ? base : `${base}-${suffix}`;
}

export async function uniqueZoneSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  for (const candidate of slugCandidates(name)) {
    if (!(await tx.zone.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  throw new Error("unreachable");
}

/** The first free slug among those already `taken` (which it joins): for creating many zones at once. */
export function freeZoneSlug(name: string, taken: Set<string>): string {
  for (const candidate of slugCandidates(name)) {
    if (taken.has(candidate)) continue;
    taken.add(candidate);
    return candidate;
  }
  throw new Error("unreachable");
}
