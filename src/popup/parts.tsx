/**
 * The pieces of the popup: the status line, X's count, the findings by severity and the
 * generalized reply. Plain components of their props; popup.tsx holds the state.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { Severity } from '../engine/types.js';
import type { FindingView, GeneralizedView, HealthView } from '../shared/messages.js';
import { countText, markOnce } from './format.js';
import { findingText } from '../shared/finding-text.js';
import { t } from './i18n.js';

export type StatusKind = 'loading' | 'detected' | 'fallback' | 'none' | 'not-x' | 'unreachable' | 'no-tab';

export function statusOf(health: HealthView): StatusKind {
  if (!health.detected || health.level === null) return 'none';
  return health.level === 'testid' ? 'detected' : 'fallback';
}

const STATUS_TEXT: Record<StatusKind, () => string> = {
  loading: () => t('popup_status_loading'),
  detected: () => t('popup_status_detected'),
  fallback: () => t('popup_status_fallback'),
  none: () => t('popup_status_none'),
  'not-x': () => t('popup_status_not_x'),
  unreachable: () => t('popup_status_unreachable'),
  'no-tab': () => t('popup_status_no_tab'),
};

export function Status({ kind, count }: { readonly kind: StatusKind; readonly count?: number }) {
  useLayoutEffect(() => markOnce('caretweet:popup-status'), []);
  const ok = kind === 'detected' || kind === 'fallback';
  return (
    <p data-testid="ct-status" data-state={kind} class={`status status-${kind}`} role="status">
      <span class="dot" aria-hidden="true">
        {ok ? '●' : kind === 'loading' ? '…' : '○'}
      </span>{' '}
      {STATUS_TEXT[kind]()}
      {ok && count !== undefined && count > 1 ? ` ${t('popup_status_count', count)}` : ''}
    </p>
  );
}

export function Count({ weightedLength, limit }: { readonly weightedLength: number; readonly limit: number }) {
  useLayoutEffect(() => markOnce('caretweet:popup-count'), []);
  const over = weightedLength > limit;
  return (
    <p class="count-line">
      <span class="sr">{t('popup_count_label')}: </span>
      <span data-testid="ct-count" data-weighted-length={weightedLength} data-limit={limit} class={over ? 'count over' : 'count'}>
        {countText(weightedLength, limit)}
      </span>
    </p>
  );
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
/** A shape besides the colour, for readers who cannot tell red from amber. */
const SYMBOL: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

export function Findings({
  findings,
  onSelect,
  disabled,
}: {
  readonly findings: readonly FindingView[];
  readonly onSelect: (f: FindingView) => void;
  readonly disabled: boolean;
}) {
  if (findings.length === 0) return <p class="clean" data-testid="ct-clean">{t('popup_no_findings')}</p>;
  return (
    <div class="findings">
      <h2 id="ct-findings-title">{t('popup_findings_title')}</h2>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const id = `ct-group-${severity}`;
        return (
          <section key={severity} class={`group group-${severity}`} aria-labelledby={id} data-severity={severity}>
            <h3 id={id}>
              <span aria-hidden="true">{SYMBOL[severity]}</span> {t(`popup_severity_${severity}`)} ({group.length})
            </h3>
            <ul>
              {group.map((f) => (
                <li
                  key={`${f.ruleId}:${f.start}:${f.end}`}
                  data-testid="ct-finding"
                  data-rule-id={f.ruleId}
                  data-severity={f.severity}
                  data-start={f.start}
                  data-end={f.end}
                >
                  <p class="message">{findingText(f.message)}</p>
                  <p class="why">{findingText(f.why)}</p>
                  <button type="button" class="link" data-testid="ct-select" disabled={disabled} aria-label={t('popup_select_label', findingText(f.message))} onClick={() => onSelect(f)}>
                    {t('popup_select')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function Reply({
  reply,
  busy,
  onUse,
  onCopy,
}: {
  readonly reply: GeneralizedView;
  readonly busy: boolean;
  readonly onUse: () => void;
  readonly onCopy: () => void;
}) {
  return (
    <section class="reply" aria-labelledby="ct-reply-title">
      <h2 id="ct-reply-title">{t('popup_generalized_title')}</h2>
      <p class="hint" id="ct-reply-hint">
        {reply.unchanged ? t('popup_generalized_unchanged') : t('popup_generalized_hint')}
      </p>
      <blockquote class="preview" lang={reply.language} data-testid="ct-generalized" data-intent={reply.intent} aria-labelledby="ct-reply-title">
        {reply.text}
      </blockquote>
      <p class="count-line">
        <span class="sr">{t('popup_count_label')}: </span>
        <span class="count" data-testid="ct-generalized-count" data-weighted-length={reply.weightedLength}>
          {countText(reply.weightedLength, reply.limit)}
        </span>
      </p>
      <div class="actions">
        {reply.unchanged ? null : (
          <button type="button" class="primary" data-testid="ct-generalize" disabled={busy} aria-describedby="ct-reply-hint" onClick={onUse}>
            {t('popup_use')}
          </button>
        )}
        <button type="button" data-testid="ct-copy" onClick={onCopy}>
          {t('popup_copy')}
        </button>
      </div>
    </section>
  );
}
