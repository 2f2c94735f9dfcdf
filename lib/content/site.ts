import { env } from "@/lib/env";

/** Absolute URL on the public site (canonical links, feeds, sitemap, share links). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

export const SITE_NAME = "开发区资讯门户";
