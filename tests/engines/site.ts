import { readFile, stat } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { extname, join, normalize } from "node:path";
import { ERROR_RECORDER } from "./error-recorder";
import { PAUSE_FIREFLIES } from "../pause-fireflies";

// The production build served as a plain static host serves it (`/anime/hal` from
// `anime/hal.html`, `404.html` with status 404), one server per test so that a test can
// hold a file back or take the whole site offline without touching the others.
//
// Every HTML page gets one small inline script as the first child of <head>, before the
// page's own security policy (which applies only to what follows it): it records errors
// where the test can read them, since WebDriver classic (WebKit) has no console channel.

// ENGINES_DIST serves another build (say, the last release, to compare).
const DIST = process.env.ENGINES_DIST ?? join(import.meta.dirname, "../../dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

export type SiteOptions = {
  /** Requests whose path matches are answered only once the test calls `release()`. */
  hold?: { path: RegExp };
  /** Plain JavaScript run before anything else on every page, e.g. to remove an API. */
  beforePage?: string;
};

export type Site = {
  readonly origin: string;
  /** Answers the requests `hold` kept back, and every later one at once. */
  release(): void;
  /** Stops answering: every request from now on fails, as when the network is gone. */
  close(): Promise<void>;
};

async function findFile(pathname: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  for (const candidate of [clean, `${clean}.html`, join(clean, "index.html")]) {
    const file = join(DIST, candidate);
    if (!file.startsWith(DIST)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}

function withRecorder(html: string, beforePage: string | undefined): string {
  const scripts = `<script>${ERROR_RECORDER}${PAUSE_FIREFLIES}${beforePage ?? ""}</script>`;
  return html.replace(/<head>/i, `<head>${scripts}`);
}

async function send(response: ServerResponse, file: string, status: number, options: SiteOptions) {
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const body = await readFile(file);
  const isHtml = type.startsWith("text/html");
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache" });
  response.end(isHtml ? withRecorder(body.toString("utf8"), options.beforePage) : body);
}

export async function startSite(options: SiteOptions = {}): Promise<Site> {
  const sockets = new Set<Socket>();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    void (async () => {
      if (options.hold?.path.test(pathname)) {
        await released;
      }
      const file = await findFile(pathname);
      if (file) await send(response, file, 200, options);
      else await send(response, join(DIST, "404.html"), 404, options);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // Port 0: the system picks a free one. Firefox refuses some well-known ports; it
  // picks from the ephemeral range, which Firefox allows.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    release,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
