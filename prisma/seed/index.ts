import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { chinaDate } from "@/lib/content/dates";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { importText } from "@/lib/importer";
import { storeImportedDocuments } from "@/lib/importer/store";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { applyCatalogueImport } from "@/lib/zones/catalogue/apply";
import { typeFromName } from "@/lib/zones/catalogue/parse";
import { readCatalogueFile } from "@/lib/zones/catalogue/read";
import { catalogueSourceSchema } from "@/lib/zones/catalogue/schema";
import { uniqueZoneSlug } from "@/lib/zones/linking";
import { z } from "zod";
import { sampleAccounts, zoneSeeds, type ZoneSeed } from "./zones";

/**
 * The sample content a fresh machine shows: zone profiles built from public facts, our own sample
 * documents (prisma/seed/documents, parsed by the importer like any editor's upload) and the sample
 * accounts. Runs only on an empty database (see lib/database/bootstrap.ts).
 */
// The project root is the working directory of every entry point (inside the Next.js bundle
// import.meta.dirname is not this folder).
export const SAMPLE_DOCUMENTS_DIR = path.join(process.cwd(), "prisma", "seed", "documents");
/** Official lists of national-level zones (public facts), one file per source: see prisma/sample/sources.json. */
export const SAMPLE_CATALOGUE_DIR = path.join(process.cwd(), "prisma", "sample");

const catalogueManifestSchema = z.array(z.object({ file: z.string().regex(/^[\w.-]+\.csv$/) }).and(catalogueSourceSchema.in));

export type SeedSummary = { zones: number; articles: number; bulletins: number; accounts: string[] };

export async function seedSampleContent(prisma: PrismaClient, log: (line: string) => void = () => {}): Promise<SeedSummary> {
  const accounts: string[] = [];
  for (const account of sampleAccounts) {
    await prisma.user.upsert({
      where: { email: account.email },
      update: {},
      create: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
    });
    accounts.push(account.email);
  }

  for (const [index, zone] of zoneSeeds.entries()) {
    await prisma.$transaction((tx) => createZone(tx, zone), { timeout: 30_000 });
    log(`[示例数据] 开发区 ${index + 1}/${zoneSeeds.length} ${zone.name}`);
  }
  await linkPartners(prisma);
  const catalogue = await seedCatalogue(prisma, log);

  const files = readdirSync(SAMPLE_DOCUMENTS_DIR).filter((name) => name.endsWith(".txt")).sort();
  let articles = 0;
  let bulletins = 0;
  for (const [index, file] of files.entries()) {
    const documents = importText(readFileSync(path.join(SAMPLE_DOCUMENTS_DIR, file), "utf8"), file);
    const outcomes = await storeImportedDocuments(prisma, documents, { publish: true });
    for (const outcome of outcomes) {
      if (outcome.status !== "created") continue;
      if (outcome.entity === "article") articles += 1;
      else bulletins += 1;
    }
    log(`[示例数据] 文档 ${index + 1}/${files.length} ${file} → ${outcomes.length} 篇`);
  }
  return { zones: zoneSeeds.length + catalogue, articles, bulletins, accounts };
}

/** The sample directory: each official list through the catalogue import, its source recorded on every zone. */
async function seedCatalogue(prisma: PrismaClient, log: (line: string) => void): Promise<number> {
  const manifest = catalogueManifestSchema.parse(JSON.parse(readFileSync(path.join(SAMPLE_CATALOGUE_DIR, "sources.json"), "utf8")));
  let created = 0;
  for (const [index, { file, ...source }] of manifest.entries()) {
    const { entries } = await readCatalogueFile(readFileSync(path.join(SAMPLE_CATALOGUE_DIR, file)), file);
    const plan = await applyCatalogueImport(entries, catalogueSourceSchema.parse(source), { actorId: null, status: "published" }, prisma);
    created += plan.create.length;
    log(`[示例数据] 开发区目录 ${index + 1}/${manifest.length} ${file}：新建 ${plan.create.length}，更新 ${plan.update.length}，不变 ${plan.unchanged}`);
  }
  return created;
}

async function createZone(tx: Prisma.TransactionClient, zone: ZoneSeed) {
  const created = await tx.zone.create({
    data: {
      status: "published",
      origin: "editor",
      slug: await uniqueZoneSlug(tx, zone.shortName ?? zone.name),
      name: zone.name,
      shortName: zone.shortName ?? null,
      aliases: zone.aliases,
      level: zone.level,
      // the catalogue's type, read from the name as the catalogue import reads it (经济技术开发区, 高新区, 综合保税区…)
      type: typeFromName(zone.name),
      province: zone.province,
      city: zone.city ?? null,
      district: zone.district ?? null,
      approvedAt: zone.approvedAt ? chinaDate(zone.approvedAt) : null,
      areaKm2: zone.areaKm2 ?? null,
      industries: zone.industries,
      summary: zone.summary,
      description: zone.description,
      website: zone.website ?? null,
      contacts: zone.contacts,
      featuredRank: zone.featuredRank ?? null,
      awards: {
        create: zone.awards.map((award) => ({
          year: award.year,
          title: award.title,
          rank: award.rank ?? null,
          issuer: award.issuer ?? null,
          sourceTitle: award.sourceTitle,
          sourceDate: award.sourceDate ? chinaDate(award.sourceDate) : null,
        })),
      },
      indicators: {
        create: zone.indicators.map((indicator) => ({
          metric: indicator.metric,
          year: indicator.year,
          value: indicator.value,
          unit: indicator.unit,
          sourceTitle: indicator.sourceTitle,
          sourceDate: indicator.sourceDate ? chinaDate(indicator.sourceDate) : null,
        })),
      },
    },
    select: { id: true },
  });
  await enqueueSearchUpdate(tx, "zone", created.id);
}

async function linkPartners(prisma: PrismaClient) {
  const zones = await prisma.zone.findMany({ select: { id: true, name: true } });
  const idByName = new Map(zones.map((zone) => [zone.name, zone.id]));
  const links = zoneSeeds.flatMap((zone) =>
    zone.partners
      // illustrative ties, not a zone's announced cooperation: they say so
      .map((partner) => ({ fromId: idByName.get(zone.name), toId: idByName.get(partner.name), relation: `${partner.relation}（示例）` }))
      .filter((link): link is { fromId: string; toId: string; relation: string } => Boolean(link.fromId && link.toId)),
  );
  if (links.length) await prisma.zonePartner.createMany({ data: links, skipDuplicates: true });
}
