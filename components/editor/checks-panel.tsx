import type { CheckResult } from "@/lib/articles/checks";

const MARK: Record<CheckResult["status"], { icon: string; label: string; className: string }> = {
  pass: { icon: "✓", label: "通过", className: "text-green-700" },
  warning: { icon: "!", label: "提醒", className: "text-amber-700" },
  error: { icon: "✗", label: "未通过", className: "text-red-700" },
};

/** 发布前检查: every check with its outcome; errors block publishing, warnings ask for a look. */
export function ChecksPanel({ checks, headingId = "checks-heading" }: { checks: readonly CheckResult[]; headingId?: string }) {
  const errors = checks.filter((check) => check.status === "error").length;
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-gray-200 bg-white p-4">
      <h2 id={headingId} className="mb-2 text-base font-semibold text-gray-900">
        发布前检查
        <span className={`ml-2 text-sm font-normal ${errors ? "text-red-700" : "text-green-700"}`}>{errors ? `${errors} 项需处理` : "可以发布"}</span>
      </h2>
      <ul className="space-y-1.5 text-sm">
        {checks.map((check) => (
          <li key={check.id}>
            <span className={`mr-1 inline-block w-4 font-bold ${MARK[check.status].className}`} aria-hidden="true">
              {MARK[check.status].icon}
            </span>
            <span className="sr-only">{MARK[check.status].label}：</span>
            <span className="font-medium text-gray-800">{check.label}</span>
            <span className="text-gray-600">　{check.message}</span>
            {check.details?.length ? (
              <ul className="ml-6 mt-0.5 list-disc text-xs text-gray-600">
                {check.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
