import type { ReactNode } from "react";
import { PublicChrome } from "@/components/layout/public-chrome";
import { getPreferences } from "@/lib/i18n/preferences";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicChrome preferences={await getPreferences()}>{children}</PublicChrome>;
}
