import type { RevisionDiff } from "@/lib/revisions/diff";

const LINE: Record<"equal" | "insert" | "delete", { sign: string; label: string; className: string }> = {
  equal: { sign: " ", label: "", className: "text-gray-600" },
  insert: { sign: "+", label: "新增：", className: "bg-green-50 text-green-900" },
  delete: { sign: "−", label: "删除：", className: "bg-red-50 text-red-900 line-through decoration-red-300" },
};

/** Changed fields as a table, then the body line by line (新增 green, 删除 red, both also named for screen readers). */
export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  if (!diff.changed) return <p className="text-sm text-gray-600">两个版本内容相同。</p>;
  return (
    <div className="space-y-4">
      {diff.fields.length ? (
        <table className="w-full border-collapse text-sm">
          <caption className="mb-1 text-left font-semibold text-gray-800">信息变化</caption>
          <thead>
            <tr className="bg-gray-50 text-left">
              <th scope="col" className="border border-gray-200 px-2 py-1">项目</th>
              <th scope="col" className="border border-gray-200 px-2 py-1">旧</th>
              <th scope="col" className="border border-gray-200 px-2 py-1">新</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="border border-gray-200 px-2 py-1 text-left font-medium">{change.label}</th>
                <td className="border border-gray-200 bg-red-50 px-2 py-1">{change.before}</td>
                <td className="border border-gray-200 bg-green-50 px-2 py-1">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <figure>
        <figcaption className="mb-1 text-sm font-semibold text-gray-800">正文变化</figcaption>
        <pre className="overflow-x-auto rounded border border-gray-200 bg-white p-2 text-sm leading-6 whitespace-pre-wrap">
          {diff.body.map((line, index) => (
            <div key={index} className={LINE[line.op].className}>
              <span aria-hidden="true" className="mr-2 inline-block w-3 select-none text-gray-400">{LINE[line.op].sign}</span>
              {LINE[line.op].label ? <span className="sr-only">{LINE[line.op].label}</span> : null}
              {line.text || "\u00a0"}
            </div>
          ))}
        </pre>
      </figure>
    </div>
  );
}
