import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { enhanceScriptSrc } from "@/lib/http-cache/enhance-asset";
import type { Preferences } from "@/lib/i18n/preferences";

/** What every public page has around its content: header (navigation, search box), main, footer, enhance.js. */
export function PublicChrome({ preferences, children }: { preferences: Preferences; children: ReactNode }) {
  return (
    <>
      <SiteHeader preferences={preferences} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter preferences={preferences} />
      {/* the public pages' only script in production: the caching front removes the App Router runtime (lib/http-cache/islands.ts) */}
      <script src={enhanceScriptSrc()} defer />
    </>
  );
}
