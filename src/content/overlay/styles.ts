/**
 * The overlay's look. Severity is never told by colour alone: each has its own line style (wavy,
 * dashed, dotted), its own badge symbol (✖ ▲ ●) and its own word ("Patient detail", "Check",
 * "Note"), so the three remain distinct in grey scale and for colour-blind users.
 */
import type { Severity } from '../../engine/index.js';
import { t } from './i18n.js';

/** The severity's word, in the UI's language (overlay_severity_error, …). */
export const severityLabel = (severity: Severity): string => t(`overlay_severity_${severity}`);

export const SEVERITY_SYMBOL: Record<Severity | 'ok', string> = {
  error: '✖',
  warning: '▲',
  info: '●',
  ok: '✓',
};

/** Names in the page's highlight registry; the page stylesheet below gives them their look. */
export const HIGHLIGHT_NAMES: Record<Severity | 'active', string> = {
  error: 'caretweet-error',
  warning: 'caretweet-warning',
  info: 'caretweet-info',
  active: 'caretweet-active',
};

/** Installed in the page (::highlight() rules only apply from the document's own styles). */
export const PAGE_CSS = `
::highlight(caretweet-error) { text-decoration: underline wavy #c62828 2px; text-underline-offset: 3px; background-color: rgba(198, 40, 40, 0.12); }
::highlight(caretweet-warning) { text-decoration: underline dashed #b45f06 2px; text-underline-offset: 3px; background-color: rgba(180, 95, 6, 0.08); }
::highlight(caretweet-info) { text-decoration: underline dotted #1565c0 2px; text-underline-offset: 3px; }
::highlight(caretweet-active) { background-color: rgba(255, 214, 0, 0.45); }
`;

