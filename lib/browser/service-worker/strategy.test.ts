import { describe, expect, it } from "vitest";
import { cacheName, pageCacheOrder, precacheUrls, routeFor, staleCaches, storesResponse } from "./strategy";

const ORIGIN = "https://course.example";
const at = (path: string, origin = ORIGIN) => new URL(path, origin);

describe("the service worker's strategy", () => {
  it("a deploy's cache is named after its version, and only other deploys' caches are stale", () => {
    expect(cacheName("abc123")).toBe("stagecraft-abc123");
    expect(staleCaches(["stagecraft-old", "stagecraft-abc123", "someone-else"], "stagecraft-abc123")).toEqual(["stagecraft-old"]);
  });

  it("offline, a page comes from the newest deploy's cache first (caches.keys() lists them oldest first)", () => {
    expect(pageCacheOrder(["stagecraft-deploy1", "someone-else", "stagecraft-deploy2"])).toEqual(["stagecraft-deploy2", "stagecraft-deploy1"]);
    expect(pageCacheOrder(["someone-else"])).toEqual([]);
  });

  it("hashed build assets come from the cache first, pages from the network first", () => {
    expect(routeFor("GET", at("/_next/static/chunks/a1b2.js"), ORIGIN)).toBe("cache-first");
    expect(routeFor("GET", at("/lessons/why-multi-stage/"), ORIGIN)).toBe("network-first");
    expect(routeFor("GET", at("/lessons/why-multi-stage/index.txt?_rsc=x"), ORIGIN)).toBe("network-first");
  });

  it("other origins and other methods are left to the browser", () => {
    expect(routeFor("GET", at("/x.js", "https://cdn.example"), ORIGIN)).toBe("ignore");
    expect(routeFor("POST", at("/lessons/"), ORIGIN)).toBe("ignore");
  });

  it("only successful pages and RSC payloads are copied into the cache", () => {
    expect(storesResponse(true, "navigate", "/rules/")).toBe(true);
    expect(storesResponse(true, "cors", "/lessons/why-multi-stage/index.txt")).toBe(true);
    expect(storesResponse(false, "navigate", "/rules/")).toBe(false);
    expect(storesResponse(true, "cors", "/_next/static/chunks/a.js")).toBe(false);
  });

  it("precaches every built file but the 404 folder, the not-found route and source maps, sorted", () => {
    expect(precacheUrls(["/rules/", "/404/", "/_not-found/", "/a.js.map", "/", "/404.html"])).toEqual(["/", "/404.html", "/rules/"]);
  });
});
