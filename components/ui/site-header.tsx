import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex min-h-14 max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-bold text-text no-underline">
          <svg aria-hidden="true" width="26" height="26" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="#1d4ed8" />
            <rect x="6" y="19" width="20" height="6" rx="1.5" fill="#fff" />
            <rect x="9" y="12" width="14" height="5" rx="1.5" fill="#bfdbfe" />
            <rect x="12" y="6" width="8" height="4" rx="1.5" fill="#93c5fd" />
          </svg>
          <span className="text-lg tracking-tight">Stagecraft</span>
        </Link>
        <nav aria-label="Site">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm font-medium">
            <li>
              <Link href="/" prefetch={false} className="text-muted hover:text-text">
                Course
              </Link>
            </li>
            <li>
              {/* No prefetch: the playground's editor code must not load with every page. */}
              <Link href="/playground/" prefetch={false} className="text-muted hover:text-text">
                Playground
              </Link>
            </li>
            <li>
              <Link href="/rules/" prefetch={false} className="text-muted hover:text-text">
                Rules
              </Link>
            </li>
            <li>
              <ThemeToggle />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
