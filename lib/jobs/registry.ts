import { pruneRateLimits } from "@/lib/rate-limit/limiter";
import type { Job } from "./runner";

/** Every background job of the portal, in one list. Started with the server and by `npm run worker`. */
export function portalJobs(): Job[] {
  return [
    {
      name: "prune-rate-limits",
      intervalMs: 10 * 60_000,
      run: (now) => pruneRateLimits(new Date(now.getTime() - 24 * 60 * 60_000)),
    },
  ];
}
