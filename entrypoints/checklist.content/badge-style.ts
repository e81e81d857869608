/** The badge's own look inside its shadow root; the page's styles cannot reach it. */
export const BADGE_CSS = `
:host { all: initial; }
.wrap { position: fixed; bottom: 64px; right: 16px; z-index: 2147483646; display: flex; flex-direction: column; align-items: flex-end; gap: 8px;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1b2430; }
button { font: inherit; cursor: pointer; border: 0; border-radius: 999px; background: transparent; color: #074543; padding: 4px 8px; }
button:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
.panel { width: min(380px, calc(100vw - 32px)); height: min(540px, calc(100vh - 96px)); background: #fff; border: 1px solid #0a5c5a; border-radius: 10px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 25%); display: flex; flex-direction: column; overflow: hidden; }
.panel[hidden] { display: none; }
.head { display: flex; justify-content: space-between; align-items: center; padding: 6px 8px 6px 12px; background: #0a5c5a; color: #fff; font-weight: 600; }
.head button { color: #fff; font-size: 18px; line-height: 1; }
.head button:hover { background: #074543; }
iframe { border: 0; flex: 1; width: 100%; }
`;
