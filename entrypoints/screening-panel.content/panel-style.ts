/** Styles of the screening panel inside our closed shadow root. The page's CSS cannot reach it. */
export const PANEL_CSS = `
.ew-panel{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937}
.ew-panel :focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.ew-panel{position:fixed;top:12px;bottom:64px;width:360px;max-width:calc(100vw - 24px);z-index:2147483647;background:#fff;border:1px solid #cbd5e1;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.25);display:flex;flex-direction:column}
.ew-panel[data-side="right"]{right:12px}.ew-panel[data-side="left"]{left:12px}
.ew-panel[hidden]{display:none}
.ew-panel header{display:flex;align-items:center;justify-content:space-between;padding:10px 14px;border-bottom:1px solid #e2e8f0}
.ew-panel h2{font-size:16px;margin:0}.ew-panel h3{font-size:14px;margin:12px 0 6px}
.ew-body{overflow:auto;padding:10px 14px;flex:1}
.ew-panel footer{padding:10px 14px;border-top:1px solid #e2e8f0;display:flex;gap:8px;flex-wrap:wrap}
.ew-panel button{font:inherit;border-radius:6px;border:1px solid #94a3b8;background:#f8fafc;color:#1f2937;padding:5px 10px;cursor:pointer}
.ew-panel button.primary{background:#0f5132;border-color:#0f5132;color:#fff}
.ew-panel button[aria-pressed="true"]{background:#0f5132;color:#fff;border-color:#0f5132}
.ew-panel button:disabled{opacity:.55;cursor:not-allowed}
.ew-panel select,.ew-panel input,.ew-panel textarea{font:inherit;border:1px solid #94a3b8;border-radius:6px;padding:4px 6px;color:#1f2937;background:#fff;max-width:100%}
.ew-panel textarea{width:100%;box-sizing:border-box;min-height:44px}
.ew-panel fieldset{border:1px solid #e2e8f0;border-radius:8px;margin:0 0 10px;padding:6px 10px 10px}
.ew-panel legend{font-weight:600;padding:0 4px}
.ew-row{display:flex;gap:6px;align-items:center;margin:4px 0;flex-wrap:wrap}
.ew-scale{display:flex;gap:8px;margin:4px 0}
.ew-scale label{display:flex;gap:2px;align-items:center}
.ew-muted{color:#475569;font-size:13px}
.ew-error{color:#9f1239;font-weight:600}
.ew-status{min-height:1.2em;margin:4px 0}
.ew-total{font-weight:700}
`;
