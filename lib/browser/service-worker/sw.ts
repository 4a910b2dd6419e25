/**
 * The course's service worker, bundled into out/sw.js by scripts/postbuild.ts, which injects
 * the deploy's version and the list of files to precache. The decisions live in ./strategy.
 */
import { cacheName, pageCacheOrder, routeFor, staleCaches, storesResponse } from "./strategy";

/** Injected at build time (esbuild `define`). */
declare const __SW_VERSION__: string;
declare const __SW_PRECACHE__: string[];

/** The parts of the service-worker API this file uses (the DOM and webworker libs do not mix in one program). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  readonly navigator: { readonly onLine: boolean };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const CACHE = cacheName(__SW_VERSION__);

// Precache from the network, not the HTTP cache, so a host's max-age cannot put the
// previous deploy's pages into the new cache.
scope.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(__SW_PRECACHE__.map((url) => new Request(url, { cache: "reload" })))));
});

// A new deploy's worker activates only once no tab of the previous one is open (no
// skipWaiting), so claiming takes over only tabs no worker controls: the tab of a first
// visit, whose lazily loaded chunks then come from the precache even after a deploy has
// removed them from the host.
scope.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(staleCaches(keys, CACHE).map((k) => caches.delete(k))))
      .then(() => scope.clients.claim()),
  );
});

/**
 * A cached file served for a URL with a query (the editor's worker is loaded as
 * ".../turbopack-worker-*.js?params=...") must keep the requested URL: a worker reads its
 * bootstrap parameters from its own location, which would otherwise be the cached URL.
 */
function keepUrl(request: Request, hit: Response | undefined): Response | undefined {
  return hit && hit.url !== request.url ? new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers }) : hit;
}

const MATCH = { ignoreSearch: true, ignoreVary: true } as const;

/** A hashed build asset, from whichever deploy's cache holds it (a name is never reused for other content). */
function fromCache(request: Request): Promise<Response | undefined> {
  return caches.match(request, MATCH).then((hit) => keepUrl(request, hit));
}

/** A page or data file, from the newest deploy's cache that holds it (see pageCacheOrder). */
async function pageFromCache(request: Request): Promise<Response | undefined> {
  for (const key of pageCacheOrder(await caches.keys())) {
    const hit = await (await caches.open(key)).match(request, MATCH);
    if (hit) return keepUrl(request, hit);
  }
  return undefined;
}

scope.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const route = routeFor(request.method, url, scope.location.origin);
  if (route === "ignore") return;
  if (route === "cache-first") {
    event.respondWith(fromCache(request).then((hit) => hit ?? fetch(request)));
    return;
  }
  // Offline: the cache (the 404 page for a page it lacks), and at once when the browser
  // knows it is offline, so nothing waits or logs a failure.
  const offline = () =>
    pageFromCache(request)
      .then((hit) => hit ?? (request.mode === "navigate" ? pageFromCache(new Request("/404.html")) : undefined))
      .then((hit) => hit ?? Response.error());
  if (scope.navigator.onLine === false) {
    event.respondWith(offline());
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (storesResponse(response.ok, request.mode, url.pathname)) {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(offline),
  );
});
