/** What a tab shows when there is nothing to show. */
export const waiting = <p className="text-sm text-muted">Nothing to show while the analysis is paused or the build fails.</p>;
