/**
 * Print and copy-link buttons. The share link itself is a plain, selectable link rendered by the
 * server, so it works without JavaScript; these buttons only add convenience when JavaScript runs
 * (their behaviour comes from public/enhance.js through the data attributes).
 */
export function ArticleTools({ url, printLabel, copyLabel }: { url: string; printLabel: string; copyLabel: string }) {
  return (
    <span className="inline-flex gap-2">
      <button type="button" data-print="" className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand-600">
        {printLabel}
      </button>
      <button type="button" data-copy={url} data-copy-status="copy-link-status" className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand-600">
        {copyLabel}
      </button>
      <span id="copy-link-status" role="status" className="sr-only" />
    </span>
  );
}
