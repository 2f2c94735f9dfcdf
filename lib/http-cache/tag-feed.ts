import pg from "pg";
import { invalidateHttpCache } from "./signal";

/**
 * Carries revalidations between app nodes to every node's caching front. lib/cache's shared Next.js
 * cache records the time of every revalidated tag in "NextCacheTag" (PostgreSQL); each front reads the
 * rows that changed every `intervalMs` and purges what they name, so a publish on node A reaches the
 * front of node B within one interval. Rows are read with a look-back window, since commits can land
 * out of clock order, and each (tag, time) is applied once.
 */
export type TagFeed = { stop: () => Promise<void> };

const LOOK_BACK_MS = 5_000;

export function startTagFeed(databaseUrl: string, intervalMs = 250, warn: (message: string) => void = () => {}): TagFeed {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const applied = new Map<string, number>();
  let watermark: number | undefined;
  let stopped = false;
  let warned = false;
  let timer: NodeJS.Timeout | undefined;

  async function poll() {
    try {
      if (watermark === undefined) {
        // What was revalidated before this node started is already in what it renders: remember, do not purge.
        const { rows } = await pool.query<{ tag: string; at: string }>(
          `SELECT "tag", "revalidatedAt"::text AS at FROM "NextCacheTag"
           WHERE "revalidatedAt" > (SELECT coalesce(max("revalidatedAt"), 0) FROM "NextCacheTag") - $1::bigint`,
          [String(LOOK_BACK_MS)],
        );
        watermark = Math.max(0, ...rows.map((row) => Number(row.at)));
        for (const row of rows) applied.set(row.tag, Number(row.at));
        return;
      }
      const { rows } = await pool.query<{ tag: string; at: string }>(
        `SELECT "tag", "revalidatedAt"::text AS at FROM "NextCacheTag" WHERE "revalidatedAt" > $1::bigint`,
        [String(watermark - LOOK_BACK_MS)],
      );
      const fresh: string[] = [];
      for (const row of rows) {
        const at = Number(row.at);
        if (applied.get(row.tag) === at) continue;
        applied.set(row.tag, at);
        fresh.push(row.tag);
        watermark = Math.max(watermark, at);
      }
      if (fresh.length) invalidateHttpCache(fresh);
      for (const [tag, at] of applied) if (at < watermark - 2 * LOOK_BACK_MS) applied.delete(tag);
      warned = false;
    } catch (error) {
      if (!warned) warn(`caching front: cannot read revalidations from PostgreSQL (${error instanceof Error ? error.message : String(error)})`);
      warned = true;
    }
  }

  const loop = async () => {
    await poll();
    if (!stopped) timer = setTimeout(loop, intervalMs).unref();
  };
  void loop();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await pool.end();
    },
  };
}
