/**
 * What our closed shadow root needs before the panel exists: the field-mask layer. The launcher
 * button sits in the page's dock, which styles it (lib/content/dock-style.ts); the panel brings its
 * own styles (entrypoints/screening-panel.content/panel-style.ts).
 */
export const LAUNCHER_CSS = `
:host{all:initial}
.ew-layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646}
.ew-field-mask{position:fixed;box-sizing:border-box;overflow:hidden;pointer-events:none;text-overflow:ellipsis}
`;
