import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { classifySender, routeMessage, type Handlers } from '../../../lib/messages/router';

const context = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const fromContentScript = { id: 'our-id', url: 'https://acme.recruitee.com/x', tab: { id: 3 } } as Browser.runtime.MessageSender;
const fromPage = { id: 'our-id', url: 'chrome-extension://our-id/options.html' } as Browser.runtime.MessageSender;

function makeHandlers(): Handlers {
  return {
    'i18n:messages': vi.fn(async () => ({ locale: 'nl' as const, messages: { x_a: { message: 'A' } } })),
    'dashboard:open': vi.fn(async () => ({ opened: true })),
    'activity:record': vi.fn(async () => ({ recorded: true })),
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
