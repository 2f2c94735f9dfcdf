// `npm run search:reindex`: rebuild the search index (embedded or Meilisearch) from the database, with a progress bar.
import cliProgress from "cli-progress";
import { disconnectDatabase } from "@/lib/db";
import { prepareDatabaseForSearchCommand } from "@/lib/search/cli";
import { searchEngine } from "@/lib/search/engine";
import { reindexAll } from "@/lib/search/reindex";
import { runMain } from "./lib/cli";

await runMain(async () => {
  await prepareDatabaseForSearchCommand((line) => console.log(line));
  const engine = searchEngine();
  console.log(`搜索引擎：${engine.name === "embedded" ? "内置（数据库全文索引）" : "Meilisearch"}`);
  const bar = new cliProgress.SingleBar(
    { format: "重建索引 [{bar}] {percentage}% | {value}/{total} 条内容 | 用时 {duration}s", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0);
  const started = Date.now();
  const summary = await reindexAll({
    engine,
    onProgress: ({ done, total }) => {
      bar.setTotal(total);
      bar.update(done);
    },
  });
  bar.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`✓ 已索引 ${summary.entities} 条内容（${summary.documents} 个搜索文档），移除 ${summary.removed} 条过期内容，用时 ${seconds} 秒`);
  await disconnectDatabase();
});
