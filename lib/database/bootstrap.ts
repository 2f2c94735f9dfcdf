import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deployMigrations } from "./migrate";

export type PrepareOptions = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  prisma: PrismaClient;
  seed: boolean;
  log?: (line: string) => void;
};

/**
 * Brings a database up to date: applies pending migrations and, on an empty database where sample
 * content is wanted, loads it. Safe to run on every start.
 */
export async function prepareDatabase({ factory, prisma, seed, log = () => {} }: PrepareOptions) {
  const applied = await deployMigrations(factory);
  if (applied.length) log(`已应用数据库迁移 ${applied.length} 个：${applied.join(", ")}`);
  if (!seed) return { applied, seeded: false };
  const isEmpty = (await prisma.user.count()) === 0 && (await prisma.article.count()) === 0;
  if (!isEmpty) return { applied, seeded: false };
  const { seedSampleContent } = await import("@/prisma/seed");
  const summary = await seedSampleContent(prisma, log);
  return { applied, seeded: true, summary };
}
