// Styles for the in-page panels (inside a closed shadow root). Light and dark.
export const PANEL_CSS = `
:host { all: initial; display: block; margin: 8px 0 12px; }
.panel { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1b1b1f; background: #f4f7fb; border: 2px solid #1d4f91; border-radius: 8px; padding: 12px 14px; max-width: 560px;
  box-sizing: border-box; overflow-wrap: anywhere; }
h2 { font-size: 15px; margin: 0 0 6px; }
h3 { font-size: 14px; margin: 8px 0 4px; }
p { margin: 4px 0; }
ul { margin: 4px 0; padding-left: 20px; }
.permanent { font-weight: 600; }
.code-box { margin: 8px 0; }
.label { display: block; font-size: 14px; color: #44474e; }
.code { display: block; font-family: "DejaVu Sans Mono", "Cascadia Mono", Consolas, Menlo, "Roboto Mono", monospace;
  font-variant-numeric: slashed-zero; font-size: 26px; letter-spacing: 0.12em; padding: 4px 8px; background: #fff;
  border: 1px solid #9aa3b0; border-radius: 6px; min-height: 1.3em; word-break: break-all; }
.ok { color: #0b6b2f; }
.warn { color: #8c1d18; background: #fdecea; border-left: 4px solid #b3261e; padding: 6px 8px; border-radius: 4px; }
.muted { color: #44474e; }
.causes { background: #fff4e5; border-left: 4px solid #8a4b00; padding: 6px 10px; border-radius: 4px; }
.alert { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #5c1a14;
  background: #fdecea; border: 2px solid #b3261e; border-radius: 8px; padding: 10px 12px; max-width: 560px;
  box-sizing: border-box; overflow-wrap: anywhere; }
.alert strong { display: block; margin-bottom: 2px; }
@media (prefers-color-scheme: dark) {
  .panel { color: #e6e8ee; background: #1c2330; border-color: #8ab4f8; }
  .label, .muted { color: #c4c7cf; }
  .code { background: #11151c; color: #fff; border-color: #5f6673; }
  .ok { color: #7ee2a0; }
  .warn { color: #ffd7d2; background: #3b1614; border-left-color: #f28b82; }
  .causes { background: #33260f; color: #f6e3c4; border-left-color: #f0b35a; }
  .alert { color: #ffd7d2; background: #3b1614; border-color: #f28b82; }
}
`;
