"use client";

import { useState } from "react";

/**
 * Print and copy-link buttons. The share link itself is a plain, selectable link rendered by the
 * server, so it works without JavaScript; these buttons only add convenience when JavaScript runs.
 */
export function ArticleTools({ url, printLabel, copyLabel }: { url: string; printLabel: string; copyLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex gap-2">
      <button type="button" onClick={() => window.print()} className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand-600">
        {printLabel}
      </button>
      <button
        type="button"
        onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand-600"
      >
        {copyLabel}
      </button>
      <span role="status" className="sr-only">
        {copied ? "已复制" : ""}
      </span>
    </span>
  );
}
