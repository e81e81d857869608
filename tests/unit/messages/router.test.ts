import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { classifySender, routeMessage, type Handlers } from '../../../lib/messages/router';

const context = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const fromContentScript = { id: 'our-id', url: 'https://acme.recruitee.com/x', tab: { id: 3 } } as Browser.runtime.MessageSender;
const fromPage = { id: 'our-id', url: 'chrome-extension://our-id/options.html' } as Browser.runtime.MessageSender;
const fromDashboardTab = {
  id: 'our-id',
  url: 'chrome-extension://our-id/dashboard.html',
  frameId: 0,
  tab: { id: 5, url: 'chrome-extension://our-id/dashboard.html' },
} as Browser.runtime.MessageSender;
/** checklist-frame.html framed in a web page's tab (by our badge, or by a hostile page). */
const fromFrame = {
  id: 'our-id',
  url: 'chrome-extension://our-id/checklist-frame.html',
  frameId: 7,
  tab: { id: 3, url: 'https://acme.recruitee.com/x' },
} as Browser.runtime.MessageSender;
const TOKEN = 'a'.repeat(43);

function makeHandlers(): Handlers {
  return {
    'i18n:messages': vi.fn(async () => ({ locale: 'nl' as const, messages: { x_a: { message: 'A' } } })),
    'dashboard:open': vi.fn(async () => ({ opened: true })),
    'activity:record': vi.fn(async () => ({ recorded: true })),
    'checklist:update-item': vi.fn(async () => ({ ok: true })),
    'checklist:close-panel': vi.fn(async () => ({ closed: true })),
    'checklist:review-check': vi.fn(async () => ({ due: false })),
    'vacancy:check-tab': vi.fn(async () => ({ injected: true })),
    'vacancy:forget-ignore': vi.fn(async () => ({ removed: 1 })),
  } as unknown as Handlers;
}

const envelope = (type: string, payload: unknown) => ({ channel: 'eerlijk-werven', type, payload });

describe('classifySender', () => {
  test('our content scripts and pages are recognised', () => {
    expect(classifySender(fromContentScript, context)).toBe('content');
    expect(classifySender(fromPage, context)).toBe('page');
  });

  test('another extension, or a frame without a web URL, is refused', () => {
    expect(classifySender({ ...fromContentScript, id: 'someone-else' }, context)).toBeUndefined();
    expect(classifySender({ id: 'our-id', url: 'about:blank', tab: { id: 1 } } as Browser.runtime.MessageSender, context)).toBeUndefined();
    expect(classifySender({ id: 'our-id' } as Browser.runtime.MessageSender, context)).toBeUndefined();
  });

  test('our page inside a web tab is a frame, not a page', () => {
    expect(classifySender(fromDashboardTab, context)).toBe('page');
    expect(classifySender(fromFrame, context)).toBe('frame');
    // Top frame of a web tab (tab URL scrubbed or not ours), or a sub-frame of any tab.
    expect(classifySender({ ...fromFrame, frameId: 0 }, context)).toBe('frame');
    expect(classifySender({ ...fromFrame, frameId: 0, tab: { id: 3 } } as Browser.runtime.MessageSender, context)).toBe('frame');
    expect(classifySender({ ...fromDashboardTab, frameId: 2 }, context)).toBe('frame');
  });
});

