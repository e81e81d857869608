/**
 * What our closed shadow root needs before the panel exists: the field-mask layer and the note
 * about a problem, which sits just above the page's dock. The launcher button sits in the dock,
 * which styles it (lib/content/dock-style.ts); the panel brings its own styles
 * (entrypoints/screening-panel.content/panel-style.ts).
 */
export const LAUNCHER_CSS = `
:host{all:initial}
.ew-layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646}
.ew-field-mask{position:fixed;box-sizing:border-box;overflow:hidden;pointer-events:none;text-overflow:ellipsis}
.ew-problem button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.ew-problem{position:fixed;right:16px;bottom:64px;z-index:2147483647;max-width:360px;box-sizing:border-box;padding:12px 14px;border-radius:8px;background:#fff7ed;color:#7c2d12;border:1px solid #fdba74;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.ew-problem[hidden]{display:none}
.ew-problem p{margin:0 0 8px}
.ew-problem button{border:1px solid #9a3412;border-radius:6px;padding:4px 10px;background:#fff;color:#7c2d12;font:600 14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:pointer}
`;
