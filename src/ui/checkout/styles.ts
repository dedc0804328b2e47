// Styles of the in-page checkout notice, inside its closed shadow root. Light and dark, AA contrast.
export const CHECKOUT_CSS = `
:host { all: initial; display: block; }
.gcg { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #0f1111; margin: 8px 0 12px; box-sizing: border-box; max-width: 100%; }
.gcg * { box-sizing: border-box; }
.alert p, .alert h2, .hint p { overflow-wrap: anywhere; }
.alert { border: 2px solid #b12704; border-left-width: 6px; border-radius: 8px; background: #fff4f2; padding: 10px 12px; }
.alert h2 { font-size: 15px; margin: 0 0 4px; color: #8c1d03; }
.alert p { margin: 0 0 4px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
/* Tap targets of at least 44 × 44 px and no text under 14 px, on phones and desktops alike. */
button { font: inherit; font-size: 14px; border-radius: 6px; padding: 8px 14px; cursor: pointer; min-height: 44px; min-width: 44px; }
button.primary { background: #8c1d03; color: #fff; border: 1px solid #8c1d03; }
button.secondary { background: #fff; color: #0f1111; border: 1px solid #6f7373; }
button:focus-visible { outline: 3px solid #0b5fff; outline-offset: 2px; }
.status { display: flex; align-items: center; gap: 6px; color: #0b5d1e; font-size: 14px; padding: 2px 0; }
.status::before { content: "✓"; font-weight: 700; }
.hint { border: 1px solid #8d9096; border-radius: 8px; padding: 8px 12px; background: #f7fafa; }
.brand { font-size: 14px; color: #4a4f4f; margin: 0 0 2px; }
@media (prefers-color-scheme: dark) {
  .gcg { color: #e6e6e6; }
  .alert { background: #2b1410; border-color: #ff8a70; }
  .alert h2 { color: #ffb4a3; }
  button.primary { background: #ffb4a3; color: #1a0a06; border-color: #ffb4a3; }
  button.secondary { background: #1f2326; color: #e6e6e6; border-color: #9aa0a6; }
  button:focus-visible { outline-color: #8ab4ff; }
  /* Its own background: Amazon's page stays white in dark mode. */
  .status { color: #7ee2a0; background: #1f2326; border-radius: 6px; padding: 4px 8px; }
  .hint { background: #1f2326; border-color: #5f6368; }
  .brand { color: #b8bcbf; }
}
`;
