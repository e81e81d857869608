/**
 * The network guard: proves the product promise "nothing leaves the browser"
 * (docs/decisions.md#nothing-leaves-the-browser).
 *
 * It records EVERY request made in a browser context, by pages (including the content scripts
 * running in them) and by the extension's service worker: playwright-core 1.65 reports service
 * worker requests through `context.on('request')` and applies `context.route` to them too
 * (`request.serviceWorker()` tells them apart). Only the local test server and our own
 * `chrome-extension://ID/` URLs are allowed; anything else is recorded as foreign and aborted, so
 * no test traffic ever leaves the machine.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

export type RequestSource = 'page' | 'service-worker' | 'websocket';

export interface RecordedRequest {
  url: string;
  method: string;
  /** Who asked: a page (or a content script in it), the service worker, or a page's WebSocket. */
  source: RequestSource;
  /** URL of the page or worker that made the request, when Playwright knows it. */
  initiator: string;
  /** Playwright's resource type (`document`, `fetch`, `script`, ...). */
  resourceType: string;
  foreign: boolean;
}

export interface NetworkGuard {
  /** Everything recorded since the guard started (or since the last `reset()`). */
  readonly requests: readonly RecordedRequest[];
  /** The recorded requests that went anywhere but the test server or our extension. */
  foreignRequests: () => RecordedRequest[];
  /** Throws a readable list of foreign requests, if there were any. */
  expectNoForeignRequests: () => void;
  /** Forgets what was recorded, e.g. after a test that makes a foreign request on purpose. */
  reset: () => void;
}

export interface NetworkGuardOptions {
  /** Origins that may be contacted, e.g. the test server `http://127.0.0.1:43817`. */
  allowedOrigins: readonly string[];
  /** Our extension's id (see `extension-id.ts`): only `chrome-extension://ID/` is allowed. */
  extensionId: string;
}

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function describeInitiator(request: Request): { source: RequestSource; initiator: string } {
  const worker = request.serviceWorker();
  if (worker) return { source: 'service-worker', initiator: worker.url() };
  try {
    return { source: 'page', initiator: request.frame().url() };
  } catch {
    // A navigation request before its frame exists: Playwright cannot name the frame.
    return { source: 'page', initiator: '(new frame)' };
  }
}

/** Starts recording on `context` and aborts every foreign request. Call right after launching. */
export async function guardNetwork(context: BrowserContext, options: NetworkGuardOptions): Promise<NetworkGuard> {
  const allowedOrigins = new Set(options.allowedOrigins.map((origin) => new URL(origin).origin));
  const requests: RecordedRequest[] = [];

  const isAllowed = (rawUrl: string): boolean => {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return false;
    }
    if (LOCAL_SCHEMES.has(url.protocol)) return true;
    if (url.protocol === 'chrome-extension:') return url.hostname === options.extensionId;
    return allowedOrigins.has(url.origin);
  };

  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      ...describeInitiator(request),
      resourceType: request.resourceType(),
      foreign: !isAllowed(request.url()),
    });
  });

  const watchWebSockets = (page: Page): void => {
    page.on('websocket', (socket) => {
      requests.push({
        url: socket.url(),
        method: 'GET',
        source: 'websocket',
        initiator: page.url(),
        resourceType: 'websocket',
        foreign: !isAllowed(socket.url()),
      });
    });
  };
  context.pages().forEach(watchWebSockets);
  context.on('page', watchWebSockets);

  // Abort foreign traffic instead of letting it out; the 'request' listener has recorded it already.
  await context.route(
    (url) => !isAllowed(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  await context.routeWebSocket(
    (url) => !isAllowed(url.href),
    (socket) => socket.close({ code: 1008, reason: 'blocked by test harness' }),
  );

  const foreignRequests = (): RecordedRequest[] => requests.filter((request) => request.foreign);

  return {
    requests,
    foreignRequests,
    expectNoForeignRequests: () => {
      const foreign = foreignRequests();
      if (foreign.length === 0) return;
      const lines = foreign.map((r) => `  - ${r.method} ${r.url}  (${r.source} ${r.resourceType}, from ${r.initiator})`);
      throw new Error(
        `The extension or its pages made ${foreign.length} request(s) outside the test server:\n${lines.join('\n')}\n` +
          'Eerlijk Werven promises that nothing leaves the browser.',
      );
    },
    reset: () => {
      requests.length = 0;
    },
  };
}
