// Editor operations for `npm run bench`, timed where the admin's server actions spend their time: the
// domain functions they call (save with revision and audit, publish, live preview with pre-publish
// checks) on the bench's PostgreSQL database. Run by index.ts in its own process with the react-server
// condition (the functions are server-only); prints one JSON line.
import { transitionArticle, createArticleDraft, saveArticle } from "@/lib/articles/editing";
import { runPublishChecks } from "@/lib/articles/checks";
import { articleFormSchema } from "@/lib/articles/schema";
import { parseMarkdown } from "@/lib/content/markdown";
import { db, disconnectDatabase } from "@/lib/db";

const rounds = Number(process.argv[2] ?? 30);

function markdown(n: number): string {
  const paragraph = "开发区坚持以招商引资为抓手，持续优化营商环境，推动重点项目早落地、早投产、早见效，园区经济保持平稳较快增长。";
  return Array.from({ length: 12 }, (_, i) => `${i % 4 === 0 ? `## ${["一", "二", "三"][i % 3]}、工作进展（第${n}版）\n\n` : ""}${paragraph.repeat(3)}`).join("\n\n");
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function main() {
  const user = await db().user.upsert({
    where: { email: "bench-admin@example.com" },
    update: {},
    create: { email: "bench-admin@example.com", name: "基准测试管理员", role: "admin", passwordHash: "not-used" },
  });
  const editor = { id: user.id, role: user.role, name: user.name };
  const input = (n: number) =>
    articleFormSchema.parse({ kind: "news", title: `基准测试编辑稿件第${n}篇`, body: markdown(n), source: "基准测试", region: "天津市", publishedAt: "2026-11-23T10:00" });
  const result = { save: [] as number[], publish: [] as number[], preview: [] as number[] };
  let draft = await createArticleDraft(editor, input(0));
  for (let n = 1; n <= rounds; n += 1) {
    const version = draft.version;
    const id = draft.id;
    result.save.push(await timed(async () => (draft = await saveArticle(editor, { ...input(n), id, version }))));
    result.preview.push(
      await timed(async () => {
        const form = input(n);
        runPublishChecks({ ...form, body: parseMarkdown(form.body) });
      }),
    );
    const fresh = await createArticleDraft(editor, input(1000 + n));
    result.publish.push(await timed(() => transitionArticle(editor, { id: fresh.id, version: fresh.version, intent: "publish", comment: null, publishAt: null, unpublishAt: null })));
  }
  console.log(`EDITORS_JSON ${JSON.stringify(result)}`);
  await disconnectDatabase();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
