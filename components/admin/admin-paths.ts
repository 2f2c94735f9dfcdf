/** Where each thing is edited in the admin: one table, so lists, the dashboard and the audit log agree. */
export const adminPaths = {
  article: (id: string) => `/admin/articles/${encodeURIComponent(id)}`,
  bulletin: (id: string) => `/admin/bulletins/${encodeURIComponent(id)}`,
  zone: (id: string) => `/admin/zones/${encodeURIComponent(id)}`,
  contribution: (id: string) => `/admin/contributions/${encodeURIComponent(id)}`,
  inquiry: (id: string) => `/admin/inquiries/${encodeURIComponent(id)}`,
  user: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
} as const;

export type AdminEntity = keyof typeof adminPaths;

export function adminPathFor(entityType: string | null | undefined, id: string | null | undefined): string | undefined {
  if (!entityType || !id || !Object.hasOwn(adminPaths, entityType)) return undefined;
  return adminPaths[entityType as AdminEntity](id);
}
