/**
 * The overlay's look. Severity is never told by colour alone: each has its own line style (wavy,
 * dashed, dotted), its own badge symbol (✖ ▲ ●) and its own word ("Patient detail", "Check",
 * "Note"), so the three remain distinct in grey scale and for colour-blind users.
 */
import type { Severity } from '../../engine/index.js';
import { t } from './i18n.js';
// Plain CSS files, minified by the build into the strings the overlay injects.
import pageCss from './page.css?inline';
import shadowCss from './shadow.css?inline';

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
export const PAGE_CSS: string = pageCss;

export const SHADOW_CSS: string = shadowCss;
