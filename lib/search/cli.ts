import { adapterFactory, databaseTarget, db } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/bootstrap";
import { env, shouldSeedSampleContent } from "@/lib/env";

/**
 * The search commands work on a fresh machine too: the embedded database is created, migrated and
 * seeded as `npm start` would (PostgreSQL is migrated by `npm run db:deploy`, never here).
 */
export async function prepareDatabaseForSearchCommand(log: (line: string) => void = () => {}): Promise<void> {
  if (databaseTarget().kind !== "pglite") return;
  await prepareDatabase({ factory: adapterFactory(), prisma: db(), seed: shouldSeedSampleContent(true, env()), log });
}
