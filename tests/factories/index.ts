import { blocksFromText } from "@/lib/content/blocks";
import { articleSlug, slugify } from "@/lib/content/slug";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;
const next = () => (sequence += 1);

export async function createArticle(overrides: Partial<Prisma.ArticleUncheckedCreateInput> = {}) {
  const n = next();
  const title = overrides.title ?? `测试资讯第${n}篇：开发区项目签约`;
  const publishedAt = overrides.publishedAt === undefined ? new Date(Date.UTC(2025, 0, n)) : overrides.publishedAt;
  return db().article.create({
    data: {
      kind: "news",
      status: "published",
      title,
      slug: articleSlug(`${title}-${n}`, publishedAt ? new Date(publishedAt) : null),
      body: blocksFromText(`第${n}篇正文第一段。\n\n第二段，介绍园区招商引资进展。`),
      publishedAt,
      ...overrides,
    },
  });
}

export async function createZone(overrides: Partial<Prisma.ZoneUncheckedCreateInput> = {}) {
  const n = next();
  const name = overrides.name ?? `测试经济技术开发区${n}`;
  return db().zone.create({
    data: {
      status: "published",
      name,
      slug: `${slugify(name)}-${n}`,
      level: "national_etdz",
      province: "天津市",
      industries: ["汽车", "生物医药"],
      ...overrides,
    },
  });
}

/** A user with a known password (hashing is the slow part: pass `passwordHash` to reuse one). */
export async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> & { password?: string } = {}) {
  const n = next();
  const { password = "Factory-Passphrase-2026", ...data } = overrides;
  const { hashPassword } = await import("@/lib/auth/password");
  return db().user.create({
    data: { email: `user${n}@example.cn`, name: `测试用户${n}`, role: "editor", passwordHash: data.passwordHash ?? (await hashPassword(password)), ...data },
  });
}
