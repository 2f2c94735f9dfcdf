// Importer throughput for `npm run bench`: MB of raw text per second through decode-free importText
// (clean → classify → parse → zone detection), over our own sample documents.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { importText } from "@/lib/importer";

const CORPUS_DIRS = [path.resolve(import.meta.dirname, "../../prisma/seed/documents"), path.resolve(import.meta.dirname, "../../tests/fixtures/importer")];
const TARGET_BYTES = 4 * 1024 * 1024;

function corpus(): { name: string; text: string }[] {
  return CORPUS_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") })),
  );
}

export async function benchImporter(): Promise<{ mbPerSecond: number; documents: number }> {
  const files = corpus();
  const corpusBytes = files.reduce((total, file) => total + Buffer.byteLength(file.text), 0);
  // Warm up: the zone detector's dictionary loads once per process and is not throughput.
  for (const file of files) importText(file.text, file.name);

  const rounds = Math.max(1, Math.ceil(TARGET_BYTES / corpusBytes));
  let documents = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (const file of files) documents += importText(file.text, file.name).length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const megabytes = (corpusBytes * rounds) / (1024 * 1024);
  return { mbPerSecond: Number((megabytes / seconds).toFixed(2)), documents };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void benchImporter().then((result) => console.log(`importer: ${result.mbPerSecond} MB/s over ${result.documents} documents`));
}
