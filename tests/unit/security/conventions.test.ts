import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTextFields } from "@/lib/auth/form-data";
import { readForm } from "@/lib/contributions/form-state";
import { incompleteLockEntries, readLockfile } from "../../../scripts/lib/supply-chain";

// Small ASVS 5.0 checks that read the repository (docs/security/asvs-l2.md names them):
// 6.2.6 password fields are masked; 13.4.1 the image carries no .git (nor .env files);
// 15.1.2 / 15.2.4 every dependency comes from the configured registry, pinned by integrity; 15.3.6 the
// form readers cannot be used for prototype pollution.
const ROOT = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => path.join(folder, file));
}

describe("repository conventions", () => {
  it("renders every password field as type=password (6.2.6)", () => {
    const fields = [...sourceFiles("app"), ...sourceFiles("components")].flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/<(?:TextField|input)\b[^>]*\bname="([^"]*password[^"]*)"[^>]*>/gi)].map((match) => ({ file, name: match[1], tag: match[0] })),
    );
    expect(fields.length).toBeGreaterThanOrEqual(3);
    for (const field of fields) expect(field.tag, `${field.file} ${field.name}`).toMatch(/type="password"/);
  });

  it("reads form fields named __proto__ or constructor without touching any prototype (15.3.6)", () => {
    const formData = new FormData();
    for (const name of ["__proto__", "constructor", "prototype"]) formData.append(name, "polluted");
    formData.append("__proto__", "again");
    formData.append("title", "标题");
    for (const values of [readForm(formData, ["zones"]), readForm(formData), readTextFields(formData)]) {
      expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
      expect(values.title).toBe("标题");
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("keeps .git and .env files out of the image (13.4.1)", () => {
    const ignored = readFileSync(path.join(ROOT, ".dockerignore"), "utf8").split("\n").map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining([".git", ".env*"]));
  });

  it("installs every package from the configured registry, pinned by an integrity hash (15.1.2, 15.2.4)", () => {
    type Entry = { version?: string; resolved?: string; integrity?: string; link?: boolean; inBundle?: boolean };
    const entries = Object.entries(readLockfile(ROOT).packages ?? {}).filter(([at, entry]) => at.includes("node_modules/") && !(entry as Entry).link) as [string, Entry][];
    expect(entries.length).toBeGreaterThan(100);
    // no git, tarball or file dependencies: nothing resolved outside the registry (npm leaves `resolved` out for it)
    expect(entries.filter(([, entry]) => entry.resolved && !entry.resolved.startsWith("https://registry.npmjs.org/")).map(([at]) => at)).toEqual([]);
    // every installed version is pinned by its sha512 (a package bundled in another's tarball is pinned by that one's)
    expect(incompleteLockEntries(readLockfile(ROOT))).toEqual([]);
    expect(entries.filter(([, entry]) => !entry.inBundle && !entry.integrity?.startsWith("sha512-")).map(([at]) => at)).toEqual([]);
  });
});
