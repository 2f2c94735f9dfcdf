import { formatIsoDay } from "@/lib/content/dates";

/** schema.org objects for JSON-LD, pure: the page passes absolute URLs in. */

export function newsArticleJsonLd(input: {
  url: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  updatedAt: Date;
  source: string | null;
  siteName: string;
  siteUrl: string;
}) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.title.slice(0, 110),
    description: input.description,
    mainEntityOfPage: input.url,
    url: input.url,
    inLanguage: "zh-CN",
    ...(input.publishedAt ? { datePublished: input.publishedAt.toISOString() } : {}),
    dateModified: input.updatedAt.toISOString(),
    ...(input.source ? { author: { "@type": "Organization", name: input.source } } : {}),
    publisher: { "@type": "Organization", name: input.siteName, url: input.siteUrl },
  };
}

export function zoneJsonLd(input: {
  url: string;
  name: string;
  alternateName: string[];
  description: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  approvedAt: Date | null;
  website: string | null;
  contacts: { phone?: string; email?: string; address?: string }[];
}) {
  const contact = input.contacts.find((item) => item.phone || item.email);
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    name: input.name,
    url: input.url,
    ...(input.alternateName.length ? { alternateName: input.alternateName } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.approvedAt ? { foundingDate: formatIsoDay(input.approvedAt) } : {}),
    ...(input.website ? { sameAs: input.website } : {}),
    address: {
      "@type": "PostalAddress",
      addressCountry: "CN",
      ...(input.province ? { addressRegion: input.province } : {}),
      ...(input.city || input.district ? { addressLocality: [input.city, input.district].filter(Boolean).join("") } : {}),
      ...(input.contacts.find((item) => item.address) ? { streetAddress: input.contacts.find((item) => item.address)?.address } : {}),
    },
    ...(contact ? { contactPoint: { "@type": "ContactPoint", contactType: "招商咨询", telephone: contact.phone, email: contact.email } } : {}),
  };
}
