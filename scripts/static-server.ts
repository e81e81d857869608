/**
 * A tiny static file server for the demo pages and the end-to-end fixtures.
 *
 * No dependency on purpose: it serves a few local folders on 127.0.0.1 to our own browser and
 * nothing else. Each mount maps a URL prefix (e.g. `/demo/`) to a folder. Paths are decoded,
 * normalised and checked to stay inside their folder, so `..` or an encoded `%2e%2e` can never
 * reach another file on the machine.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Content types for the files we serve; anything else is sent as bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** URL prefix (starting and ending with `/`) mapped to a folder on disk. */
  mounts: Readonly<Record<string, string>>;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; only loopback by default so nothing outside the machine can connect. */
  host?: string;
  /** Where `/` redirects to, e.g. `/demo/`. */
  rootRedirect?: string;
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:43817`. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Content type for a file name, by extension. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file inside one of the mounts, or `undefined` when it matches no mount
 * or tries to leave its folder. Directory requests get their `index.html` later, in the handler.
 */
export function resolveRequestPath(mounts: Readonly<Record<string, string>>, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined; // Malformed percent-encoding.
  }
  if (decoded.includes('\0')) return undefined;
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const root = resolve(folder);
    const target = resolve(root, `.${sep}${decoded.slice(prefix.length)}`);
    const inside = relative(root, target);
    if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return target;
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(body);
}

async function handle(options: StaticServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    return;
  }
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/' && options.rootRedirect) {
    send(response, 302, 'Found', { location: options.rootRedirect });
    return;
  }
  // `/demo` without the slash: redirect so relative links in the page resolve inside the mount.
  const bareMount = Object.keys(options.mounts).find((prefix) => `${path}/` === prefix);
  if (bareMount) {
    send(response, 301, 'Moved', { location: bareMount });
    return;
  }
  let file = resolveRequestPath(options.mounts, path);
  if (!file) {
    send(response, 404, 'Not found');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = resolve(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    send(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': contentTypeFor(file),
    'content-length': String(info.size),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** Starts the server and resolves once it listens. */
export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(options, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  // A browser that closes a connection mid-response resets the socket (ECONNRESET): that is the
  // client leaving, not a server error, and must never become an uncaught exception in a test run.
  server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolveStart({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}
