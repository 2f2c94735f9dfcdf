import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/content/site";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/preferences", "/views/", "/zones/compare"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
