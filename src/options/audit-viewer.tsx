/** The compliance officer's view of the local audit log: read, export as CSV, clear. */
import { useEffect, useState } from 'preact/hooks';
import { auditToCsv, clearAudit, listAudit, type AuditEntry } from '../shared/audit-log.js';
import { t, uiLanguage } from './i18n.js';
import { download } from './files.js';

const SHOWN = 200;

export function AuditViewer({ confirmClear = (msg: string) => window.confirm(msg) }: { readonly confirmClear?: (message: string) => boolean }) {
  const [entries, setEntries] = useState<AuditEntry[] | undefined>(undefined);
  const [error, setError] = useState('');
  const load = (): void => {
    listAudit()
      .then((list) => {
        setEntries(list);
        setError('');
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(load, []);
  const format = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const newest = [...(entries ?? [])].reverse().slice(0, SHOWN);
  return (
    <section data-testid="opt-audit">
      <fieldset>
        <legend>{t('options_audit_log')}</legend>
        <p class="hint">{t('options_audit_log_hint')}</p>
        <div class="row">
          <button type="button" onClick={load}>
            {t('options_refresh')}
          </button>
          <button
            type="button"
            data-testid="opt-audit-export"
            disabled={entries === undefined || entries.length === 0}
            onClick={() => download(`caretweet-audit-${new Date().toISOString().slice(0, 10)}.csv`, auditToCsv(entries ?? []), 'text/csv')}
          >
            {t('options_audit_export')}
          </button>
          <button
            type="button"
            data-testid="opt-audit-clear"
            disabled={entries === undefined || entries.length === 0}
            onClick={() => {
              if (!confirmClear(t('options_audit_clear_confirm'))) return;
              void clearAudit().then(load);
            }}
          >
            {t('options_audit_clear')}
          </button>
        </div>
        {error.length > 0 && (
          <p class="errors" role="alert">
            {error}
          </p>
        )}
        <p aria-live="polite" data-testid="opt-audit-count">
          {entries === undefined ? t('options_loading') : t('options_audit_count', entries.length)}
        </p>
        {newest.length > 0 && (
          <table>
            <caption class="visually-hidden">{t('options_audit_log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_audit_time')}</th>
                <th scope="col">{t('options_audit_composer')}</th>
                <th scope="col">{t('options_audit_outcome')}</th>
                <th scope="col">{t('options_audit_findings')}</th>
              </tr>
            </thead>
            <tbody>
              {newest.map((e, i) => (
                <tr key={`${e.time}-${i}`} data-testid="opt-audit-row" data-outcome={e.outcome}>
                  <td>
                    <time dateTime={new Date(e.time).toISOString()}>{format.format(e.time)}</time>
                  </td>
                  <td>{e.composerKind}</td>
                  <td>
                    {e.outcome}
                    {e.reason !== undefined ? ` (${e.reason})` : ''}
                  </td>
                  <td>
                    {e.findings.length === 0
                      ? '—'
                      : e.findings.map((f, k) => (
                          <span key={k}>
                            {k > 0 ? ', ' : ''}
                            <code>{f.ruleId}</code> <span class={`sev-${f.severity}`}>{f.severity}</span>
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>
    </section>
  );
}
