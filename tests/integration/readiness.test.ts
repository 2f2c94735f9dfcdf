import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkReadiness } from "@/lib/health/readiness";
import { useTestDatabase } from "@/tests/support/database";

describe("readiness", () => {
  beforeEach(useTestDatabase);

  it("is ready when the database answers and every migration is applied; search only degrades", async () => {
    expect(await checkReadiness(async () => "ok")).toEqual({ ok: true, database: "ok", migrations: "applied", search: "ok" });
    const searchDown = await checkReadiness(() => Promise.reject(new Error("ECONNREFUSED meili:7700")));
    expect(searchDown).toMatchObject({ ok: true, search: "degraded" });
  });

  it("is not ready while a migration this code expects is missing from the database", async () => {
    const [last] = await db().$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${last.id}`;
    try {
      expect(await checkReadiness(async () => "embedded")).toMatchObject({ ok: false, migrations: "pending", pendingMigrations: [last.migration_name] });
    } finally {
      await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${last.id}`;
    }
  });

  it("counts a database that does not answer in time as unreachable", async () => {
    // Another session holds the migrations table: the probe's query waits, as on an overloaded database.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let signalLocked = () => {};
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const holder = db().$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("LOCK TABLE _prisma_migrations IN ACCESS EXCLUSIVE MODE");
        signalLocked();
        await held;
      },
      { timeout: 30_000 },
    );
    await locked;
    try {
      expect(await checkReadiness(async () => "embedded", 300)).toMatchObject({ ok: false, database: "unreachable", migrations: "unknown" });
    } finally {
      release();
      await holder;
    }
  });
});
