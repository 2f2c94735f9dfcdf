// Database commands: generate (Prisma client), migrate (create + apply, development), deploy (apply),
// status, seed. Work on PostgreSQL and the embedded database alike, through lib/database.
import { execFileSync } from "node:child_process";
import { fail, runMain } from "./lib/cli";

const [command, ...rest] = process.argv.slice(2);

function argument(name: string): string | undefined {
  const index = rest.indexOf(`--${name}`);
  return index >= 0 ? rest[index + 1] : undefined;
}

async function main() {
  if (command === "generate") {
    // Generating the client needs no schema engine; point the CLI at a binary it will not run.
    execFileSync("npx", ["prisma", "generate", "--schema", "prisma/schema.prisma"], {
      stdio: "inherit",
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    return;
  }
  // These modules need the generated client, which `generate` makes on a fresh clone: load them after it.
  const { createDatabase } = await import("@/lib/db");
  const { prepareDatabase } = await import("@/lib/database/bootstrap");
  const { describeDatabaseTarget } = await import("@/lib/database/config");
  const { createAndApplyMigration, deployMigrations, migrationStatus } = await import("@/lib/database/migrate");
  const { env } = await import("@/lib/env");
  const database = createDatabase(env().DATABASE_URL, 2);
  console.log(`数据库：${describeDatabaseTarget(database.target)}`);
  try {
    switch (command) {
      case "migrate": {
        const name = argument("name") ?? "change";
        if (!/^[a-z0-9_]+$/.test(name)) fail("--name takes lower-case letters, digits and _");
        const created = await createAndApplyMigration(database.handle.factory, name);
        console.log(created ? `✓ 新迁移 prisma/migrations/${created}，已应用` : "✓ 数据库与 schema 一致，无需新迁移");
        break;
      }
      case "deploy": {
        const applied = await deployMigrations(database.handle.factory);
        console.log(applied.length ? `✓ 已应用：${applied.join(", ")}` : "✓ 没有待应用的迁移");
        break;
      }
      case "status": {
        const status = await migrationStatus(database.handle.factory);
        console.log(JSON.stringify(status, null, 2));
        break;
      }
      case "seed": {
        const result = await prepareDatabase({
          factory: database.handle.factory,
          prisma: database.prisma,
          seed: true,
          log: (line) => console.log(line),
        });
        console.log(result.seeded ? "✓ 示例内容已载入" : "✓ 数据库非空，未载入示例内容");
        break;
      }
      default:
        fail("usage: tsx scripts/db.ts generate|migrate [--name n]|deploy|status|seed");
    }
  } finally {
    await database.prisma.$disconnect();
    await database.handle.close();
  }
}

await runMain(main);
