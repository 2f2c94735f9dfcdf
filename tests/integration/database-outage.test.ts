import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/db";
import { isDatabaseUnreachable } from "@/lib/database/unreachable";
import { errorResponse, toActionResult } from "@/lib/errors";

// A real PostgreSQL outage (on PostgreSQL runs only: PGlite cannot go away): a scratch database of this
// test is cut off — open connections terminated, new ones refused — and the errors Prisma 7 and
// adapter-pg really throw must read as "unavailable" (503), and the same client must work again once the
// database is back, without being recreated.
const url = process.env.DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(url);

describe.runIf(onPostgres)("a database outage on PostgreSQL", () => {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url || "postgresql://x/postgres"), { pathname: "/postgres" }).toString() });
  const name = `zp_outage_${process.pid}_${Date.now().toString(36)}`;
  const scratch = Object.assign(new URL(url || "postgresql://x/x"), { pathname: `/${name}` }).toString();
  let database: ReturnType<typeof createDatabase>;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    database = createDatabase(scratch, 2);
  });

  afterAll(async () => {
    await database?.prisma.$disconnect();
    await database?.handle.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it("answers UNAVAILABLE while the database is cut off, and works again afterwards with the same client", async () => {
    const ping = () => database.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
    expect(await ping()).toEqual([{ one: 1 }]);

    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
    try {
      // the first query meets the terminated connection (57P01), later ones the refusal (55000)
      for (let attempt = 0; attempt < 3; attempt++) {
        const error = await ping().then(() => null, (caught: unknown) => caught);
        expect(error, `attempt ${attempt}`).not.toBeNull();
        expect(isDatabaseUnreachable(error), `attempt ${attempt}`).toBe(true);
      }
      expect(await toActionResult(ping)).toMatchObject({ ok: false, code: "UNAVAILABLE" });
      const transaction = await toActionResult(() => database.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
      expect(transaction).toMatchObject({ ok: false, code: "UNAVAILABLE" });
      const response = errorResponse(await ping().then(() => null, (caught: unknown) => caught));
      expect([response.status, response.headers.get("retry-after")]).toEqual([503, "30"]);
    } finally {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
    }

    expect(await ping()).toEqual([{ one: 1 }]);
  });
});
