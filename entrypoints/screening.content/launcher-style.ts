/**
 * What our closed shadow root needs before the panel exists: the field-mask layer and the launcher
 * button. The panel brings its own styles (entrypoints/screening-panel.content/panel-style.ts).
 */
export const LAUNCHER_CSS = `
:host{all:initial}
.ew-layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646}
.ew-field-mask{position:fixed;box-sizing:border-box;overflow:hidden;pointer-events:none;text-overflow:ellipsis}
.ew-launcher{position:fixed;right:16px;bottom:16px;z-index:2147483647;border:0;border-radius:999px;padding:8px 14px;background:#0f5132;color:#fff;font:600 14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.ew-launcher:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
`;
