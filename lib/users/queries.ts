import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";
import type { UserListFilter } from "./schema";

/** A user as the admin lists show them: never the password hash or the TOTP seed. */
export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  hasTotp: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
};

const summarySelect = { id: true, email: true, name: true, role: true, status: true, totpSecret: true, lastLoginAt: true, createdAt: true } satisfies Prisma.UserSelect;

function toSummary({ totpSecret, ...user }: Prisma.UserGetPayload<{ select: typeof summarySelect }>): UserSummary {
  return { ...user, hasTotp: totpSecret !== null };
}

export async function listUsers(filter: UserListFilter = {}): Promise<UserSummary[]> {
  const where: Prisma.UserWhereInput = {
    role: filter.role,
    status: filter.status,
    ...(filter.q ? { OR: [{ email: { contains: filter.q, mode: "insensitive" } }, { name: { contains: filter.q, mode: "insensitive" } }] } : {}),
  };
  const users = await db().user.findMany({ where, select: summarySelect, orderBy: [{ status: "asc" }, { role: "asc" }, { email: "asc" }] });
  return users.map(toSummary);
}

export async function getUser(id: string): Promise<UserSummary | null> {
  const user = await db().user.findUnique({ where: { id }, select: summarySelect });
  return user ? toSummary(user) : null;
}

/** People an item can be assigned to or filtered by (audit actor filter, inquiry assignee …). */
export async function listUserNames(): Promise<Array<{ id: string; name: string; email: string }>> {
  return db().user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}
