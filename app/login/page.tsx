import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { Notice } from "@/components/admin/notice";
import { firstValue, type QueryValues } from "@/components/admin/query-string";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/session-cookie";
import { describeSignInError, loginNoticeText } from "@/lib/auth/sign-in-messages";

export const metadata: Metadata = { title: "登录", robots: { index: false, follow: false } };

/** 编辑登录: the only door into the admin. Someone already signed in goes straight on. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  const query = await searchParams;
  const callbackUrl = safeReturnPath(firstValue(query.callbackUrl)) ?? "/admin";
  if (await getCurrentUser()) redirect(callbackUrl);
  const notice = loginNoticeText(firstValue(query.notice));
  // next-auth sends failures without JavaScript back here as ?error=…
  const error = describeSignInError(firstValue(query.error));
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-gray-50 px-4 py-12">
      <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-xl font-bold text-gray-900">管理后台登录</h1>
        <p className="mb-5 text-sm text-gray-600">开发区资讯门户 · 编辑与审核人员使用</p>
        {notice ? (
          <Notice tone="success" className="mb-4">
            {notice}
          </Notice>
        ) : null}
        <LoginForm callbackUrl={callbackUrl} initialError={error?.kind === "totp_required" ? null : error?.message} />
      </div>
    </main>
  );
}
