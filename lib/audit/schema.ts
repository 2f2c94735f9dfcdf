import { z } from "zod";
import { ENTITY_TYPE_LABELS } from "./labels";

/** Filters of the audit log, shared by the page and the CSV route (both read them from the URL). */
const ENTITY_TYPES = Object.keys(ENTITY_TYPE_LABELS) as [keyof typeof ENTITY_TYPE_LABELS, ...(keyof typeof ENTITY_TYPE_LABELS)[]];
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).regex(/^[a-z_.]+$/).optional().catch(undefined),
  entityType: z.enum(ENTITY_TYPES).optional().catch(undefined),
  entityId: z.string().trim().max(40).optional().catch(undefined),
  actorId: z.string().trim().max(40).optional().catch(undefined),
  /** YYYY-MM-DD, Beijing calendar days, both inclusive */
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filter from a URL's query (a page's searchParams or a route handler's URLSearchParams). */
export function auditFilterFromQuery(get: (name: string) => string | undefined): AuditFilter {
  const value = (name: string) => get(name)?.trim() || undefined;
  return auditFilterSchema.parse({ action: value("action"), entityType: value("entityType"), entityId: value("entityId"), actorId: value("actorId"), from: value("from"), to: value("to") });
}
