// The benchmark's own PostgreSQL database (zp_perf_bench): created fresh, migrated, filled with the
// generated corpus and one editor account.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { deployMigrations } from "@/lib/database/migrate";
import { createDatabase } from "@/lib/db";
import { EmbeddedSearchEngine } from "@/lib/search/engines/embedded";
import { reindexAll } from "@/lib/search/reindex";
import { generateCorpus, loadCorpus, type Corpus, type CorpusSize } from "./corpus";

export const BENCH_EDITOR = { email: "bench-editor@example.com", password: "Bench-Editor#2026-only", name: "基准测试编辑" };

export function benchDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function prepareBenchDatabase(adminUrl: string, name: string, size: CorpusSize, progress: (line: string) => void): Promise<{ url: string; corpus: Corpus }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = benchDatabaseUrl(adminUrl, name);
  const database = createDatabase(url, 4);
  try {
    await deployMigrations(database.handle.factory);
    const corpus = generateCorpus(size);
    let last = "";
    await loadCorpus(database.prisma, corpus, (step, done, total) => {
      const line = `${step} ${done}/${total}`;
      if (done === total || !last.startsWith(step)) progress(line);
      last = line;
    });
    await database.prisma.user.create({
      data: { email: BENCH_EDITOR.email, name: BENCH_EDITOR.name, role: "editor", passwordHash: await hashPassword(BENCH_EDITOR.password) },
    });
    // Indexed up front, so search pages have results and no background indexing runs during the measurements.
    const prisma = database.prisma;
    let reported = 0;
    await reindexAll({
      prisma,
      engine: new EmbeddedSearchEngine(() => prisma),
      onProgress: ({ done, total }) => {
        if (done === total || done - reported >= 1000) progress(`搜索索引 ${(reported = done)}/${total}`);
      },
    });
    await prisma.$executeRawUnsafe(`ANALYZE`);
    return { url, corpus };
  } finally {
    await database.prisma.$disconnect();
    await database.handle.close();
  }
}

/** One query on the bench database, through a short-lived client. */
export async function queryBench<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
