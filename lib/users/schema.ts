import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";

/** User management forms (admin only). The password policy is applied in manage.ts, where the email is known. */
export const USER_ROLES = ["admin", "editor", "reviewer"] as const;
export const USER_STATUSES = ["active", "disabled"] as const;

export const userEmailSchema = z.string().trim().toLowerCase().pipe(z.email("请输入有效的邮箱地址").max(200, "邮箱太长"));
export const userNameSchema = z.string().trim().min(1, "请填写姓名").max(50, "姓名不超过 50 个字");
export const userRoleSchema = z.enum(USER_ROLES, { error: "请选择角色" });
export const userPasswordSchema = z.string().min(1, "请设置初始密码").max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);
const userId = z.string().trim().min(1).max(40);

export const createUserSchema = z.object({
  email: userEmailSchema,
  name: userNameSchema,
  role: userRoleSchema,
  password: userPasswordSchema,
});

export const changeUserRoleSchema = z.object({ userId, role: userRoleSchema });
export const setUserStatusSchema = z.object({ userId, status: z.enum(USER_STATUSES) });
export const resetUserPasswordSchema = z.object({ userId, password: userPasswordSchema });
export const userIdSchema = z.object({ userId });

export const userListFilterSchema = z.object({
  role: userRoleSchema.optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UserListFilter = z.infer<typeof userListFilterSchema>;