export const SHADOW_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483000; pointer-events: none; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f1419; }
[hidden] { display: none !important; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; cursor: pointer; }
button:focus-visible, input:focus-visible, li:focus-visible { outline: 3px solid #1d9bf0; outline-offset: 2px; }

.boxes { position: fixed; left: 0; top: 0; width: 0; height: 0; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; }
.box[data-severity="error"] { border-bottom: 3px double #c62828; background: rgba(198, 40, 40, 0.12); }
.box[data-severity="warning"] { border-bottom: 2px dashed #b45f06; background: rgba(180, 95, 6, 0.08); }
.box[data-severity="info"] { border-bottom: 2px dotted #1565c0; }
.box[data-active] { background: rgba(255, 214, 0, 0.45); }

.badge { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 6px; padding: 2px 9px; border-radius: 999px; border: 1px solid #cfd9de; background: #fff; color: #0f1419; box-shadow: 0 1px 3px rgba(0,0,0,.15); white-space: nowrap; font-size: 12px; }
.badge[data-verdict="error"] { border: 2px solid #c62828; color: #8e1b1b; }
.badge[data-verdict="warning"] { border: 2px dashed #b45f06; color: #7a4004; }
.badge[data-verdict="info"] { border: 1px dotted #1565c0; }
.badge[data-over] .count { font-weight: 700; text-decoration: underline; }
.badge .sym { font-size: 11px; }

.panel { position: fixed; pointer-events: auto; width: 320px; max-height: 50vh; overflow: auto; background: #fff; border: 1px solid #cfd9de; border-radius: 12px; box-shadow: 0 4px 18px rgba(0,0,0,.2); padding: 6px 0; }
.panel h2 { font-size: 13px; margin: 4px 12px 6px; }
.panel ol { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 6px 12px; display: block; cursor: pointer; border-left: 4px solid transparent; }
.panel li:hover, .panel li[aria-current="true"] { background: #f2f6f8; }
.panel li[data-severity="error"] { border-left: 4px solid #c62828; }
.panel li[data-severity="warning"] { border-left: 4px dashed #b45f06; }
.panel li[data-severity="info"] { border-left: 4px dotted #1565c0; }
.panel .hint { color: #536471; font-size: 11px; margin: 6px 12px 2px; }

.card { position: fixed; pointer-events: auto; width: 300px; background: #fff; border: 1px solid #cfd9de; border-radius: 12px; box-shadow: 0 4px 18px rgba(0,0,0,.22); padding: 10px 12px; }
.card[data-severity="error"] { border-top: 4px solid #c62828; }
.card[data-severity="warning"] { border-top: 4px dashed #b45f06; }
.card[data-severity="info"] { border-top: 4px dotted #1565c0; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.card .what { font-weight: 700; margin: 2px 0 4px; }
.card .excerpt { font-style: italic; color: #536471; overflow-wrap: anywhere; }
.card .why { margin: 4px 0 8px; color: #0f1419; }
.card .actions { display: flex; flex-wrap: wrap; gap: 6px; }
.card .actions button { border: 1px solid #0f1419; background: #0f1419; color: #fff; border-radius: 999px; padding: 4px 10px; }
.card .actions button.secondary { background: #fff; color: #0f1419; border-color: #cfd9de; }
.card .note { margin-top: 6px; color: #8e1b1b; }

.backdrop { position: fixed; left: 0; top: 0; width: 100vw; height: 100vh; background: rgba(0,0,0,.4); pointer-events: auto; }
.guard { position: fixed; left: 50%; top: 18vh; transform: translateX(-50%); width: min(440px, 92vw); pointer-events: auto; background: #fff; border-radius: 16px; border: 3px solid #c62828; box-shadow: 0 8px 32px rgba(0,0,0,.35); padding: 16px 18px; }
.guard h2 { font-size: 17px; margin: 0 0 6px; }
.guard ul { margin: 6px 0 10px; padding-left: 18px; }
.guard li { margin: 3px 0; }
.guard fieldset { border: 1px solid #cfd9de; border-radius: 8px; margin: 8px 0 0; padding: 6px 10px; }
.guard legend { font-weight: 600; padding: 0 4px; }
.guard fieldset label { display: block; margin: 4px 0; cursor: pointer; }
.guard .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.guard .actions button { border-radius: 999px; padding: 6px 14px; border: 1px solid #cfd9de; background: #fff; }
.guard .actions button.primary { background: #0f1419; color: #fff; border-color: #0f1419; }
.guard .actions button.danger { background: #fff; color: #8e1b1b; border: 2px solid #c62828; }
.guard .error { color: #8e1b1b; margin-top: 4px; }
.proofread { border-color: #1d9bf0; }
.proofread label { display: block; margin: 6px 0; cursor: pointer; }
.proofread button:disabled { cursor: not-allowed; }

.gen { margin-top: 10px; padding-top: 8px; border-top: 1px solid #eff3f4; }
.guard .gen { margin: 4px 0 0; padding: 8px 0 0; }
.gen-title { font-weight: 700; margin-bottom: 4px; }
.gen-preview { margin: 0; padding: 6px 8px; border-left: 3px solid #1d9bf0; background: #f7f9f9; color: #0f1419; overflow-wrap: anywhere; white-space: normal; user-select: text; }
.gen-count { color: #536471; font-size: 12px; margin: 3px 0 6px; font-variant-numeric: tabular-nums; }
.card .actions button.gen-use, .guard .actions button.gen-use { background: #1d9bf0; border: 1px solid #1a8cd8; color: #fff; }
button:disabled { opacity: .6; cursor: progress; }
.gen-status:not(:empty) { margin-top: 6px; color: #0f1419; }
.gen-error:not(:empty) { margin-top: 6px; color: #8e1b1b; }
.notice { position: fixed; pointer-events: none; box-sizing: border-box; font-size: 12px; }
.notice:not(:empty) { background: #fff; border: 1px solid #cfd9de; border-left: 4px solid #00ba7c; border-radius: 8px; box-shadow: 0 1px 6px rgba(0,0,0,.15); padding: 3px 9px; }
`;
