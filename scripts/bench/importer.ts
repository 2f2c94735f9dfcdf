// Importer throughput for `npm run bench`: MB of raw text per second through importText (clean →
// classify → parse → zone detection), over our sample documents, the test fixtures and ../shared/seeds;
// MB/s of input per format (decode + the same pipeline) over tests/fixtures/importer/formats; and a
// 200-file mixed folder, generated from those fixtures, imported by `npm run import` in one command.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importBytes, importText } from "@/lib/importer";

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

export type ImporterBench = {
  mbPerSecond: number;
  documents: number;
  megabytes: number;
  result: string;
  pass: boolean;
  formats?: Record<string, number>;
};
type FolderBench = { what: string; result: string; target: string; pass: boolean; files: number; seconds: number; filesPerSecond: number };

const FORMAT_DIR = path.join(ROOT, "tests/fixtures/importer/formats");
const FORMAT_FILES = ["notice.txt", "notice.html", "news-gbk.html", "news.mhtml", "notice.pdf", "notice.doc"];

export async function benchImporter(options: { quick?: boolean } = {}): Promise<[ImporterBench, FolderBench]> {
  const text = await benchText(options);
  const formats = await benchFormats(options.quick ? 0.5 : 2);
  const perFormat = Object.entries(formats).map(([format, rate]) => `${format} ${rate}`).join(", ");
  return [
    { ...text, formats, result: `${text.result}; per format, MB/s of input: ${perFormat}` },
    benchFolder(options.quick ? 100 : 200),
  ];
}

/** Each fixture decoded and imported for about `seconds`: MB of the file's bytes per second, by extension. */
async function benchFormats(seconds: number): Promise<Record<string, number>> {
  const rates: Record<string, number> = {};
  for (const name of FORMAT_FILES) {
    const bytes = readFileSync(path.join(FORMAT_DIR, name));
    await importBytes(bytes, name); // warm-up: pdfjs and the dictionaries load once per process
    let rounds = 0;
    const started = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < seconds || rounds < 3) {
      await importBytes(bytes, name);
      rounds += 1;
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    }
    const label = name === "news-gbk.html" ? ".html (GBK)" : path.extname(name);
    rates[label] = Number(((bytes.length * rounds) / (1024 * 1024) / elapsed).toFixed(2));
  }
  return rates;
}

/** `npm run import` of a generated folder of mixed files into a fresh embedded database, with its progress output. */
function benchFolder(count: number): FolderBench {
  const folder = mkdtempSync(path.join(tmpdir(), "zp-import-bench-"));
  try {
    for (let index = 0; index < count; index += 1) {
      const source = FORMAT_FILES[index % FORMAT_FILES.length];
      const target = path.join(folder, `${String(index).padStart(3, "0")}-${source}`);
      // Text files get a numbered line so that most documents are new, not "already imported".
      if (source.endsWith(".txt")) writeFileSync(target, readFileSync(path.join(FORMAT_DIR, source), "utf8").replace("各有关企业：", `各有关企业（第${index}批）：`));
      else copyFileSync(path.join(FORMAT_DIR, source), target);
    }
    const started = performance.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", folder], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "pglite:memory://", CI: "true" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const summary = /导入完成：[^\n]+/.exec(run.stdout)?.[0] ?? run.stderr.trim().split("\n").at(-1) ?? "no output";
    const filesPerSecond = Number((count / seconds).toFixed(1));
    return {
      what: `folder of ${count} mixed files (.txt .html .mhtml .pdf .doc), one npm run import into the embedded database`,
      result: `${seconds.toFixed(1)} s, ${filesPerSecond} files/s — ${summary}`,
      target: "all files imported, exit 0",
      pass: run.status === 0 && new RegExp(`文件 ${count} 个，`).test(run.stdout),
      files: count,
      seconds: Number(seconds.toFixed(1)),
      filesPerSecond,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function benchText(options: { quick?: boolean }): Promise<ImporterBench> {
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
  void benchImporter({ quick: process.argv.includes("--quick") }).then((rows) => {
    for (const row of rows) console.log(`importer: ${row.result}`);
  });
}
