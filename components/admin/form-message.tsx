import type { FormState } from "@/lib/forms/form-state";

/**
 * An action may say what happened in its own words by returning `{ notice }` as data — for outcomes the
 * page cannot know before submitting (停用 or 启用, decided on the server).
 */
function noticeOf(data: unknown): string | undefined {
  return typeof data === "object" && data !== null && "notice" in data && typeof data.notice === "string" ? data.notice : undefined;
}

/**
 * The form-level outcome in a polite live region, so screen readers hear it. The region is always
 * rendered (empty when there is nothing to say) because live regions must exist before they change.
 */
export function FormMessage({ state, successMessage }: { state: FormState; successMessage?: string }) {
  const isError = Boolean(state && !state.ok);
  const text = state ? (state.ok ? (noticeOf(state.data) ?? successMessage) : state.message) : undefined;
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {text ? (
        <p className={`mb-4 rounded border px-3 py-2 text-sm ${isError ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800"}`}>
          {text}
        </p>
      ) : null}
    </div>
  );
}
