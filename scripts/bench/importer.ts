// Importer throughput for `npm run bench`: MB of raw text per second through importText (clean →
// classify → parse → zone detection), over our sample documents, the test fixtures and ../shared/seeds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { importText } from "@/lib/importer";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS_DIRS = [path.join(ROOT, "prisma/seed/documents"), path.join(ROOT, "tests/fixtures/importer"), path.resolve(ROOT, "../shared/seeds")];
const TARGET_MB = 20;
const QUICK_TARGET_MB = 4;

function corpus(): { name: string; text: string }[] {
  return CORPUS_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") })),
  );
}

export type ImporterBench = { mbPerSecond: number; documents: number; megabytes: number; result: string; pass: boolean };

export async function benchImporter(options: { quick?: boolean } = {}): Promise<ImporterBench> {
  const files = corpus();
  const corpusBytes = files.reduce((total, file) => total + Buffer.byteLength(file.text), 0);
  // Warm up: the zone detector's dictionary loads once per process and is not throughput.
  for (const file of files) importText(file.text, file.name);

  const rounds = Math.max(1, Math.ceil(((options.quick ? QUICK_TARGET_MB : TARGET_MB) * 1024 * 1024) / corpusBytes));
  let documents = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (const file of files) documents += importText(file.text, file.name).length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const megabytes = Number(((corpusBytes * rounds) / (1024 * 1024)).toFixed(1));
  const mbPerSecond = Number((megabytes / seconds).toFixed(2));
  return {
    mbPerSecond,
    documents,
    megabytes,
    result: `${mbPerSecond} MB/s (${megabytes} MB, ${documents} documents from ${files.length} files)`,
    pass: mbPerSecond >= 1,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void benchImporter({ quick: process.argv.includes("--quick") }).then((result) => console.log(`importer: ${result.result}`));
}
