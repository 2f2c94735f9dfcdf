import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { adminPaths } from "@/components/admin/admin-paths";
import { Badge } from "@/components/admin/badge";
import { DataTable, type Column } from "@/components/admin/data-table";
import { SelectField, TextField } from "@/components/admin/field";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { PageHeader } from "@/components/admin/page-header";
import { firstValue, type QueryValues } from "@/components/admin/query-string";
import { SubmitButton } from "@/components/admin/submit-button";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { createUser } from "@/lib/users/actions";
import { listUsers, type UserSummary } from "@/lib/users/queries";
import { USER_ROLES, userListFilterSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "用户" };

const ROLE_OPTIONS = USER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const STATUS_OPTIONS = [
  { value: "active", label: "启用" },
  { value: "disabled", label: "已停用" },
];

const columns: Column<UserSummary>[] = [
  {
    key: "name",
    header: "姓名",
    isRowHeader: true,
    cell: (user) => (
      <Link href={adminPaths.user(user.id)} className="font-medium text-brand-700 hover:underline">
        {user.name}
      </Link>
    ),
  },
  { key: "email", header: "邮箱", cell: (user) => user.email },
  { key: "role", header: "角色", cell: (user) => ROLE_LABELS[user.role] },
  { key: "status", header: "状态", cell: (user) => (user.status === "active" ? <Badge tone="green">启用</Badge> : <Badge tone="red">已停用</Badge>) },
  { key: "totp", header: "动态口令", cell: (user) => (user.hasTotp ? "已启用" : "未启用") },
  { key: "lastLogin", header: "最近登录", cell: (user) => formatChineseDate(user.lastLoginAt) || "从未", className: "hidden md:table-cell" },
];

/** 用户 (admins only): who may sign in, with which role; creating an account sets its first password. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  await requirePagePermission("user.manage", "/admin/users");
  const query = await searchParams;
  const filter = userListFilterSchema.parse({ role: firstValue(query.role), status: firstValue(query.status), q: firstValue(query.q) });
  const users = await listUsers(filter);
  return (
    <>
      <PageHeader title="用户" description="创建账号、调整角色或停用账号。停用和调整角色会让该用户所有设备上的登录立即失效。" />
      <FilterBar action="/admin/users">
        <FilterInput name="q" label="姓名或邮箱" type="search" defaultValue={filter.q} />
        <FilterInput name="role" label="角色" options={ROLE_OPTIONS} defaultValue={filter.role} />
        <FilterInput name="status" label="状态" options={STATUS_OPTIONS} defaultValue={filter.status} />
      </FilterBar>
      <DataTable caption="用户列表" columns={columns} rows={users} rowKey={(user) => user.id} empty="没有符合条件的用户" />

      <section aria-labelledby="create-user-heading" className="mt-8 max-w-xl rounded-md border border-gray-200 bg-white p-5">
        <h2 id="create-user-heading" className="mb-3 text-lg font-semibold text-gray-900">
          新建用户
        </h2>
        <ActionForm action={createUser} successMessage="已创建账号。请当面或通过安全渠道告知初始密码。" resetOnSuccess label="新建用户">
          <TextField name="name" label="姓名" required autoComplete="off" />
          <TextField name="email" type="email" label="邮箱" required autoComplete="off" />
          <SelectField name="role" label="角色" options={ROLE_OPTIONS} defaultValue="editor" required hint="审核员：审核稿件和投稿，不能发布；编辑：撰写、发布；管理员：另可管理用户和查看审计日志（须启用动态口令）。" />
          <TextField name="password" type="password" label="初始密码" required autoComplete="new-password" hint={`至少 ${PASSWORD_MIN_LENGTH} 个字符，不能是常见密码。`} />
          <SubmitButton pendingText="创建中…">创建账号</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
