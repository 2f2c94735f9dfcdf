import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { parseBlocks, summarize } from "@/lib/content/blocks";
import { blocksToMarkdown, parseMarkdown } from "@/lib/content/markdown";
import { slugify } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import { articleSnapshot, parseArticleSnapshot } from "@/lib/revisions/article";
import { recordRevision } from "@/lib/revisions/record";
import { enqueueSearchUpdate } from "@/lib/search/sync/outbox";
import { hasBlockingIssues, runPublishChecks, type CheckResult } from "./checks";
import type { ArticleFormInput, PolicyLifecycleInput, TransitionInput } from "./schema";
import { decideTransition, workflowState, WORKFLOW_ACTION_LABELS, type WorkflowAction } from "./workflow";

/**
 * The editorial writes, called by the server actions after their permission check (and directly by
 * the integration tests). Each runs in one transaction that also writes the revision, the audit event
 * and the search-outbox row; saves are optimistic — a save on top of a newer version is refused.
 */
export type Editor = Pick<SessionUser, "id" | "role"> & { name?: string };

export type SavedArticle = { id: string; kind: Article["kind"]; slug: string; status: Article["status"]; version: number; previousStatus: Article["status"] };

const STALE = "这篇稿件已被他人修改，请刷新后再保存（你的修改未丢失，可先复制）";

function refuse(decision: ReturnType<typeof decideTransition>): asserts decision is Extract<ReturnType<typeof decideTransition>, { ok: true }> {
  if (!decision.ok) throw new AppError(decision.code, decision.message);
}

/** A slug free within the kind: the editor's own choice must be free; a generated one gets -2, -3 … */
async function uniqueSlug(tx: Prisma.TransactionClient, kind: Article["kind"], wanted: string | null, title: string, exceptId?: string): Promise<string> {
  const taken = async (slug: string) => Boolean(await tx.article.findFirst({ where: { kind, slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } }));
  if (wanted) {
    if (await taken(wanted)) throw new AppError("CONFLICT", "网址标识已被同类稿件使用", { slug: ["网址标识已被同类稿件使用，请换一个"] });
    return wanted;
  }
  const base = slugify(title);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

function editableFields(input: ArticleFormInput) {
  const { blocks } = parseMarkdown(input.body);
  return {
    blocks,
    data: {
      title: input.title,
      summary: input.summary ?? (summarize(blocks) || null),
      body: blocks,
      source: input.source,
      author: input.author,
      region: input.region,
      publishedAt: input.publishedAt,
      docNumber: input.kind === "policy" ? input.docNumber : null,
      issuer: input.kind === "policy" ? input.issuer : null,
      writtenAt: input.kind === "policy" ? input.writtenAt : null,
      indexNumber: input.kind === "policy" ? input.indexNumber : null,
    },
  };
}

/** Leaving the public site removes the item from search; everything else (re)indexes it. */
function searchOp(before: Article["status"], after: Article["status"]) {
  return before === "published" && after !== "published" ? ("delete" as const) : ("upsert" as const);
}

/** The revision, audit event and search-outbox row of one change; actorId null = the scheduler. */
export async function writeArticleHistory(tx: Prisma.TransactionClient, actorId: string | null, article: Article, action: string, comment: string | null, detail: Prisma.InputJsonObject, previousStatus: Article["status"]) {
  await recordRevision(tx, {
    entityType: "article",
    entityId: article.id,
    version: article.version,
    data: articleSnapshot({ ...article, body: parseBlocks(article.body) }),
    comment,
    authorId: actorId,
  });
  await recordAudit({ actorId, action, entityType: "article", entityId: article.id, detail: { version: article.version, ...detail } }, tx);
  await enqueueSearchUpdate(tx, "article", article.id, searchOp(previousStatus, article.status));
}

const saved = (article: Article, previousStatus: Article["status"]): SavedArticle => ({ id: article.id, kind: article.kind, slug: article.slug, status: article.status, version: article.version, previousStatus });

export async function createArticleDraft(editor: Editor, input: ArticleFormInput): Promise<SavedArticle> {
  refuse(decideTransition("draft", "save", editor.role));
  const { data } = editableFields(input);
  return db().$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.kind, input.slug, input.title);
    const article = await tx.article.create({ data: { ...data, kind: input.kind, slug, status: "draft" } });
    await writeArticleHistory(tx, editor.id, article, "article.create", input.comment ?? "新建", { kind: article.kind }, "draft");
    return saved(article, "draft");
  });
}

