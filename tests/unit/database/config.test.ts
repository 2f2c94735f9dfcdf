import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/database/config";

describe("the database rule", () => {
  it("defaults to the embedded database under .data/", () => {
    expect(resolveDatabaseTarget(undefined, "/srv/app")).toEqual({ kind: "pglite", dataDir: "/srv/app/.data/db", isDefault: true });
    expect(resolveDatabaseTarget("  ", "/srv/app").kind).toBe("pglite");
  });

  it("takes pglite:<dir> relative to the working folder and pglite:memory:// as is", () => {
    expect(resolveDatabaseTarget("pglite:tmp/db", "/srv/app")).toMatchObject({ dataDir: path.resolve("/srv/app", "tmp/db") });
    expect(resolveDatabaseTarget("pglite:memory://", "/srv/app")).toMatchObject({ kind: "pglite", dataDir: "memory://" });
  });

  it("uses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(resolveDatabaseTarget("postgresql://u:p@db:5432/portal")).toEqual({ kind: "postgres", url: "postgresql://u:p@db:5432/portal" });
    expect(resolveDatabaseTarget("postgres://db/portal").kind).toBe("postgres");
  });

  it("refuses anything else with a message that names the accepted forms", () => {
    expect(() => resolveDatabaseTarget("mysql://db/portal")).toThrow(/pglite:<folder>/);
    expect(() => resolveDatabaseTarget("pglite:")).toThrow(/needs a folder/);
  });

  it("never prints a password", () => {
    expect(describeDatabaseTarget(resolveDatabaseTarget("postgresql://user:secret@db:6543/portal"))).toBe("PostgreSQL db:6543/portal");
  });
});
