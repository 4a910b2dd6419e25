/**
 * A static host for the deploy test: serves one of several built sites (deploys) from one
 * origin, compressed as `serve` and any real host compresses, and switches which one is live
 * when the test says so, the way an instructor's upload replaces the files on a host.
 *
 * Every file is sent `Cache-Control: no-cache` and without validators, as Netlify's default
 * (`max-age=0, must-revalidate`) effectively does: the browser's HTTP cache never answers on
 * its own, so what a tab gets after a switch is what the host and the service worker give it.
 * (A host sending long max-ages, or `serve`'s Last-Modified with heuristic freshness, lets the
 * HTTP cache hide a missing chunk for a while; the test must not depend on that luck.)
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".zip": "application/zip",
  ".ico": "image/x-icon",
  ".png": "image/png",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".txt", ".json", ".map", ".svg"]);

/** One request as the host answered it. */
export interface Served {
  path: string;
  status: number;
  /** The deploy that was live. */
  deploy: string;
}

export interface DeployServer {
  /** The origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Makes a deploy live: every request from now on is answered from its folder. */
  goLive(deploy: string): void;
  /** Every request answered so far, oldest first. */
  log: Served[];
  close(): Promise<void>;
}

/** Starts the host on a free loopback port with `deploys` (name → built folder); `live` is served first. */
export async function startDeployServer(deploys: Record<string, string>, live: string): Promise<DeployServer> {
  let current = live;
  const log: Served[] = [];
  const gzipped = new Map<string, Buffer>();

  function send(res: ServerResponse, file: string, status: number, gzip: boolean, head: boolean) {
    const ext = path.extname(file);
    res.setHeader("Content-Type", TYPES[ext] ?? "application/octet-stream");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Vary", "Accept-Encoding");
    if (gzip && COMPRESSIBLE.has(ext)) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(status, { "Content-Encoding": "gzip", "Content-Length": body.length });
      res.end(head ? undefined : body);
      return;
    }
    res.writeHead(status, { "Content-Length": statSync(file).size });
    if (head) res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    const root = deploys[current];
    const url = new URL(req.url ?? "/", "http://host");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = "/";
    }
    const head = req.method === "HEAD";
    if ((req.method !== "GET" && !head) || !root) {
      res.writeHead(405).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const file = path.join(root, path.normalize(pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    const record = (status: number) => log.push({ path: url.pathname, status, deploy: current });
    if (!file.startsWith(root + path.sep) && file !== root) {
      record(404);
      send(res, path.join(root, "404.html"), 404, gzip, head);
      return;
    }
    if (existsSync(file) && statSync(file).isFile()) {
      record(200);
      send(res, file, 200, gzip, head);
      return;
    }
    // A folder without its trailing slash, as `serve` does with trailingSlash exports.
    if (existsSync(path.join(file, "index.html"))) {
      record(301);
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    record(404);
    send(res, path.join(root, "404.html"), 404, gzip, head);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    goLive(deploy) {
      if (!deploys[deploy]) throw new Error(`no deploy named ${deploy}`);
      current = deploy;
    },
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
