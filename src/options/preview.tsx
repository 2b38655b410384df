/**
 * Try the policy being edited: whatever is typed here is checked by the engine under the
 * unsaved policy, so the manager sees at once what an allow-listed phone or a new watch term
 * changes. The text lives only in this component's state: never stored, never sent.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { analyze } from '../engine/index.js';
import type { ComposeKind } from '../engine/types.js';
import type { Policy } from '../shared/policy.js';
import { Select } from './fields.js';
import { findingText } from '../shared/finding-text.js';
import { t } from './i18n.js';

export function Preview({ policy, now }: { readonly policy: Policy; readonly now: number }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ComposeKind>('post');
  const [parent, setParent] = useState('');
  const id = useId();
  const analysis = useMemo(
    () => analyze(text, { kind, now, ...(kind === 'reply' ? { replyTo: { text: parent } } : {}) }, policy),
    [text, kind, parent, policy, now],
  );
  return (
    <section aria-labelledby={`${id}-title`} data-testid="opt-preview">
      <fieldset>
        <legend id={`${id}-title`}>{t('options_preview')}</legend>
        <p class="hint">{t('options_preview_hint')}</p>
        <Select<ComposeKind>
          name="preview.kind"
          label={t('options_preview_kind')}
          value={kind}
          options={[
            ['post', t('options_kind_post')],
            ['reply', t('options_kind_reply')],
          ]}
          onChange={setKind}
        />
        {kind === 'reply' && (
          <div class="field">
            <label for={`${id}-parent`}>{t('options_preview_parent')}</label>
            <textarea id={`${id}-parent`} autocomplete="off" value={parent} onInput={(e) => setParent((e.currentTarget as HTMLTextAreaElement).value)} />
          </div>
        )}
        <div class="field">
          <label for={`${id}-text`}>{t('options_preview_text')}</label>
          <textarea
            id={`${id}-text`}
            data-testid="opt-preview-input"
            autocomplete="off"
            rows={4}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
        <p aria-live="polite" data-testid="opt-preview-summary" data-verdict={analysis.verdict} data-findings={analysis.findings.length}>
          {analysis.findings.length === 0 ? t('options_preview_clean') : t('options_preview_count', analysis.findings.length)}{' '}
          {t('options_preview_length', analysis.length.weightedLength, analysis.length.limit)}
        </p>
        <ul class="findings">
          {analysis.findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.span.start}-${i}`} data-testid="opt-preview-finding" data-rule-id={f.ruleId} data-severity={f.severity} data-start={f.span.start} data-end={f.span.end}>
              <span class={`sev-${f.severity}`}>{t(`options_severity_${f.severity}`)}</span> <code>{f.ruleId}</code> — “{text.slice(f.span.start, f.span.end)}”: {findingText(f.message)}
              <br />
              <span class="hint">{findingText(f.why)}</span>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
