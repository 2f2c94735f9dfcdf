import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, db, type PrismaClient } from "@/lib/db";
import { deployMigrations } from "@/lib/database/migrate";
import { createArticle, createZone } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";
import {
  backupPGlite,
  backupPostgres,
  countPostgresTables,
  pgliteFingerprint,
  postgresFingerprint,
  restorePGlite,
  restorePostgres,
} from "@/scripts/lib/backup";

const sourceUrl = process.env.DATABASE_URL ?? "";
const isPostgres = sourceUrl.startsWith("postgres");

/** Content of every kind the portal keeps: Chinese text, JSON, arrays, bytes, big integers. */
async function fillWithContent(prisma: PrismaClient, { viaFactories }: { viaFactories: boolean }) {
  if (viaFactories) {
    const zone = await createZone({ name: "滨海高新技术产业开发区" });
    await createArticle({ title: "园区签约十二个重点项目", zones: { create: [{ zoneId: zone.id }] } });
    await createArticle({ status: "scheduled", publishedAt: null, publishAt: new Date(Date.UTC(2030, 0, 1)) });
  } else {
    await prisma.zone.create({ data: { status: "published", name: "嵌入式开发区", slug: "embedded-zone", level: "national_etdz", province: "四川省", industries: ["电子信息"] } });
  }
  await prisma.$executeRaw`INSERT INTO "NextCacheEntry" ("key", "value", "tags", "lastModified") VALUES ('/news', ${Buffer.from([0, 1, 2, 255])}, ARRAY['_N_T_/news'], 1764000000000)`;
  await prisma.$executeRaw`INSERT INTO "SearchOutbox" ("entityType", "entityId", "op") VALUES ('article', 'a1', 'upsert'), ('zone', 'z1', 'delete')`;
}

function nonEmptyTables(fingerprint: Record<string, { rows: number }>) {
  return Object.entries(fingerprint).filter(([, { rows }]) => rows > 0).map(([table]) => table);
}

describe.runIf(isPostgres)("PostgreSQL backup and restore drill", () => {
  const restoredName = `${new URL(sourceUrl || "postgresql://x/x").pathname.slice(1)}_restore`;
  const restoredUrl = Object.assign(new URL(sourceUrl || "postgresql://x/x"), { pathname: `/${restoredName}` }).toString();
  let folder = "";
  const admin = () => new pg.Client({ connectionString: sourceUrl });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "ops-backup-"));
    await useTestDatabase();
    await fillWithContent(db(), { viaFactories: true });
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${restoredName}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await client.end();
    await rm(folder, { recursive: true, force: true });
  });

  it("restores a pg_dump backup into an empty database with identical content", async () => {
    const file = path.join(folder, "portal.dump");
    await backupPostgres(sourceUrl, file);
    expect(await countPostgresTables(restoredUrl)).toBe(0);
    await restorePostgres(restoredUrl, file);
    const [source, restored] = await Promise.all([postgresFingerprint(sourceUrl), postgresFingerprint(restoredUrl)]);
    expect(nonEmptyTables(source)).toEqual(expect.arrayContaining(["Article", "Zone", "ArticleZone", "NextCacheEntry", "SearchOutbox", "_prisma_migrations"]));
    expect(restored).toEqual(source);
  });

  it("refuses to restore over a database that has content, unless told to replace it", async () => {
    const file = path.join(folder, "portal.dump");
    await expect(restorePostgres(restoredUrl, file)).rejects.toThrow(/not empty/);
    await db().$executeRaw`DELETE FROM "SearchOutbox"`; // the source moves on; --replace brings the restored copy back to the backup
    await restorePostgres(restoredUrl, file, { replace: true });
    expect((await postgresFingerprint(restoredUrl)).SearchOutbox.rows).toBe(2);
  });

  it("keeps the password out of the tools' command line", async () => {
    const { libpqEnvironment } = await import("@/scripts/lib/backup");
    const environment = libpqEnvironment("postgresql://portal:s%40cret@db.internal:6432/zone?sslmode=require");
    expect(environment).toMatchObject({ PGHOST: "db.internal", PGPORT: "6432", PGUSER: "portal", PGPASSWORD: "s@cret", PGDATABASE: "zone", PGSSLMODE: "require" });
  });
});

describe.runIf(!isPostgres)("embedded database backup and restore drill", () => {
  let folder = "";
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "ops-backup-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("restores a data-folder backup into an empty folder with identical content", async () => {
    const sourceDir = path.join(folder, "source");
    const source = createDatabase(`pglite:${sourceDir}`);
    await deployMigrations(source.handle.factory);
    await fillWithContent(source.prisma, { viaFactories: false });
    await source.prisma.$disconnect();
    await source.handle.close();

    const file = path.join(folder, "portal.tar.gz");
    const open = new PGlite({ dataDir: sourceDir, extensions: { pg_trgm } });
    await open.waitReady;
    await expect(backupPGlite(sourceDir, file)).rejects.toThrow(/open in another process/); // never a live folder
    await open.close();
    await backupPGlite(sourceDir, file);
    const restoredDir = path.join(folder, "restored");
    await restorePGlite(file, restoredDir);
    const before = await pgliteFingerprint(sourceDir);
    expect(nonEmptyTables(before)).toEqual(expect.arrayContaining(["Zone", "NextCacheEntry", "SearchOutbox", "_prisma_migrations"]));
    expect(await pgliteFingerprint(restoredDir)).toEqual(before);

    await expect(restorePGlite(file, restoredDir)).rejects.toThrow(/not empty/);
    const movedAside = await restorePGlite(file, restoredDir, { replace: true });
    expect(movedAside).toMatch(/restored\.before-restore-\d+$/);
  });
});
