"use client";

import { useActionFormState } from "@/components/admin/action-form";
import { Field, inputClass } from "@/components/admin/field";
import { valueFor } from "@/lib/forms/form-state";
import { countCharacters } from "@/lib/contributions/plain-text";

type Verdict = "short" | "ok" | "long";

function verdictOf(count: number, min: number, max: number): Verdict {
  if (count < min) return "short";
  return count > max ? "long" : "ok";
}

const VERDICT_TEXT: Record<Verdict, (count: number, min: number, max: number) => string> = {
  short: (count, min) => `还差 ${min - count} 字`,
  ok: () => "字数符合要求",
  long: (count, _min, max) => `超出 ${count - max} 字`,
};

const VERDICT_ANNOUNCEMENT: Record<Verdict, string> = { short: "字数不足", ok: "字数符合要求", long: "字数超出上限" };

/**
 * A textarea with a live 字数 count, counted exactly as the server counts (countCharacters: whitespace
 * is free, a rare Han character is one). The server renders the count of the echoed value; as the
 * visitor types, public/enhance.js recounts through the data attributes (the same rule and texts, held
 * together by tests/unit/http-cache-enhance.test.ts). The count sits in the field's hint, so it is read
 * with the control; a separate polite live region speaks only when the verdict changes, not on every
 * keystroke. The server enforces the same window; this is help, not the gate.
 */
export function CharacterCountField({ name, label, min, max, rows = 16, required, placeholder }: { name: string; label: string; min: number; max: number; rows?: number; required?: boolean; placeholder?: string }) {
  const { state } = useActionFormState();
  const echoed = valueFor(state, name);
  const count = countCharacters(echoed ?? "");
  const verdict = verdictOf(count, min, max);
  const tone = verdict === "ok" ? "text-green-700" : count === 0 ? "text-gray-500" : "text-amber-700";
  const countId = `${name}-count`;
  return (
    <>
      <Field
        name={name}
        label={label}
        required={required}
        hint={
          <>
            要求 {min}～{max} 字（空格和换行不计）·{" "}
            <span id={countId} className={tone} data-testid={countId}>
              当前 {count} 字{count > 0 ? `，${VERDICT_TEXT[verdict](count, min, max)}` : ""}
            </span>
          </>
        }
      >
        <textarea
          key={echoed}
          className={inputClass}
          rows={rows}
          defaultValue={echoed}
          placeholder={placeholder}
          data-count-min={min}
          data-count-max={max}
          data-count-output={countId}
          data-count-live={`${countId}-verdict`}
        />
      </Field>
      <p id={`${countId}-verdict`} className="sr-only" aria-live="polite">
        {count > 0 ? VERDICT_ANNOUNCEMENT[verdict] : ""}
      </p>
    </>
  );
}
