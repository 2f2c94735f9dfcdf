"use client";

import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useActionFormState } from "./action-form";
import { buttonBase, buttonClass, type ButtonVariant } from "./button-styles";

type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  children: ReactNode;
  /** label while the form is being submitted (default: the children followed by …) */
  pendingText?: ReactNode;
  variant?: ButtonVariant;
  /** ask before submitting (destructive actions); the question is shown by the browser */
  confirm?: string;
};

/**
 * A submit button that disables itself while its form is submitting. Works inside ActionForm and inside
 * any plain `<form action={serverAction}>` (through useFormStatus). `name`/`value` are submitted, so one
 * form can offer several actions (保存 / 提交审核).
 */
export function SubmitButton({ children, pendingText, variant = "primary", confirm, className, disabled, onClick, ...button }: SubmitButtonProps) {
  const status = useFormStatus();
  const { isPending } = useActionFormState();
  const pending = status.pending || isPending;

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (confirm && !window.confirm(confirm)) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button type="submit" disabled={disabled || pending} aria-disabled={disabled || pending} onClick={handleClick} className={`${buttonBase} ${buttonClass[variant]} ${className ?? ""}`} {...button}>
      {pending ? (pendingText ?? <>{children}…</>) : children}
    </button>
  );
}