/** 保存 / 自动保存: the fields, never the status (except that saving an approved version needs a new approval). */
export async function saveArticle(editor: Editor, input: ArticleFormInput & { id: string; version: number }, options: { autosave?: boolean } = {}): Promise<SavedArticle> {
  const current = await db().article.findUnique({ where: { id: input.id } });
  if (!current) throw new AppError("NOT_FOUND", "稿件不存在");
  const decision = decideTransition(workflowState(current), "save", editor.role);
  refuse(decision);
  if (current.version !== input.version) throw new AppError("CONFLICT", STALE);
  if (current.kind !== input.kind) throw new AppError("BAD_REQUEST", "稿件类型创建后不能更改");
  const { data } = editableFields(input);
  return db().$transaction(async (tx) => {
    const slug = input.slug && input.slug !== current.slug ? await uniqueSlug(tx, current.kind, input.slug, input.title, current.id) : current.slug;
    const { count } = await tx.article.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, slug, status: decision.to, version: { increment: 1 }, ...(decision.approval === "clear" ? { approvedVersion: null, approvedById: null } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    const article = await tx.article.findUniqueOrThrow({ where: { id: current.id } });
    const comment = options.autosave ? "自动保存" : (input.comment ?? null);
    await writeArticleHistory(tx, editor.id, article, options.autosave ? "article.autosave" : "article.update", comment, {}, current.status);
    return saved(article, current.status);
  });
}

/** The checks as they stand for a stored article (the editor shows the same for the text being typed). */
export function checksForArticle(article: Pick<Article, "kind" | "title" | "summary" | "source" | "publishedAt" | "publishAt" | "docNumber" | "body">, publishAt?: Date | null): CheckResult[] {
  return runPublishChecks({ ...article, publishAt: publishAt ?? article.publishAt, body: parseMarkdown(blocksToMarkdown(parseBlocks(article.body))) });
}

function transitionData(action: WorkflowAction, current: Article, input: TransitionInput, editor: Editor, now: Date): Prisma.ArticleUpdateManyMutationInput {
  switch (action) {
    case "submit":
      return { reviewNote: null };
    case "approve":
      return { approvedVersion: current.version + 1, approvedById: editor.id };
    case "return":
      return { reviewNote: input.comment };
    case "publish":
      return { publishedAt: current.publishedAt ?? now, publishAt: null };
    case "schedule":
      return current.status === "published" ? { unpublishAt: input.unpublishAt } : { publishAt: input.publishAt, unpublishAt: input.unpublishAt };
    case "unschedule":
      return { publishAt: null };
    case "unpublish":
    case "archive":
      return { publishAt: null, unpublishAt: null };
    default:
      return {};
  }
}

function validateSchedule(current: Article, input: TransitionInput, now: Date) {
  if (current.status === "published") {
    if (!input.unpublishAt) throw new AppError("BAD_REQUEST", "已发布的稿件只能设置定时下线", { unpublishAt: ["请填写定时下线时间"] });
  } else if (!input.publishAt) {
    throw new AppError("BAD_REQUEST", "请填写定时发布时间", { publishAt: ["请填写定时发布时间"] });
  }
  if (input.publishAt && input.publishAt <= now) throw new AppError("BAD_REQUEST", "定时发布时间应晚于现在", { publishAt: ["定时发布时间应晚于现在"] });
  if (input.unpublishAt && input.unpublishAt <= now) throw new AppError("BAD_REQUEST", "定时下线时间应晚于现在", { unpublishAt: ["定时下线时间应晚于现在"] });
}

/** Every status change: submit, approve, return, publish, schedule, unschedule, unpublish, archive, restore. */
export async function transitionArticle(editor: Editor, input: TransitionInput, now = new Date()): Promise<SavedArticle> {
  const current = await db().article.findUnique({ where: { id: input.id } });
  if (!current) throw new AppError("NOT_FOUND", "稿件不存在");
  const decision = decideTransition(workflowState(current), input.intent, editor.role);
  refuse(decision);
  if (current.version !== input.version) throw new AppError("CONFLICT", "稿件已有新的修改，请刷新后再操作");
  if (input.intent === "schedule") validateSchedule(current, input, now);
  if (input.intent === "publish" || (input.intent === "schedule" && current.status !== "published")) {
    const checks = checksForArticle(current, input.publishAt);
    if (hasBlockingIssues(checks)) {
      const problems = checks.filter((check) => check.status === "error").map((check) => `${check.label}：${check.message}`);
      throw new AppError("BAD_REQUEST", `发布前检查未通过：${problems.join("；")}`);
    }
  }
  return db().$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: current.id, version: input.version, status: current.status },
      data: {
        status: decision.to,
        version: { increment: 1 },
        ...(decision.approval === "clear" ? { approvedVersion: null, approvedById: null } : {}),
        ...transitionData(input.intent, current, input, editor, now),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "稿件已有新的修改，请刷新后再操作");
    const article = await tx.article.findUniqueOrThrow({ where: { id: current.id } });
    const label = WORKFLOW_ACTION_LABELS[input.intent];
    await writeArticleHistory(tx, editor.id, article, `article.${input.intent}`, input.comment ? `${label}：${input.comment}` : label, { from: current.status, to: article.status, comment: input.comment ?? null }, current.status);
    return saved(article, current.status);
  });
}

