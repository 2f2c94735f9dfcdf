"use client";

import { useRef, type ChangeEvent } from "react";

export type MediaChoice = { url: string; alt: string; name: string };

type Snippet = { label: string; title: string; before: string; after?: string; placeholder: string; block?: boolean };

const SNIPPETS: readonly Snippet[] = [
  { label: "H2", title: "二级标题", before: "## ", placeholder: "小标题", block: true },
  { label: "H3", title: "三级标题", before: "### ", placeholder: "小标题", block: true },
  { label: "• 列表", title: "无序列表", before: "- ", placeholder: "列表项", block: true },
  { label: "1. 编号", title: "编号列表", before: "1. ", placeholder: "第一项", block: true },
  { label: "表格", title: "插入表格", before: "| 指标 | 数值 |\n| --- | --- |\n| ", after: " | |", placeholder: "项目", block: true },
  { label: "链接", title: "插入链接", before: "[", after: "](https://)", placeholder: "链接文字" },
];

/**
 * The Markdown text area with a small toolbar (标题、列表、表格、链接、图片). The toolbar only inserts
 * Markdown at the cursor; everything typed stays plain text, so the keyboard works as usual.
 */
export function MarkdownEditor({ id, name, value, onChange, media = [], describedBy, rows = 22 }: { id: string; name: string; value: string; onChange: (value: string) => void; media?: readonly MediaChoice[]; describedBy?: string; rows?: number }) {
  const textarea = useRef<HTMLTextAreaElement>(null);

  function insert(before: string, after = "", placeholder = "", block = false) {
    const element = textarea.current;
    if (!element) return;
    const { selectionStart: start, selectionEnd: end } = element;
    const selected = value.slice(start, end) || placeholder;
    const lead = block && start > 0 && value[start - 1] !== "\n" ? "\n\n" : "";
    const next = `${value.slice(0, start)}${lead}${before}${selected}${after}${value.slice(end)}`;
    onChange(next);
    const cursor = start + lead.length + before.length;
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(cursor, cursor + selected.length);
    });
  }

  function insertImage(event: ChangeEvent<HTMLSelectElement>) {
    const choice = media.find((item) => item.url === event.target.value);
    event.target.value = "";
    if (choice) insert(`![${choice.alt}](${choice.url})`, "", "", true);
  }

  return (
    <div className="rounded border border-gray-300 bg-white focus-within:border-brand-600">
      <div role="toolbar" aria-label="正文格式" aria-controls={id} className="flex flex-wrap items-center gap-1 border-b border-gray-200 bg-gray-50 px-2 py-1">
        {SNIPPETS.map((snippet) => (
          <button key={snippet.label} type="button" title={snippet.title} aria-label={snippet.title} onClick={() => insert(snippet.before, snippet.after, snippet.placeholder, snippet.block)} className="rounded px-2 py-1 text-xs text-gray-700 hover:bg-white">
            {snippet.label}
          </button>
        ))}
        {media.length ? (
          <label className="ml-auto flex items-center gap-1 text-xs text-gray-700">
            插入图片
            <select onChange={insertImage} defaultValue="" className="rounded border border-gray-300 bg-white px-1 py-0.5 text-xs">
              <option value="">从媒体库选择…</option>
              {media.map((item) => (
                <option key={item.url} value={item.url}>
                  {item.name}
                  {item.alt ? `（${item.alt}）` : "（缺替代文字）"}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <textarea
        ref={textarea}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={rows}
        spellCheck={false}
        aria-describedby={describedBy}
        className="block w-full resize-y rounded-b px-3 py-2 font-mono text-sm leading-6 focus:outline-none"
      />
    </div>
  );
}
