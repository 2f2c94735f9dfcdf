import { describe, expect, it } from "vitest";
import { describeSignInError, loginNoticeText, SIGN_IN_ERROR } from "@/lib/auth/sign-in-messages";

describe("sign-in messages", () => {
  it("never says which part of the credentials was wrong", () => {
    expect(describeSignInError(SIGN_IN_ERROR.invalid)).toEqual({ kind: "invalid", message: "邮箱、密码或动态口令不正确" });
  });

  it("asks for the second factor when the password was right", () => {
    expect(describeSignInError(SIGN_IN_ERROR.totpRequired)?.kind).toBe("totp_required");
  });

  it("tells a throttled person how long to wait, rounded up", () => {
    expect(describeSignInError(`${SIGN_IN_ERROR.throttledPrefix}61`)?.message).toBe("尝试次数过多，请 2 分钟后再试");
    expect(describeSignInError(`${SIGN_IN_ERROR.throttledPrefix}30`)?.message).toBe("尝试次数过多，请 30 秒后再试");
    expect(describeSignInError(`${SIGN_IN_ERROR.throttledPrefix}abc`)?.message).toBe("尝试次数过多，请 一段时间后再试");
  });

  it("shows a generic message for anything else and nothing without an error", () => {
    expect(describeSignInError("Callback")?.kind).toBe("error");
    expect(describeSignInError(undefined)).toBeNull();
    expect(describeSignInError("")).toBeNull();
  });

  it("shows only known notices", () => {
    expect(loginNoticeText("password_changed")).toBe("密码已修改，请用新密码重新登录。");
    expect(loginNoticeText("toString")).toBeNull();
    expect(loginNoticeText("<script>")).toBeNull();
    expect(loginNoticeText(undefined)).toBeNull();
  });
});
