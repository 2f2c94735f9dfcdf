import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { TextField } from "@/components/admin/field";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { Panel } from "@/components/admin/panel";
import { firstValue, type QueryValues } from "@/components/admin/query-string";
import { SubmitButton } from "@/components/admin/submit-button";
import { beginTotpEnrolment } from "@/lib/auth/account";
import { changePassword, disableTotpAction, enableTotpAction, signOutEverywhere } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "账户" };

/** "JBSW Y3DP …": the key in groups of four, easier to type into an authenticator by hand. */
function groupKey(seed: string): string {
  return seed.replace(/(.{4})(?=.)/g, "$1 ");
}


/** 账户: one's own password, second factor and sessions. Every action re-checks the session itself. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  const user = await requirePagePermission("admin.access", "/admin/account");
  const notice = firstValue((await searchParams).notice);
  const enrolment = user.hasTotp ? null : beginTotpEnrolment(user);
  return (
    <>
      <PageHeader title="账户" description={`${user.name}（${user.email}）· ${ROLE_LABELS[user.role]}`} />
      {notice === "totp_required" && !user.hasTotp ? (
        <Notice tone="warning" title="请先启用动态口令" className="mb-6 max-w-xl">
          管理员账号必须启用动态口令（两步验证）后才能使用其他管理功能。
        </Notice>
      ) : null}

      <Panel id="totp-heading" title="动态口令（两步验证）">
        {enrolment ? (
          <>
            <p className="mb-3 text-sm text-gray-700">
              在手机上的身份验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP）中添加账号，手动输入下面的密钥（基于时间，6 位），然后填写应用显示的动态口令。
            </p>
            <dl className="mb-4 text-sm">
              <dt className="font-medium text-gray-800">密钥</dt>
              <dd className="mt-1 break-all rounded bg-gray-100 px-3 py-2 font-mono text-base tracking-wider" data-testid="totp-seed">
                {groupKey(enrolment.seed)}
              </dd>
              <dd className="mt-1">
                <a href={enrolment.uri} className="text-brand-700 underline">
                  在本机的验证器应用中打开
                </a>
              </dd>
            </dl>
            <ActionForm action={enableTotpAction} successMessage="动态口令已启用" label="启用动态口令">
              <input type="hidden" name="enrolment" value={enrolment.enrolment} />
              <TextField name="code" label="动态口令" hint="验证器应用中显示的 6 位数字" inputMode="numeric" autoComplete="one-time-code" required />
              <SubmitButton pendingText="验证中…">启用动态口令</SubmitButton>
            </ActionForm>
          </>
        ) : (
          <>
            <p className="mb-3 text-sm text-green-800">已启用。登录时需要输入验证器应用中的动态口令。</p>
            {user.role === "admin" ? (
              <p className="text-sm text-gray-600">管理员必须保持动态口令开启。更换手机时，请另一位管理员在“用户”页重置。</p>
            ) : (
              <ActionForm action={disableTotpAction} label="关闭动态口令">
                <TextField name="currentPassword" type="password" label="当前密码" autoComplete="current-password" required />
                <TextField name="code" label="动态口令" inputMode="numeric" autoComplete="one-time-code" required />
                <SubmitButton variant="danger" confirm="关闭后登录只需密码，确定关闭动态口令吗？">
                  关闭动态口令
                </SubmitButton>
              </ActionForm>
            )}
          </>
        )}
      </Panel>

      <Panel id="password-heading" title="修改密码">
        <ActionForm action={changePassword} label="修改密码">
          <TextField name="currentPassword" type="password" label="当前密码" autoComplete="current-password" required />
          <TextField name="newPassword" type="password" label="新密码" hint={`至少 ${PASSWORD_MIN_LENGTH} 个字符；不能是常见密码，也不能包含邮箱用户名。建议用一句好记的话。`} autoComplete="new-password" required />
          <TextField name="confirmPassword" type="password" label="再次输入新密码" autoComplete="new-password" required />
          <SubmitButton pendingText="保存中…">修改密码</SubmitButton>
          <p className="mt-2 text-xs text-gray-500">修改后所有设备上的登录都会失效，需要用新密码重新登录。</p>
        </ActionForm>
      </Panel>

      <Panel id="sessions-heading" title="登录设备">
        <p className="mb-3 text-sm text-gray-700">如果在别人的电脑上登录过，或怀疑密码泄露，可以让所有设备（包括本机）上的登录立即失效。</p>
        <form action={signOutEverywhere}>
          <SubmitButton variant="secondary" confirm="确定在所有设备上退出登录吗？">
            退出所有设备
          </SubmitButton>
        </form>
      </Panel>
    </>
  );
}
