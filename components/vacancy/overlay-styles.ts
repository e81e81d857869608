/** Styles of the vacancy overlay's shadow root (card, summary panel, badge, text-field underlines). Sent to the content script by the background with its strings, to keep the script small. */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.mark { position: absolute; pointer-events: none; }
.mark--prohibited { border-bottom: 3px solid #c8102e; background: rgba(200, 16, 46, 0.08); }
.mark--risk { background-image: linear-gradient(135deg, transparent 35%, #c25400 35%, #c25400 65%, transparent 65%), linear-gradient(45deg, transparent 35%, #c25400 35%, #c25400 65%, transparent 65%); background-size: 6px 3px; background-repeat: repeat-x; background-position: left bottom; }
.mark--style { border-bottom: 2px dotted #5a7fa8; }
.mark--active { background-color: rgba(255, 205, 60, 0.45); }
.ui { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2430; }
button, a { font: inherit; }
button { cursor: pointer; border-radius: 6px; border: 1px solid #8a94a3; background: #fff; color: #1c2430; padding: 4px 10px; }
button:hover { background: #eef2f7; }
button:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #1d5fbf; outline-offset: 2px; }
.primary { background: #1d5fbf; color: #fff; border-color: #1d5fbf; }
.primary:hover { background: #174c99; }
.link { border: 0; background: none; color: #1d5fbf; text-decoration: underline; padding: 0; }
a { color: #1d5fbf; }
.chip { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; }
.chip--prohibited { background: #fbe3e6; color: #8a0b1f; }
.chip--risk { background: #fde9d9; color: #7a3500; }
.chip--style { background: #e6eef7; color: #2b4a6f; }
.chip--ground { background: #eceff3; color: #2c3542; }
.sev-icon { display: inline-block; width: 14px; height: 0; border-bottom-width: 3px; border-bottom-color: currentColor; }
.sev-icon--prohibited { border-bottom-style: solid; }
.sev-icon--risk { border-bottom-style: dashed; }
.sev-icon--style { border-bottom-style: dotted; }
.card { position: fixed; z-index: 2; width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 460px); overflow: auto; pointer-events: auto;
  background: #fff; border: 1px solid #b9c1cc; border-radius: 10px; box-shadow: 0 8px 28px rgba(20, 30, 45, 0.22); padding: 12px 14px; }
.card h2 { font-size: 15px; margin: 6px 0 4px; }
.card h3 { font-size: 13px; margin: 10px 0 2px; color: #3a4452; }
.card p, .card ul { margin: 4px 0; }
.card ul { padding-left: 18px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.spread { justify-content: space-between; }
.actions { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px; }
.muted { color: #566170; font-size: 12px; }
.quote { font-weight: 600; }
.panel { position: fixed; z-index: 1; top: 12px; right: 12px; width: min(400px, calc(100vw - 24px)); max-height: calc(100vh - 80px); overflow: auto; pointer-events: auto;
  background: #fff; border: 1px solid #b9c1cc; border-radius: 12px; box-shadow: 0 10px 32px rgba(20, 30, 45, 0.25); padding: 14px 16px; }
.panel h2 { font-size: 17px; margin: 0; }
.panel h3 { font-size: 14px; margin: 14px 0 6px; }
.panel ol, .panel ul { margin: 0; padding-left: 0; list-style: none; }
.panel li { margin: 3px 0; }
.finding-link { display: block; width: 100%; text-align: left; border: 1px solid #d5dbe3; padding: 6px 8px; }
.counts { display: grid; grid-template-columns: 1fr auto; gap: 2px 12px; margin: 0; }
.counts dt { margin: 0; } .counts dd { margin: 0; font-weight: 600; text-align: right; }
details { margin: 4px 0; } summary { cursor: pointer; }
.advice { margin-top: 14px; border-top: 1px solid #d5dbe3; padding-top: 4px; }
.advice-chip { display: inline-block; margin-left: 4px; padding: 0 7px; border: 1px solid #2f7a62; border-radius: 4px; font-size: 11px; font-weight: 600; color: #1f5c49; background: #fff; vertical-align: middle; }
.advice-hardest > li { margin: 8px 0; }
.advice-sentence { display: block; margin: 2px 0; }
.advice-mark { color: inherit; background: #dff1ea; border-radius: 3px; box-shadow: inset 0 0 0 1px #7fb8a4; padding: 0 2px; }
.advice-kind { font-weight: 600; color: #1f5c49; }
.advice-tips { padding-left: 0; font-size: 13px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card, .panel, button { background: #1f2630; color: #e8edf3; border-color: #5c6775; }
  button:hover { background: #2b3440; } .muted { color: #b5bfcb; } a, .link { color: #8cb8ff; }
  .finding-link { border-color: #3c4654; } .primary { background: #8cb8ff; color: #10151c; }
  .advice-mark { background: #1d3a31; box-shadow: inset 0 0 0 1px #5fa58c; } .advice-kind, .advice-chip { color: #9fdcc6; }
  .advice-chip { background: transparent; border-color: #5fa58c; }
}
`;
