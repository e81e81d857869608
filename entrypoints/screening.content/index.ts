import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScreening } from './controller';
import { installLauncher } from './launcher';

/**
 * Blind screenen content script (docs/decisions.md#hold-paint-until-blinded). Registered at run
 * time by the background only for sites where screening is switched on
 * (entrypoints/background/content-script-registry.ts), from document_start and in every frame. See
 * controller.ts for the sequence.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startScreening(ctx.signal, (controller) => installLauncher(controller, ctx.signal));
  },
});
