import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, isGuessable, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(checkPasswordPolicy("西青开发区 晨跑 7 公里", { email: "editor@example.com" })).toEqual([]);
    expect(checkPasswordPolicy("Correct-Horse-Battery-9")).toEqual([]);
  });

  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters, counting characters not bytes`, () => {
    expect(checkPasswordPolicy("短密码但是有十一字")[0]).toMatch(/至少需要 12 个字符（当前 9 个）/);
    expect(checkPasswordPolicy("开发区资讯门户的编辑密码")).toEqual([]);
  });

  it("refuses common passwords, padded ones, repetitions and keyboard runs", () => {
    for (const password of ["password123456", "Password2025!!", "123woaini1314", "aaaaaaaaaaaa", "abcabcabcabc", "1234567890123", "qwertyuiopas", "987654321098"]) {
      expect(isGuessable(password), password).toBe(true);
    }
  });

  it("refuses the mailbox name inside the password", () => {
    expect(checkPasswordPolicy("zhangwei-开发区-2026", { email: "zhangwei@example.cn" })).toContain("密码不能包含邮箱用户名");
  });
});