/** 政策文件标注已修改/已废止, linking the document that replaces it (shown on the public page). */
export async function setPolicyValidity(editor: Editor, input: PolicyLifecycleInput): Promise<SavedArticle> {
  const current = await db().article.findUnique({ where: { id: input.id } });
  if (!current) throw new AppError("NOT_FOUND", "稿件不存在");
  if (current.kind !== "policy") throw new AppError("BAD_REQUEST", "只有政策文件有效力状态");
  if (input.replacedById) {
    const replacement = await db().article.findUnique({ where: { id: input.replacedById }, select: { kind: true } });
    if (replacement?.kind !== "policy") throw new AppError("BAD_REQUEST", "替代文件须是本站的政策文件", { replacedById: ["请选择一份政策文件"] });
  }
  return db().$transaction(async (tx) => {
    const article = await tx.article.update({
      where: { id: current.id },
      data: { validity: input.validity, replacedById: input.validity === "valid" ? null : input.replacedById, version: { increment: 1 } },
    });
    const comment = `效力：${{ valid: "有效", amended: "已修改", repealed: "已废止" }[input.validity]}${input.comment ? `（${input.comment}）` : ""}`;
    await writeArticleHistory(tx, editor.id, article, "article.validity", comment, { validity: input.validity, replacedById: article.replacedById }, current.status);
    return saved(article, current.status);
  });
}

/** Writes a past revision's fields back as a new version (the history keeps everything in between). */
export async function restoreArticleRevision(editor: Editor, id: string, revisionId: string): Promise<SavedArticle> {
  const [current, revision] = await Promise.all([db().article.findUnique({ where: { id } }), db().revision.findUnique({ where: { id: revisionId } })]);
  if (!current) throw new AppError("NOT_FOUND", "稿件不存在");
  if (!revision || revision.entityType !== "article" || revision.entityId !== id) throw new AppError("NOT_FOUND", "版本不存在");
  const snapshot = parseArticleSnapshot(revision.data);
  if (!snapshot) throw new AppError("BAD_REQUEST", "这个版本的数据无法恢复");
  const date = (value: string | null) => (value ? new Date(value) : null);
  return saveArticle(editor, {
    id,
    version: current.version,
    kind: current.kind,
    title: snapshot.title,
    slug: snapshot.slug || current.slug,
    summary: snapshot.summary,
    body: blocksToMarkdown(snapshot.body),
    source: snapshot.source,
    author: snapshot.author,
    region: snapshot.region,
    publishedAt: date(snapshot.publishedAt),
    docNumber: snapshot.docNumber,
    issuer: snapshot.issuer,
    writtenAt: date(snapshot.writtenAt),
    indexNumber: snapshot.indexNumber,
    comment: `恢复到第 ${revision.version} 版`,
  });
}
