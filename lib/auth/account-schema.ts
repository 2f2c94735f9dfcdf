import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-policy";

/** Forms of the 账号 page (one's own account). The password policy itself is applied where the email is known. */
const password = z.string().max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);

export const totpCodeSchema = z
  .string()
  .trim()
  .min(1, "请输入动态口令")
  .max(20, "动态口令为 6 位数字");

export const changePasswordSchema = z
  .object({
    currentPassword: password.min(1, "请输入当前密码"),
    newPassword: password.min(1, "请输入新密码"),
    confirmPassword: password.min(1, "请再次输入新密码"),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "新密码不能与当前密码相同" });

export const enableTotpSchema = z.object({
  enrolment: z.string().min(1, "请刷新页面后重试").max(2000),
  code: totpCodeSchema,
});

export const disableTotpSchema = z.object({
  currentPassword: password.min(1, "请输入当前密码"),
  code: totpCodeSchema,
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
