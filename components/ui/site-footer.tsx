export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          Stagecraft is free software under the GPL-3.0. The course&apos;s worked example comes from E. Teiniker&apos;s
          multi-stage tutorial (2025, GPL-3.0). No image is built on this site: sizes are the ones the course
          measured, and say so.
        </p>
      </div>
    </footer>
  );
}
