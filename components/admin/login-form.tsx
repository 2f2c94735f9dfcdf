"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { describeSignInError } from "@/lib/auth/sign-in-messages";
import { buttonBase, buttonClass } from "./button-styles";
import { inputClass } from "./field";

type Step = "password" | "totp";

/**
 * The sign-in form: email and password, then — for accounts with a second factor — the 6-digit code.
 * The password stays in the form between the two steps (it is sent again with the code), so the server
 * keeps no half-signed-in state. Errors are announced in a live region and never say which part was wrong.
 */
export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [step, setStep] = useState<Step>("password");
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(initialError ? { tone: "error", text: initialError } : null);
  const [isPending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      totp: step === "totp" ? String(form.get("totp") ?? "") : "",
      callbackUrl,
    });
    if (result?.ok && !result.error) {
      // A full load, so the server renders the admin with the new session cookie.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    const outcome = describeSignInError(result?.error ?? "error");
    if (outcome?.kind === "totp_required") {
      setStep("totp");
      setMessage({ tone: "info", text: outcome.message });
      return;
    }
    setMessage(outcome ? { tone: "error", text: outcome.message } : null);
  }

  return (
    <form onSubmit={handleSubmit} aria-label="登录" className="space-y-4" noValidate={false}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {message ? (
          <p className={`rounded border px-3 py-2 text-sm ${message.tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-brand-100 bg-brand-50 text-brand-800"}`}>{message.text}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="login-email" className="mb-1 block text-sm font-medium text-gray-800">
          邮箱
        </label>
        <input id="login-email" name="email" type="email" autoComplete="username" required readOnly={step === "totp"} className={inputClass} />
      </div>
      <div>
        <label htmlFor="login-password" className="mb-1 block text-sm font-medium text-gray-800">
          密码
        </label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required readOnly={step === "totp"} className={inputClass} />
      </div>
      {step === "totp" ? (
        <div>
          <label htmlFor="login-totp" className="mb-1 block text-sm font-medium text-gray-800">
            动态口令
          </label>
          <p id="login-totp-hint" className="mb-1 text-xs text-gray-500">
            打开身份验证器应用，输入“开发区资讯门户”下显示的 6 位数字。
          </p>
          {/* Mounted only when the code is asked for: focus moves to it, and the live region says why. */}
          <input
            autoFocus
            id="login-totp"
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9０-９ ]{6,8}"
            maxLength={8}
            required
            aria-describedby="login-totp-hint"
            className={inputClass}
          />
        </div>
      ) : null}
      <button type="submit" disabled={isPending} className={`${buttonBase} ${buttonClass.primary} w-full`}>
        {isPending ? "正在登录…" : step === "totp" ? "验证并登录" : "登录"}
      </button>
      {step === "totp" ? (
        <button
          type="button"
          className={`${buttonBase} ${buttonClass.ghost} w-full`}
          onClick={() => {
            setStep("password");
            setMessage(null);
          }}
        >
          换一个账号
        </button>
      ) : null}
    </form>
  );
}
