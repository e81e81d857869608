/** The dock's look inside its shadow root, and the look of the entries the pillars put in it. */
export const DOCK_CSS = `
:host{all:initial}
.dock{position:fixed;z-index:2147483647;right:16px;bottom:16px;display:flex;align-items:center;gap:4px;white-space:nowrap;width:max-content;padding:3px;background:#fff;border:1px solid #51606f;border-radius:999px;box-shadow:0 3px 12px rgba(20,30,45,.25);font:600 14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1c2430}
.dock[hidden]{display:none}
button{font:inherit;cursor:pointer;border:0;border-radius:999px;background:transparent;color:inherit;padding:5px 10px;margin:0}
button:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.grip{cursor:grab;padding:5px 7px;color:#51606f;touch-action:none;letter-spacing:-2px}
.slot{display:inline-flex;align-items:center;gap:2px}
.badge{display:inline-flex;align-items:center;gap:6px;border:2px solid #1d5fbf;padding:3px 10px}
.count{min-width:22px;padding:0 6px;border-radius:999px;background:#1d5fbf;color:#fff;text-align:center}
.badge--prohibited{border-color:#c8102e}.badge--prohibited .count{background:#c8102e}
.badge--risk{border-color:#a34700}.badge--risk .count{background:#a34700}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ew-launcher{background:#0f5132;color:#fff}
.slot[data-pillar=checklist] .badge{background:#0a5c5a;color:#fff;border:0;padding:5px 12px}
.icon{padding:4px 8px;color:#074543}
`;
