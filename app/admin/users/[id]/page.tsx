import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextField } from "@/components/admin/field";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { Panel } from "@/components/admin/panel";
import { SubmitButton } from "@/components/admin/submit-button";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { changeRole, resetPassword, resetTotp, setStatus } from "@/lib/users/actions";
import { getUser } from "@/lib/users/queries";
import { USER_ROLES } from "@/lib/users/schema";

export const metadata: Metadata = { title: "用户详情" };


/** One account: role, enable/disable, password and second-factor resets. Each form's action re-checks user.manage. */
export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("user.manage", `/admin/users/${encodeURIComponent(id)}`);
  const user = await getUser(id);
  if (!user) notFound();
  const isSelf = user.id === actor.id;
  return (
    <>
      <PageHeader
        title={user.name}
        description={`${user.email} · ${ROLE_LABELS[user.role]} · ${user.status === "active" ? "启用" : "已停用"} · 创建于 ${formatChineseDate(user.createdAt)}`}
        breadcrumbs={[{ href: "/admin/users", label: "用户" }]}
      />
      {isSelf ? (
        <Notice tone="info" className="mb-6 max-w-xl">
          这是您自己的账号：不能停用自己，也不能修改自己的角色。修改密码和动态口令请到“账户”页。
        </Notice>
      ) : null}

      <Panel id="role-heading" title="角色">
        <ActionForm action={changeRole} successMessage="角色已修改，该用户需要重新登录" label="修改角色">
          <input type="hidden" name="userId" value={user.id} />
          <SelectField name="role" label="角色" options={USER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} defaultValue={user.role} disabled={isSelf} />
          <SubmitButton disabled={isSelf}>修改角色</SubmitButton>
        </ActionForm>
      </Panel>

      <Panel id="status-heading" title="账号状态">
        <ActionForm action={setStatus} label="账号状态">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="status" value={user.status === "active" ? "disabled" : "active"} />
          <p className="mb-3 text-sm text-gray-700">{user.status === "active" ? "停用后该用户立即无法登录，已打开的页面在下一次操作时失效。" : "该账号已停用。"}</p>
          {user.status === "active" ? (
            <SubmitButton variant="danger" disabled={isSelf} confirm={`确定停用 ${user.name} 的账号吗？`}>
              停用账号
            </SubmitButton>
          ) : (
            <SubmitButton>启用账号</SubmitButton>
          )}
        </ActionForm>
      </Panel>

      {isSelf ? null : (
        <>
          <Panel id="password-heading" title="重置密码">
            <ActionForm action={resetPassword} successMessage="密码已重置，请通过安全渠道告知本人" resetOnSuccess label="重置密码">
              <input type="hidden" name="userId" value={user.id} />
              <TextField name="password" type="password" label="新密码" required autoComplete="new-password" hint={`至少 ${PASSWORD_MIN_LENGTH} 个字符，不能是常见密码。`} />
              <SubmitButton variant="secondary">重置密码</SubmitButton>
            </ActionForm>
          </Panel>
          <Panel id="totp-heading" title="动态口令">
            <p className="mb-3 text-sm text-gray-700">{user.hasTotp ? "已启用。手机丢失时可重置，本人下次登录后重新绑定。" : "未启用。"}</p>
            {user.hasTotp ? (
              <ActionForm action={resetTotp} successMessage="动态口令已重置" label="重置动态口令">
                <input type="hidden" name="userId" value={user.id} />
                <SubmitButton variant="secondary" confirm="确定重置该用户的动态口令吗？">
                  重置动态口令
                </SubmitButton>
              </ActionForm>
            ) : null}
          </Panel>
        </>
      )}
    </>
  );
}
