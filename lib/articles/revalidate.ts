import { revalidatePath } from "next/cache";

/**
 * Drops cached public pages after a server action published, unpublished or edited live content.
 * Called from server actions only (a request context); the scheduler's changes show once the cached
 * entries expire. When lib/content/cache.ts (revalidateContent, tag-based) lands on main this becomes
 * a call to it.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
}
