import { type Block, plainInline } from "@/lib/content/blocks";
import { formatChineseDate } from "@/lib/content/dates";
import { issueLabel } from "./routes";

/**
 * A bulletin issue as one self-contained, print-ready HTML document (A4, 仿宋/宋体, red masthead and
 * rule, 送/发 lines and 印发 line at the end) — the export file and the composer's print preview are
 * this same string. Every text is escaped; nothing from the content is markup.
 */
export type PrintableBulletin = {
  title: string;
  publisher: string;
  issueNumber: number;
  totalIssueNumber: number | null;
  issueDate: Date;
  distribution: readonly string[];
  sections: readonly { title: string; items: readonly { anchor: string; title: string; source: string | null; blocks: readonly Block[] }[] }[];
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<h4>${escapeHtml(block.text)}</h4>`;
    case "paragraph":
      return `<p>${escapeHtml(plainInline(block.text))}</p>`;
    case "list":
      return `<${block.ordered ? "ol" : "ul"}>${block.items.map((item) => `<li>${escapeHtml(plainInline(item))}</li>`).join("")}</${block.ordered ? "ol" : "ul"}>`;
    case "table":
      return `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("")}</table>`;
    case "image":
      return `<figure><img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}">${block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : ""}</figure>`;
  }
}

const STYLE = `
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "FangSong", "STFangsong", "仿宋", "Songti SC", "SimSun", serif; font-size: 16pt; line-height: 1.8; color: #000; max-width: 170mm; margin: 0 auto; }
.masthead { text-align: center; color: #c00; font-family: "SimSun", "Songti SC", serif; font-size: 40pt; letter-spacing: .3em; margin: 0; }
.issue { text-align: center; margin: .2em 0; }
.meta { display: flex; justify-content: space-between; border-bottom: 2px solid #c00; padding-bottom: .2em; }
h2 { font-family: "SimHei", "Heiti SC", sans-serif; font-size: 16pt; margin: 1.2em 0 .4em; }
h3 { text-align: center; font-family: "SimSun", "Songti SC", serif; font-size: 18pt; margin: 1em 0 .4em; }
h4 { font-size: 16pt; margin: .6em 0 .2em; }
p { text-indent: 2em; margin: 0; }
.source { text-align: right; }
table { border-collapse: collapse; margin: .5em auto; font-size: 12pt; } td { border: 1px solid #000; padding: 2px 6px; }
img { max-width: 100%; } figure { text-align: center; margin: .5em 0; } figcaption { font-size: 12pt; }
.footer { margin-top: 2em; border-top: 1px solid #000; font-size: 14pt; } .footer p { text-indent: 0; }
.printed { display: flex; justify-content: space-between; border-top: 1px solid #000; border-bottom: 1px solid #000; }
@media print { .item { break-inside: avoid-page; } }
`;

export function bulletinPrintHtml(bulletin: PrintableBulletin): string {
  const sections = bulletin.sections
    .map(
      (section) =>
        `<section><h2>【${escapeHtml(section.title)}】</h2>${section.items
          .map(
            (item) =>
              `<article class="item" id="${escapeHtml(item.anchor)}"><h3>${escapeHtml(item.title)}</h3>${item.blocks.map(blockHtml).join("")}${item.source ? `<p class="source">（来源：${escapeHtml(item.source)}）</p>` : ""}</article>`,
          )
          .join("")}</section>`,
    )
    .join("");
  const distribution = bulletin.distribution.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  const date = formatChineseDate(bulletin.issueDate);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${bulletin.title} ${issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}`)}</title><style>${STYLE}</style></head>
<body>
<header><h1 class="masthead">${escapeHtml(bulletin.title)}</h1><p class="issue">${escapeHtml(issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber))}</p>
<div class="meta"><span>${escapeHtml(bulletin.publisher)}</span><span>${escapeHtml(date)}</span></div></header>
<main>${sections}</main>
<footer class="footer">${distribution}<div class="printed"><span>${escapeHtml(bulletin.publisher)}</span><span>${escapeHtml(date)}印发</span></div></footer>
</body></html>
`;
}
