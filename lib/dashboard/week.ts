const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Start of the current week — Monday 00:00 Beijing time — as an instant, whatever the server's zone. */
export function startOfChinaWeek(now: Date): Date {
  const beijing = new Date(now.getTime() + BEIJING_OFFSET_MS);
  const daysSinceMonday = (beijing.getUTCDay() + 6) % 7;
  const midnight = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate() - daysSinceMonday);
  return new Date(midnight - BEIJING_OFFSET_MS);
}
