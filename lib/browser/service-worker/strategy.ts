/**
 * What the course's service worker does with each request, as pure functions the worker
 * (./sw.ts) calls and the unit tests check. The worker precaches the whole course, so a
 * student who opened it once can open any lesson offline; its cache is named after a hash of
 * every file, so a new deploy installs a new cache.
 */

/** Every cache the course's worker makes starts with this. */
export const CACHE_PREFIX = "stagecraft-";

/** The cache of one deploy. */
export const cacheName = (version: string): string => `${CACHE_PREFIX}${version}`;

/**
 * Caches of earlier deploys, deleted when a new worker activates. That happens only once no
 * tab of the old deploy is open (no skipWaiting): an old tab keeps its worker and the old
 * cache, whose hashed chunks it still loads lazily, until it closes.
 */
export function staleCaches(keys: readonly string[], current: string): string[] {
  return keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== current);
}

/**
 * The course's caches, newest first, for answering a page offline. `keys` is in the order
 * `caches.keys()` gives, the order the caches were created in. While a tab of the old deploy
 * is open, both deploys' caches exist, and `caches.match` alone would search the oldest
 * first: offline, a student would be shown the previous deploy's lesson text although the
 * new one is already stored. A new deploy's cache has entries only once its precache has
 * completed (`addAll` stores all or nothing), so an empty newer cache just falls through.
 */
export function pageCacheOrder(keys: readonly string[]): string[] {
  return keys.filter((k) => k.startsWith(CACHE_PREFIX)).reverse();
}

/**
 * How a request is answered. `ignore`: not ours (another origin, or not a GET); `cache-first`:
 * a hashed build asset, which never changes; `network-first`: a page or data file, so a new
 * deploy shows at once while online and the cache answers offline.
 */
export type Route = "ignore" | "cache-first" | "network-first";

/** The route of a request by method, URL and the worker's own origin. */
export function routeFor(method: string, url: URL, origin: string): Route {
  if (method !== "GET" || url.origin !== origin) return "ignore";
  return url.pathname.startsWith("/_next/static/") ? "cache-first" : "network-first";
}

/** Whether a network answer is copied into the cache: pages, and the RSC payloads (`.txt`) client navigation reads. */
export function storesResponse(ok: boolean, mode: string, pathname: string): boolean {
  return ok && (mode === "navigate" || pathname.endsWith(".txt"));
}

/** The URLs to precache: every built file but the 404 page's own folder, Next's not-found route and source maps. */
export function precacheUrls(urls: readonly string[]): string[] {
  return urls.filter((u) => !u.endsWith("/404/") && !u.startsWith("/_not-found") && !u.endsWith(".map")).sort();
}
