/**
 * A proxy that refuses everything: Chromium is started with `--proxy-server` pointing here, so no
 * request from any part of the browser (pages, the extension, Chromium's own updater or sign-in
 * pings) can leave the test machine, from the very first millisecond of the launch.
 *
 * Chromium always bypasses proxies for loopback, so the local test server is reached directly.
 * Attribution (was it our extension?) is the network guard's job; this proxy only records what
 * tried to get out, for the report.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BlackholeProxy {
  /** `http://127.0.0.1:PORT`, for `--proxy-server`. */
  url: string;
  /** Every refused attempt, as `METHOD URL` or `CONNECT host:port`. */
  readonly refused: readonly string[];
  close: () => Promise<void>;
}

export function startBlackholeProxy(): Promise<BlackholeProxy> {
  const refused: string[] = [];
  const server = createServer((request, response) => {
    refused.push(`${request.method ?? 'GET'} ${request.url ?? ''}`);
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('Blocked by the Eerlijk Werven test harness');
  });
  // HTTPS goes through CONNECT: refuse the tunnel. A socket handed to these handlers has no error
  // listener of the server's: Chromium resetting it (ECONNRESET) would be an uncaught exception
  // that fails a test run in which every test passed (seen in CI at stop 29).
  server.on('connect', (request, socket) => {
    socket.on('error', () => socket.destroy());
    refused.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (request, socket) => {
    socket.on('error', () => socket.destroy());
    refused.push(`UPGRADE ${request.url ?? ''}`);
    socket.destroy();
  });
  server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveStart({
        url: `http://127.0.0.1:${port}`,
        refused,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}
