import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { ServiceWorkerRegistration } from "@/components/ui/service-worker";
import { THEME_SCRIPT } from "@/lib/browser/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stagecraft: learn Docker multi-stage builds", template: "%s · Stagecraft" },
  description: "Learn Docker multi-stage builds by editing them: lessons, an editable Dockerfile with annotations, and a diff of single-stage and multi-stage builds.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets data-theme on <html> before first paint, so React must not mind it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
