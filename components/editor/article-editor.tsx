"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { errorsFor, type FormState } from "@/lib/forms/form-state";
import { fieldIds, SelectField, TextAreaField, TextField } from "@/components/admin/field";
import { Notice } from "@/components/admin/notice";
import { SubmitButton } from "@/components/admin/submit-button";
import { ArticleBody } from "@/components/articles/article-body";
import { articlePresenceAction, autosaveArticleAction, previewArticleAction, saveArticleAction, type BodyPreview } from "@/lib/articles/actions";
import { ChecksPanel } from "./checks-panel";
import { MarkdownEditor, type MediaChoice } from "./markdown-editor";

export type ArticleEditorValues = {
  id?: string;
  version?: number;
  kind: "news" | "report" | "policy";
  title: string;
  slug: string;
  summary: string;
  markdown: string;
  source: string;
  author: string;
  region: string;
  publishedAt: string;
  docNumber: string;
  issuer: string;
  writtenAt: string;
  indexNumber: string;
};

const KIND_OPTIONS = [
  { value: "news", label: "资讯" },
  { value: "report", label: "政府工作报告" },
  { value: "policy", label: "政策文件" },
] as const;

const PREVIEW_DELAY_MS = 500;
const AUTOSAVE_DELAY_MS = 3000;
const PRESENCE_INTERVAL_MS = 20_000;

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString("zh-CN", { hour12: false });

/**
 * The article editor: metadata, the Markdown body with a live preview of exactly what will be published
 * (the stored blocks rendered by the public component) and the pre-publish checks, autosave a few
 * seconds after typing stops, and a warning when someone else has the same article open.
 */
