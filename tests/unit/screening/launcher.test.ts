import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScreeningController } from '../../../entrypoints/screening.content/controller';
import { installLauncher } from '../../../entrypoints/screening.content/launcher';
import { PANEL_HOOK, type PanelHookHolder } from '../../../entrypoints/screening.content/panel-hook';
import panelScript from '../../../entrypoints/screening-panel.content/index';
import { createPanel } from '../../../entrypoints/screening-panel.content/panel';

// The launcher is an entry in the page's dock; here the dock is the document's body.
vi.mock('../../../lib/content/dock-entry', () => ({
  joinDock: (_pillar: string, entry: HTMLElement) => {
    document.body.append(entry);
    return () => entry.remove();
  },
  dockOwns: () => false,
}));

function fakeController(uiRoot: HTMLElement): ScreeningController {
  return {
    uiRoot,
    paused: false,
    applicants: { all: [] },
    strings: (key: string) => key,
    onApplicantsChanged: () => undefined,
    pause: vi.fn(async () => undefined),
  } as unknown as ScreeningController;
}

describe('Blind screenen launcher', () => {
  afterEach(() => {
    delete (globalThis as PanelHookHolder)[PANEL_HOOK];
    document.body.replaceChildren();
  });

  it('shows the button but neither loads nor opens the panel, nor pauses, for events a page script makes', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const controller = fakeController(root);
    const create = vi.fn(() => ({ toggle: vi.fn() }));
    (globalThis as PanelHookHolder)[PANEL_HOOK] = create;
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const abort = new AbortController();
    installLauncher(controller, abort.signal);

    const button = document.querySelector<HTMLButtonElement>('.ew-launcher');
    expect(button?.textContent).toBe('screening_launcher');
    button?.click();
    window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyB', bubbles: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyS', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(create).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
    expect(controller.pause).not.toHaveBeenCalled();
    expect(root.querySelector('.ew-panel')).toBeNull();
    abort.abort();
  });

  it('installs one launcher per root', () => {
    const root = document.createElement('div');
    const controller = fakeController(root);
    installLauncher(controller, new AbortController().signal);
    installLauncher(controller, new AbortController().signal);
    expect(document.querySelectorAll('.ew-launcher')).toHaveLength(1);
  });

  it('the panel script, when the background runs it, only leaves its factory in the isolated world', () => {
    expect((globalThis as PanelHookHolder)[PANEL_HOOK]).toBeUndefined();
    void panelScript.main(undefined as never);
    expect((globalThis as PanelHookHolder)[PANEL_HOOK]).toBe(createPanel);
    expect(document.body.children).toHaveLength(0);
  });

  it('says why screening is closed with a retry, and a page script cannot press retry', () => {
    const root = document.createElement('div');
    const controller = {
      ...fakeController(root),
      problem: 'no-secret',
      retry: vi.fn(async () => undefined),
    } as unknown as ScreeningController;
    installLauncher(controller, new AbortController().signal);

    const note = root.querySelector<HTMLElement>('.ew-problem');
    expect(note?.hidden).toBe(false);
    expect(note?.getAttribute('role')).toBe('alert');
    expect(note?.querySelector('p')?.textContent).toBe('screening_problem_no_secret');
    expect(document.querySelector('.ew-launcher')?.textContent).toBe('screening_launcher_problem');
    const retry = note?.querySelector('button');
    expect(retry?.textContent).toBe('screening_retry');
    retry?.click();
    expect(controller.retry).not.toHaveBeenCalled();
  });

  it('shows no problem note while screening works', () => {
    const root = document.createElement('div');
    installLauncher(fakeController(root), new AbortController().signal);
    expect(root.querySelector<HTMLElement>('.ew-problem')?.hidden).toBe(true);
    expect(document.querySelector('.ew-launcher')?.textContent).toBe('screening_launcher');
  });
});