describe('frame senders', () => {
  const verifyFrameToken = vi.fn(async (token: string, sender: Browser.runtime.MessageSender) => token === TOKEN && sender.tab?.id === 3);
  const withTokens = { ...context, verifyFrameToken };
  const update = { itemId: 'beleid-werkwijze', change: { status: 'done' } };

  test('a frame with a valid token may send the panel messages', async () => {
    const handlers = makeHandlers();
    const reply = await routeMessage(envelope('checklist:update-item', { ...update, frameToken: TOKEN }), fromFrame, handlers, withTokens);
    expect(reply).toEqual({ ok: true, data: { ok: true } });
    expect(verifyFrameToken).toHaveBeenCalledWith(TOKEN, fromFrame);
    expect(await routeMessage(envelope('checklist:close-panel', { frameToken: TOKEN }), fromFrame, handlers, withTokens)).toMatchObject({
      ok: true,
    });
  });

  test.each([
    ['no token', {}],
    ['a wrong token', { frameToken: 'b'.repeat(43) }],
    ['a token that is not a string', { frameToken: 42 }],
  ])('a frame with %s is refused before the handler runs', async (_label, extra) => {
    const handlers = makeHandlers();
    const reply = await routeMessage(envelope('checklist:update-item', { ...update, ...extra }), fromFrame, handlers, withTokens);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['checklist:update-item']).not.toHaveBeenCalled();
  });

  test("another tab's token is refused", async () => {
    const handlers = makeHandlers();
    const otherTab = { ...fromFrame, tab: { id: 4, url: 'https://evil.example/' } } as Browser.runtime.MessageSender;
    const reply = await routeMessage(envelope('checklist:close-panel', { frameToken: TOKEN }), otherTab, handlers, withTokens);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['checklist:close-panel']).not.toHaveBeenCalled();
  });

  test('without a token check every frame is refused, and a check that throws refuses too', async () => {
    const handlers = makeHandlers();
    expect(await routeMessage(envelope('checklist:close-panel', { frameToken: TOKEN }), fromFrame, handlers, context)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    const throwing = { ...context, verifyFrameToken: () => Promise.reject(new Error('storage gone')) };
    expect(await routeMessage(envelope('checklist:close-panel', { frameToken: TOKEN }), fromFrame, handlers, throwing)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(handlers['checklist:close-panel']).not.toHaveBeenCalled();
  });

  test.each([
    ['vacancy:check-tab', { tabId: 9 }],
    ['vacancy:forget-ignore', { kind: 'clear', list: 'occurrences' }],
    ['checklist:review-check', {}],
  ] as const)('a frame may not send the page-only message %s, even with a valid token', async (type, payload) => {
    const handlers = makeHandlers();
    const reply = await routeMessage(envelope(type, { ...payload, frameToken: TOKEN }), fromFrame, handlers, withTokens);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers[type]).not.toHaveBeenCalled();
    // The same message from the popup or dashboard still works.
    expect(await routeMessage(envelope(type, payload), fromPage, handlers, withTokens)).toMatchObject({ ok: true });
  });

  test('the panel frame may open the dashboard with its token (Firefox gives framed pages no tabs API), never without', async () => {
    const handlers = makeHandlers();
    const payload = { route: '#/checklist/item/vac-taaleis' };
    expect(await routeMessage(envelope('dashboard:open', payload), fromFrame, handlers, withTokens)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(handlers['dashboard:open']).not.toHaveBeenCalled();
    const framed = await routeMessage(envelope('dashboard:open', { ...payload, frameToken: TOKEN }), fromFrame, handlers, withTokens);
    expect(framed).toMatchObject({
      ok: true,
    });
    expect(handlers['dashboard:open']).toHaveBeenCalledTimes(1);
  });

  test('panel writes come only from the frame; pages and content scripts are refused', async () => {
    const handlers = makeHandlers();
    for (const sender of [fromPage, fromContentScript]) {
      const reply = await routeMessage(envelope('checklist:update-item', { ...update, frameToken: TOKEN }), sender, handlers, withTokens);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(handlers['checklist:update-item']).not.toHaveBeenCalled();
  });
});

describe('routeMessage', () => {
  test('a valid message reaches its handler and the answer is returned', async () => {
    const handlers = makeHandlers();
    const reply = await routeMessage(envelope('i18n:messages', { prefixes: ['x_'] }), fromContentScript, handlers, context);
    expect(reply).toEqual({ ok: true, data: { locale: 'nl', messages: { x_a: { message: 'A' } } } });
    expect(handlers['i18n:messages']).toHaveBeenCalledWith({ prefixes: ['x_'] }, fromContentScript);
  });

  test.each([
    ['not an object', 'hello'],
    ['no channel', { type: 'dashboard:open', payload: {} }],
    ['a foreign channel', { channel: 'other', type: 'dashboard:open', payload: {} }],
    ['null', null],
  ])('%s is answered as malformed and never acted on', async (_label, raw) => {
    const handlers = makeHandlers();
    const reply = await routeMessage(raw, fromPage, handlers, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(handlers['dashboard:open']).not.toHaveBeenCalled();
  });

  test('an unknown type is refused', async () => {
    const reply = await routeMessage(envelope('settings:steal', {}), fromPage, makeHandlers(), context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  test('inherited property names are not message types', async () => {
    const reply = await routeMessage(envelope('toString', {}), fromPage, makeHandlers(), context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  test('a malformed payload is refused before the handler runs', async () => {
    const handlers = makeHandlers();
    const reply = await routeMessage(envelope('activity:record', { metric: 'made-up', count: -1 }), fromContentScript, handlers, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(handlers['activity:record']).not.toHaveBeenCalled();
  });

  test('a message from a sender it is not meant for is refused', async () => {
    const handlers = makeHandlers();
    const reply = await routeMessage(envelope('i18n:messages', { prefixes: ['x_'] }), fromPage, handlers, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const foreign = await routeMessage(envelope('dashboard:open', {}), { ...fromPage, id: 'evil' }, handlers, context);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['dashboard:open']).not.toHaveBeenCalled();
  });

  test('a handler that throws becomes an error reply', async () => {
    const handlers = makeHandlers();
    handlers['dashboard:open'] = vi.fn(async () => {
      throw new Error('tabs unavailable');
    });
    const reply = await routeMessage(envelope('dashboard:open', {}), fromPage, handlers, context);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'tabs unavailable' } });
  });

  test('a handler answer that breaks the response schema is not passed on', async () => {
    const handlers = makeHandlers();
    handlers['dashboard:open'] = vi.fn(async () => ({ opened: 'yes' })) as unknown as Handlers['dashboard:open'];
    const reply = await routeMessage(envelope('dashboard:open', {}), fromPage, handlers, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
