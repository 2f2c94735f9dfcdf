export function bulletinPath(slug: string, anchor?: string): string {
  return `/bulletins/${encodeURIComponent(slug)}${anchor ? `#${anchor}` : ""}`;
}

/** 第9期（总第57期） */
export function issueLabel(issueNumber: number, totalIssueNumber: number | null): string {
  return totalIssueNumber ? `第${issueNumber}期（总第${totalIssueNumber}期）` : `第${issueNumber}期`;
}
