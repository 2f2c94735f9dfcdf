// Adds lockfile entries for other platforms' optional native packages that this air-gapped registry
// lacks (404), so `npm ci` accepts the lockfile here. Run after any `npm install`: node scripts/fix-lockfile.mjs
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

const npmRoot = path.resolve(execFileSync("npm", ["root", "-g"], { encoding: "utf8" }).trim(), "npm");
const Arborist = require(path.join(npmRoot, "node_modules/@npmcli/arborist"));

const lockPath = path.resolve(import.meta.dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const arborist = new Arborist({ path: path.dirname(lockPath), packageLock: true });
await arborist.buildIdealTree();
let added = 0;
for (const [location, node] of arborist.idealTree.inventory.entries()) {
  if (location === "" || lock.packages[location] || node.version) continue;
  const platform = node.name.match(/-(android|darwin|freebsd|linux|win32|openharmony|wasm32)-([a-z0-9]+)/);
  const entry = { optional: true };
  if (platform) {
    entry.os = [platform[1] === "wasm32" ? "wasi" : platform[1]];
    entry.cpu = [platform[1] === "wasm32" ? "wasm32" : platform[2]];
  }
  lock.packages[location] = entry;
  added += 1;
}
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} unavailable optional packages recorded`);
