"use client";

import { useActionState, useState, type ClipboardEvent } from "react";
import { Field, TextAreaField, TextField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { Notice } from "@/components/admin/notice";
import { SubmitButton } from "@/components/admin/submit-button";
import { submitInTransition } from "@/components/admin/submit-in-transition";
import { previewImport, type ImportPreviewSource } from "@/lib/importer/actions";
import { DocumentEditor } from "./document-editor";
import { ImportResultTable } from "./import-result-table";

const ACCEPT = [
  ".txt,.md,.docx,.doc,.wps,.pdf,.html,.htm,.mhtml,.mht,.zip",
  "text/plain,text/markdown,text/html,application/pdf,application/msword,application/zip",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
].join(",");

/**
 * Step 1: paste text or choose files, and parse them (nothing is stored). Step 2: each source's text
 * beside the documents parsed from it, every document in a form to correct and save as a draft.
 */
export function ImportWorkbench() {
  const [state, formAction, isPending] = useActionState(previewImport, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  // HTML the clipboard carried with a paste (a copied web page): its markup states the title and date.
  const [pastedHtml, setPastedHtml] = useState("");

  function handlePaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData?.getData("text/html") ?? "";
    setPastedHtml(html && /<(?:p|div|h[1-6]|table|article|br)\b/i.test(html) ? html : "");
  }

  return (
    <>
      <form action={formAction} onSubmit={submitInTransition(formAction)} encType="multipart/form-data" aria-label="解析待导入的文本或文件" className="mb-8 rounded-md border border-gray-200 bg-white p-4">
        <FormMessage state={state} />
        <TextAreaField
          name="text"
          label="粘贴文本"
          hint="从 Word、PDF 或网页复制的简报、报告、通知或新闻，可包含多篇（列表页）；从网页复制时会一并读取网页格式"
          rows={10}
          errors={fieldErrors?.text}
          idPrefix="import"
          onPaste={handlePaste}
          onInput={(event) => {
            if ((event.nativeEvent as InputEvent).inputType !== "insertFromPaste") setPastedHtml("");
          }}
        />
        <input type="hidden" name="html" value={pastedHtml} />
        {pastedHtml ? (
          <p className="-mt-2 mb-4 text-sm text-gray-700" role="status">
            已保留粘贴内容的网页格式，将按网页读取标题、日期和正文。
            <button type="button" className="ml-2 text-brand-700 underline" onClick={() => setPastedHtml("")}>
              改按纯文本解析
            </button>
          </p>
        ) : null}
        <TextField
          name="url"
          label="网址"
          type="url"
          placeholder="https://"
          hint="政府网站或新闻页面的链接，服务器读取该网页（不能读取内网地址）"
          errors={fieldErrors?.url}
          idPrefix="import"
        />
        <Field
          name="files"
          label="或上传文件"
          hint="可一次选择多个文件或一个 .zip 压缩包：.txt、.md、.docx、.doc、.pdf（需有文字层）、.html、.mhtml；GBK/GB18030 编码自动识别；单个文件不超过 8 MB"
          errors={fieldErrors?.files}
          idPrefix="import"
        >
          <input type="file" multiple accept={ACCEPT} className="block text-sm" />
        </Field>
        <SubmitButton pendingText="解析中…" disabled={isPending}>
          解析预览
        </SubmitButton>
      </form>

      {state?.ok ? (
        <div className="space-y-10">
          {state.data.rows.length > 1 || state.data.rows.some((row) => row.notes) ? <ImportResultTable rows={state.data.rows} /> : null}
          {state.data.sources.map((source, index) => (
            <ImportSource key={`${index}-${source.name}`} source={source} sourceIndex={index} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function ImportSource({ source, sourceIndex }: { source: ImportPreviewSource; sourceIndex: number }) {
  const headingId = `import-source-${sourceIndex}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {source.name}
        {source.documents.length ? <span className="ml-2 text-sm font-normal text-gray-600">解析出 {source.documents.length} 篇</span> : null}
      </h2>
      {source.error ? (
        <Notice tone="error" title="无法导入">
          {source.error}
        </Notice>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="lg:sticky lg:top-4 lg:self-start">
            <h3 className="mb-2 text-sm font-semibold text-gray-700">原文</h3>
            <pre tabIndex={0} aria-label={`${source.name} 原文`} className="max-h-[75vh] overflow-auto whitespace-pre-wrap break-words rounded border border-gray-200 bg-gray-50 p-3 text-sm leading-relaxed">
              {source.original}
            </pre>
          </div>
          <div className="space-y-6">
            {source.documents.map((document, index) => (
              <DocumentEditor key={`${sourceIndex}-${index}`} document={document} idPrefix={`doc-${sourceIndex}-${index}`} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
