import type { Editor } from "@/lib/articles/editing";
import type { ArticleFormInput } from "@/lib/articles/schema";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

let sequence = 0;

/** A user of the given role, as the editorial functions receive it (no password: they never sign in here). */
export async function createEditor(role: Role, name = `${role}-${(sequence += 1)}`): Promise<Editor> {
  const user = await db().user.create({ data: { email: `${name}-${sequence}@example.test`, name, role, passwordHash: "not-a-real-hash" } });
  return { id: user.id, role: user.role, name: user.name };
}

/** The editor's form input for a complete news article (passes every pre-publish check). */
export function articleInput(overrides: Partial<ArticleFormInput> = {}): ArticleFormInput {
  sequence += 1;
  return {
    kind: "news",
    title: `经开区项目集中签约第${sequence}场`,
    slug: null,
    summary: null,
    body: "## 签约情况\n\n本次共签约项目 12 个，总投资 300 亿元。",
    source: "经开区管委会",
    author: null,
    region: "天津",
    publishedAt: new Date("2026-11-20T00:00:00Z"),
    docNumber: null,
    issuer: null,
    writtenAt: null,
    indexNumber: null,
    comment: null,
    ...overrides,
  };
}
