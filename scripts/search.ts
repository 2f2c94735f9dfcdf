// `npm run search -- [--json] [--kind K] [--region R] [--zone Z] [--year Y] [--sort date] [--page N] QUERY`: search from the command line with the configured engine.
import { disconnectDatabase } from "@/lib/db";
import { formatChineseDate } from "@/lib/content/dates";
import { prepareDatabaseForSearchCommand } from "@/lib/search/cli";
import { parseSearchParams } from "@/lib/search/schema";
import { runSearch } from "@/lib/search/service";
import { SEARCH_KIND_LABELS } from "@/lib/search/types";
import { fail, runMain } from "./lib/cli";

const OPTIONS = ["kind", "region", "zone", "year", "sort", "page"] as const;

function parseArguments(argv: string[]) {
  const params = new URLSearchParams();
  const words: string[] = [];
  let json = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === "--json") json = true;
    else if (arg.startsWith("--")) {
      const name = arg.slice(2);
      if (!(OPTIONS as readonly string[]).includes(name)) fail(`未知选项 ${arg}；可用：--json ${OPTIONS.map((o) => `--${o}`).join(" ")}`);
      const value = argv[index + 1];
      if (value === undefined) fail(`选项 ${arg} 需要一个值`);
      params.append(name, value);
      index += 1;
    } else words.push(arg);
  }
  params.set("q", words.join(" "));
  return { params, json };
}

await runMain(async () => {
  const { params, json } = parseArguments(process.argv.slice(2));
  const parsed = parseSearchParams(params);
  if (!parsed.ok) fail(parsed.message);
  if (!parsed.data.q) fail("请给出搜索词，例如：npm run search -- --kind policy 招商引资");
  await prepareDatabaseForSearchCommand();
  const result = await runSearch(parsed.data);
  if (json) {
    const hits = result.hits.map((hit) => ({
      id: hit.id,
      kind: hit.kind,
      title: hit.title,
      ...(hit.parentTitle ? { parentTitle: hit.parentTitle } : {}),
      url: hit.url,
      snippet: hit.snippet,
      publishedAt: hit.publishedAt ? hit.publishedAt.toISOString() : null,
    }));
    console.log(JSON.stringify({ total: result.total, correctedQuery: result.correctedQuery, showingCorrected: result.showingCorrected, zone: result.zone?.name ?? null, hits }, null, 2));
  } else {
    console.log(`共 ${result.total} 条结果（${result.engine}，${result.tookMs} 毫秒）`);
    if (result.showingCorrected) console.log(`已显示「${result.correctedQuery}」的结果，仍搜索「${parsed.data.q}」：npm run search -- ${parsed.data.q}`);
    else if (result.correctedQuery) console.log(`您是不是要找：${result.correctedQuery}`);
    if (result.zone) console.log(`开发区：${result.zone.name}（${result.zone.url}）`);
    for (const [index, hit] of result.hits.entries()) {
      const meta = [SEARCH_KIND_LABELS[hit.kind], hit.parentTitle, hit.publishedAt ? formatChineseDate(hit.publishedAt) : null].filter(Boolean);
      console.log(`\n${(result.page - 1) * result.pageSize + index + 1}. ${hit.title}  [${meta.join(" · ")}]\n   ${hit.url}\n   ${hit.snippet}`);
    }
  }
  await disconnectDatabase();
});
