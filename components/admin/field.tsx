"use client";

import { Children, cloneElement, isValidElement, type InputHTMLAttributes, type ReactElement, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useActionFormState } from "./action-form";
import { errorsFor, valueFor } from "@/lib/forms/form-state";

/** The ids a field's parts share, for wiring a control by hand: `<input id={ids.control} aria-describedby={…}>`. */
export function fieldIds(name: string, idPrefix = "field") {
  const base = `${idPrefix}-${name.replace(/[^\w-]/g, "_")}`;
  return { control: base, hint: `${base}-hint`, error: `${base}-error` };
}

export const inputClass =
  "block w-full rounded border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500 disabled:bg-gray-100";

type ControlProps = { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true; required?: boolean };

export type FieldProps = {
  name: string;
  label: ReactNode;
  /** short help below the label, read by screen readers with the control */
  hint?: ReactNode;
  /** errors for this field; default: taken from the enclosing ActionForm's state by `name` */
  errors?: string[];
  required?: boolean;
  idPrefix?: string;
  className?: string;
  /** exactly one control element (input, select, textarea, or a component passing these props on) */
  children: ReactElement<Partial<ControlProps>>;
};

/**
 * Label, hint and error wired to one control: the control gets id, name, aria-describedby (hint and
 * error) and aria-invalid. Errors are announced through the form's live region and stay next to the field.
 */
export function Field({ name, label, hint, errors, required, idPrefix, className, children }: FieldProps) {
  const { state } = useActionFormState();
  const shownErrors = errors ?? errorsFor(state, name);
  const ids = fieldIds(name, idPrefix);
  const describedBy = [hint ? ids.hint : null, shownErrors ? ids.error : null].filter(Boolean).join(" ") || undefined;
  const control = Children.only(children);
  const wired = isValidElement(control)
    ? cloneElement(control, {
        id: ids.control,
        name,
        ...(required === undefined ? {} : { required }),
        "aria-describedby": describedBy,
        "aria-invalid": shownErrors ? true : undefined,
      })
    : control;
  return (
    <div className={className ?? "mb-4"}>
      <label htmlFor={ids.control} className="mb-1 block text-sm font-medium text-gray-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-red-600" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={ids.hint} className="mb-1 text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
      {wired}
      {shownErrors ? (
        <p id={ids.error} className="mt-1 text-sm text-red-700">
          {shownErrors.join("；")}
        </p>
      ) : null}
    </div>
  );
}

type CommonProps = Omit<FieldProps, "children">;

/** A text-like input (text, email, password, number, date, datetime-local, url, tel…) in a Field. */
export function TextField({ name, label, hint, errors, required, idPrefix, className, defaultValue, ...input }: CommonProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "children">) {
  const { state } = useActionFormState();
  const echoed = input.type === "password" ? undefined : valueFor(state, name);
  return (
    <Field name={name} label={label} hint={hint} errors={errors} required={required} idPrefix={idPrefix} className={className}>
      {/* key: re-mount when the server echoes values, so an uncontrolled input shows them */}
      <input key={echoed} className={inputClass} defaultValue={echoed ?? defaultValue} {...input} />
    </Field>
  );
}

export function TextAreaField({ name, label, hint, errors, required, idPrefix, className, defaultValue, ...textarea }: CommonProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "children">) {
  const { state } = useActionFormState();
  const echoed = valueFor(state, name);
  return (
    <Field name={name} label={label} hint={hint} errors={errors} required={required} idPrefix={idPrefix} className={className}>
      <textarea key={echoed} className={inputClass} rows={4} defaultValue={echoed ?? defaultValue} {...textarea} />
    </Field>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export function SelectField({ name, label, hint, errors, required, idPrefix, className, options, placeholder, defaultValue, ...select }: CommonProps & { options: readonly SelectOption[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "children">) {
  const { state } = useActionFormState();
  const echoed = valueFor(state, name);
  return (
    <Field name={name} label={label} hint={hint} errors={errors} required={required} idPrefix={idPrefix} className={className}>
      <select key={echoed} className={inputClass} defaultValue={echoed ?? defaultValue} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A single checkbox with its label beside it; errors and hint wired like Field. */
export function CheckboxField({ name, label, hint, errors, idPrefix, className, value = "on", ...input }: CommonProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "type" | "children">) {
  const { state } = useActionFormState();
  const shownErrors = errors ?? errorsFor(state, name);
  const ids = fieldIds(name, idPrefix);
  const describedBy = [hint ? ids.hint : null, shownErrors ? ids.error : null].filter(Boolean).join(" ") || undefined;
  // After a failed submission without JavaScript the page is rendered anew: tick what was ticked.
  const echoed = state && !state.ok && state.values ? (state.values[name] ?? "").split("\n").includes(String(value)) : undefined;
  return (
    <div className={className ?? "mb-4"}>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={ids.control}
          name={name}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={shownErrors ? true : undefined}
          className="mt-1 size-4 rounded border-gray-300 text-brand-600"
          {...input}
          {...(echoed === undefined || input.checked !== undefined ? {} : { defaultChecked: echoed })}
        />
        <label htmlFor={ids.control} className="text-sm text-gray-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={ids.hint} className="ml-6 text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
      {shownErrors ? (
        <p id={ids.error} className="ml-6 mt-1 text-sm text-red-700">
          {shownErrors.join("；")}
        </p>
      ) : null}
    </div>
  );
}