export function ArticleEditor({ initial, initialPreview, media }: { initial: ArticleEditorValues; initialPreview: BodyPreview; media: readonly MediaChoice[] }) {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState(saveArticleAction, null as FormState<{ id: string; version: number }>);
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState(initial.kind);
  const [body, setBody] = useState(initial.markdown);
  const [preview, setPreview] = useState(initialPreview);
  const [savedVersion, setSavedVersion] = useState(initial.version ?? 0);
  const [autosave, setAutosave] = useState<{ status: "idle" | "saving" | "saved" | "conflict" | "error"; message?: string }>({ status: "idle" });
  const [others, setOthers] = useState<string[]>([]);
  const previewTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isExisting = Boolean(initial.id);
  const version = Math.max(savedVersion, initial.version ?? 0, state?.ok ? state.data.version : 0);

  const refreshPreview = useCallback(() => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    startTransition(async () => {
      const result = await previewArticleAction(data);
      if (result.ok) setPreview(result.data);
    });
  }, []);

  const runAutosave = useCallback(() => {
    if (!formRef.current || !initial.id) return;
    const data = new FormData(formRef.current);
    setAutosave({ status: "saving" });
    startTransition(async () => {
      const result = await autosaveArticleAction(data);
      if (result.ok) {
        setSavedVersion(result.data.version);
        setAutosave({ status: "saved", message: `已自动保存（${timeOf(result.data.savedAt)}）` });
        router.refresh();
      } else if (result.code === "CONFLICT") {
        setAutosave({ status: "conflict", message: result.message });
      } else {
        setAutosave({ status: "error", message: result.message });
      }
    });
  }, [initial.id, router]);

  function handleInput() {
    clearTimeout(previewTimer.current);
    previewTimer.current = setTimeout(refreshPreview, PREVIEW_DELAY_MS);
    if (isExisting && autosave.status !== "conflict") {
      clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(runAutosave, AUTOSAVE_DELAY_MS);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(autosaveTimer.current);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : undefined);
    startTransition(() => formAction(data));
  }

  useEffect(() => () => {
    clearTimeout(previewTimer.current);
    clearTimeout(autosaveTimer.current);
  }, []);

  // Presence heartbeat while the editor is open; leaving clears it so the others stop seeing us.
  useEffect(() => {
    if (!initial.id) return;
    const id = initial.id;
    let active = true;
    const beat = async () => {
      const result = await articlePresenceAction(id);
      if (active && result.ok) setOthers(result.data.map((other) => other.name));
    };
    void beat();
    const timer = setInterval(beat, PRESENCE_INTERVAL_MS);
    return () => {
      active = false;
      clearInterval(timer);
      void articlePresenceAction(id, true);
    };
  }, [initial.id]);

  const errors = (name: string) => errorsFor(state, name);
  const bodyIds = fieldIds("body");

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form ref={formRef} action={formAction} onSubmit={handleSubmit} onInput={handleInput} aria-label="编辑稿件" className="min-w-0">
        <FormMessage state={state} successMessage="已保存" />
        {others.length ? (
          <Notice tone="warning" title="有人正在编辑" className="mb-4">
            {others.join("、")} 也打开了这篇稿件。同时修改时，后保存的一方会被拒绝，请先沟通。
          </Notice>
        ) : null}
        {autosave.status === "conflict" ? (
          <Notice tone="error" title="自动保存已停止" className="mb-4">
            {autosave.message}
          </Notice>
        ) : null}
        {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
        {initial.id ? <input type="hidden" name="version" value={version} /> : null}
        {isExisting ? (
          <input type="hidden" name="kind" value={kind} />
        ) : (
          <SelectField name="kind" label="类型" required options={KIND_OPTIONS} defaultValue={kind} errors={errors("kind")} onChange={(event) => setKind(event.target.value as ArticleEditorValues["kind"])} />
        )}
        <TextField name="title" label="标题" required defaultValue={initial.title} errors={errors("title")} maxLength={200} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="source" label="来源" defaultValue={initial.source} errors={errors("source")} hint="发布前必填，如：经开区管委会" />
          <TextField name="publishedAt" label="发布时间" type="datetime-local" defaultValue={initial.publishedAt} errors={errors("publishedAt")} hint="发布前必填（北京时间）" />
          <TextField name="author" label="作者" defaultValue={initial.author} errors={errors("author")} />
          <TextField name="region" label="地区" defaultValue={initial.region} errors={errors("region")} />
        </div>
        {kind === "policy" ? (
          <fieldset className="mb-4 rounded border border-gray-200 p-3">
            <legend className="px-1 text-sm font-medium text-gray-800">政策文件信息</legend>
            <div className="grid gap-x-4 sm:grid-cols-2">
              <TextField name="docNumber" label="文号" defaultValue={initial.docNumber} errors={errors("docNumber")} hint="如：川商产业〔2020〕2号" />
              <TextField name="issuer" label="发文机关" defaultValue={initial.issuer} errors={errors("issuer")} />
              <TextField name="writtenAt" label="成文日期" type="date" defaultValue={initial.writtenAt} errors={errors("writtenAt")} />
              <TextField name="indexNumber" label="索引号" defaultValue={initial.indexNumber} errors={errors("indexNumber")} />
            </div>
          </fieldset>
        ) : null}
        <div className="mb-4">
          <label htmlFor={bodyIds.control} className="mb-1 block text-sm font-medium text-gray-800">
            正文
          </label>
          <p id={bodyIds.hint} className="mb-1 text-xs text-gray-500">
            Markdown：## 小标题、- 列表、| 表格 |、![替代文字](图片地址)、[文字](链接)。右侧即时预览发布效果。
          </p>
          <MarkdownEditor id={bodyIds.control} name="body" value={body} onChange={setBody} media={media} describedBy={bodyIds.hint} />
          {errors("body") ? <p className="mt-1 text-sm text-red-700">{errors("body")?.join("；")}</p> : null}
        </div>
        <TextAreaField name="summary" label="摘要" defaultValue={initial.summary} errors={errors("summary")} rows={2} hint="留空则取正文开头" />
        <TextField name="slug" label="网址标识" defaultValue={initial.slug} errors={errors("slug")} hint="留空则按标题生成拼音，如 jing-kai-qu-xiang-mu" />
        {isExisting ? <TextField name="comment" label="修改说明" errors={errors("comment")} hint="记入修订历史（可选）" /> : null}
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingText="保存中…" disabled={isPending}>
            {isExisting ? "保存" : "创建草稿"}
          </SubmitButton>
          <p role="status" aria-live="polite" className="text-sm text-gray-600">
            {autosave.status === "saving" ? "正在自动保存…" : autosave.status === "saved" || autosave.status === "error" ? autosave.message : ""}
          </p>
        </div>
      </form>
      <div className="min-w-0 space-y-4">
        <ChecksPanel checks={preview.checks} headingId="editor-checks" />
        <section aria-labelledby="editor-preview" className="rounded-md border border-gray-200 bg-white p-6">
          <h2 id="editor-preview" className="mb-3 text-sm font-semibold text-gray-500">
            预览
          </h2>
          {preview.blocks.length ? <ArticleBody blocks={preview.blocks} idPrefix="preview" /> : <p className="text-sm text-gray-400">正文为空</p>}
        </section>
      </div>
    </div>
  );
}
