// `npm run user:create -- --email a@b.cn --role admin [--name 张三] [--password-stdin]`: creates an account
// (the first administrator of a new installation). Asks for the password twice without echo, or reads it
// from stdin with --password-stdin; the password policy applies as everywhere else.
import { parseArgs } from "node:util";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { disconnectDatabase, adapterFactory } from "@/lib/db";
import { deployMigrations } from "@/lib/database/migrate";
import { createUserAccount } from "@/lib/users/manage";
import { createUserSchema } from "@/lib/users/schema";
import { fail, runMain } from "./lib/cli";

const USAGE = "usage: npm run user:create -- --email <邮箱> --role admin|editor|reviewer [--name <姓名>] [--password-stdin]";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  // One trailing newline is how `echo` and files end; anything else is part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Read a line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    let value = "";
    const onData = (text: string) => {
      for (const character of text) {
        if (character === "\r" || character === "\n") {
          input.setRawMode(false);
          input.pause();
          input.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (character === "\u0003") {
          input.setRawMode(false);
          reject(new Error("已取消"));
          return;
        }
        if (character === "\u007f" || character === "\b") value = [...value].slice(0, -1).join("");
        else value += character;
      }
    };
    input.on("data", onData);
  });
}

async function readPassword(email: string, fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) fail("没有终端可以输入密码：请用 --password-stdin 从标准输入传入密码");
  for (;;) {
    const password = await promptHidden("密码（至少 12 个字符）：");
    const problems = checkPasswordPolicy(password, { email });
    if (problems.length) {
      console.error(`  ✗ ${problems.join("；")}`);
      continue;
    }
    if ((await promptHidden("再次输入密码：")) === password) return password;
    console.error("  ✗ 两次输入的密码不一致");
  }
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } },
    strict: true,
  });
  if (!values.email || !values.role) fail(USAGE);
  const email = values.email.trim().toLowerCase();
  const password = await readPassword(email, values["password-stdin"] ?? false);
  const parsed = createUserSchema.safeParse({ email, role: values.role, name: values.name ?? email.split("@")[0], password });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("；"));
  const problems = checkPasswordPolicy(parsed.data.password, { email: parsed.data.email });
  if (problems.length) fail(`密码不符合要求：${problems.join("；")}`);
  try {
    await deployMigrations(adapterFactory());
    const user = await createUserAccount(parsed.data, null);
    console.log(`✓ 已创建账号 ${parsed.data.email}（${parsed.data.role}，ID ${user.id}）`);
    if (parsed.data.role === "admin") console.log("  管理员首次登录后须在“账户”页启用动态口令，之后才能使用其他管理功能。");
  } finally {
    await disconnectDatabase();
  }
}

await runMain(main);
