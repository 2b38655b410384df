/**
 * The practice manager's page: every policy setting, a live preview under the unsaved policy,
 * import and export as JSON, and the audit log. Settings the organization deployed are shown
 * but locked. Nothing is saved until the policy validates and no reply template would leak.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parsePolicyJson, policyToJson, POLICY_KEYS, validatePolicy, type Policy, type PolicyKey } from '../shared/policy.js';
import { getPolicyState, savePolicy, watchPolicyState, type PolicyState } from '../shared/policy-store.js';
import { AuditViewer } from './audit-viewer.js';
import { download, readTextFile } from './files.js';
import { t } from './i18n.js';
import { Preview } from './preview.js';
import {
  AuditSettingsSection,
  GuardSection,
  PeopleSection,
  PracticeSection,
  ProofreadSection,
  TemplatesSection,
  VoiceSection,
  WatchTermsSection,
} from './sections.js';
import { checkTemplate } from './templates.js';

/** What the editor shows: the organization's value for locked keys, the user's for the rest. */
export function editorPolicy(state: PolicyState): Policy {
  const out: Record<string, unknown> = { ...state.user };
  for (const key of state.locked) out[key] = state.policy[key];
  return out as unknown as Policy;
}

/** What is saved: never the organization's values, which would outlive their removal. */
function withUserLocked(policy: Policy, state: PolicyState): Policy {
  const out: Record<string, unknown> = { ...policy };
  for (const key of state.locked) out[key] = state.user[key];
  return out as unknown as Policy;
}

type Notice = { readonly kind: 'ok' | 'error'; readonly title: string; readonly lines: readonly string[] };

export function App({ now = Date.now() }: { readonly now?: number }) {
  const [state, setState] = useState<PolicyState | undefined>(undefined);
  const [draft, setDraft] = useState<Policy | undefined>(undefined);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;

  useEffect(() => {
    const ac = new AbortController();
    void getPolicyState().then((s) => {
      if (ac.signal.aborted) return;
      setState(s);
      setDraft(editorPolicy(s));
    });
    watchPolicyState((s) => {
      setState(s);
      // Someone else saved (another window, the administrator): follow unless mid-edit, and
      // always show the organization's locked values.
      setDraft((d) => {
        if (d === undefined || !dirtyRef.current) return editorPolicy(s);
        const out: Record<string, unknown> = { ...d };
        for (const key of s.locked) out[key] = s.policy[key];
        return out as unknown as Policy;
      });
    }, ac.signal);
    return () => ac.abort();
  }, []);

  const validation = useMemo(() => (draft === undefined ? undefined : validatePolicy(draft)), [draft]);
  // The preview and the template check keep the last policy that validated while a field is
  // half typed.
  const lastValid = useRef<Policy | undefined>(undefined);
  if (validation?.ok === true) lastValid.current = validation.policy;
  const checkPolicy = lastValid.current ?? state?.policy;
  const leakingTemplates = useMemo(
    () => (draft === undefined || checkPolicy === undefined ? [] : draft.replyTemplates.map((tpl, i) => [i, checkTemplate(tpl.text, checkPolicy, now)] as const).filter(([, c]) => c.problems.length > 0).map(([i]) => i)),
    [draft, checkPolicy, now],
  );

  if (state === undefined || draft === undefined || checkPolicy === undefined) {
    return (
      <main>
        <p aria-live="polite">{t('options_loading')}</p>
      </main>
    );
  }

  const locked = (key: PolicyKey): boolean => state.locked.includes(key);
  const set = <K extends PolicyKey>(key: K, value: Policy[K]): void => {
    if (locked(key)) return;
    setDraft((d) => (d === undefined ? d : { ...d, [key]: value }));
    setDirty(true);
    setNotice(undefined);
  };
  const sectionProps = { draft, set, locked };
  const errors = validation?.ok === false ? validation.errors : [];
  const canSave = dirty && errors.length === 0 && leakingTemplates.length === 0;

  const save = async (): Promise<void> => {
    if (validation?.ok !== true) return;
    const r = await savePolicy(withUserLocked(validation.policy, state));
    if (r.ok) {
      setDirty(false);
      setNotice({ kind: 'ok', title: t('options_saved'), lines: r.warnings });
    } else {
      setNotice({ kind: 'error', title: t('options_save_failed'), lines: r.errors });
    }
  };

  const importFile = async (file: File): Promise<void> => {
    const content = await readTextFile(file);
    const r = typeof content === 'string' ? parsePolicyJson(content) : ({ ok: false, errors: [t('options_import_too_large')], warnings: [] } as const);
    if (!r.ok) {
      setNotice({ kind: 'error', title: t('options_import_failed', file.name), lines: r.errors });
      return;
    }
    const saved = await savePolicy(withUserLocked(r.policy, state));
    if (!saved.ok) {
      setNotice({ kind: 'error', title: t('options_import_failed', file.name), lines: saved.errors });
      return;
    }
    const next: PolicyState = { ...state, user: saved.policy };
    setDraft(editorPolicy(next));
    setDirty(false);
    const skipped = state.locked.length > 0 ? [t('options_import_locked_kept', state.locked.join(', '))] : [];
    setNotice({ kind: 'ok', title: t('options_imported', file.name), lines: [...r.warnings, ...skipped] });
  };

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p class="lead">{t('options_lead')}</p>

      <div class="toolbar" role="toolbar" aria-label={t('options_actions')}>
        <button type="button" class="primary" data-testid="opt-save" disabled={!canSave} onClick={() => void save()}>
          {t('options_save')}
        </button>
        <button
          type="button"
          data-testid="opt-revert"
          disabled={!dirty}
          onClick={() => {
            setDraft(editorPolicy(state));
            setDirty(false);
            setNotice(undefined);
          }}
        >
          {t('options_revert')}
        </button>
        <label class="button-like">
          <span class="visually-hidden">{t('options_import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="opt-import"
            aria-label={t('options_import')}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file !== undefined) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button
          type="button"
          data-testid="opt-export"
          disabled={validation?.ok !== true}
          onClick={() => validation?.ok === true && download('caretweet-policy.json', policyToJson(validation.policy), 'application/json')}
        >
          {t('options_export')}
        </button>
        <span aria-live="polite" class="status">
          {dirty ? t('options_unsaved') : ''}
        </span>
      </div>

      {notice !== undefined && (
        <div class={notice.kind === 'ok' ? 'status' : 'errors'} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="opt-notice" data-kind={notice.kind}>
          <strong>{notice.title}</strong>
          {notice.lines.length > 0 && (
            <ul>
              {notice.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.managedErrors.length > 0 && (
        <div class="errors" role="alert" data-testid="opt-managed-errors">
          <strong>{t('options_managed_errors')}</strong>
          <ul>
            {state.managedErrors.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {state.localErrors.length > 0 && (
        <div class="errors" role="alert" data-testid="opt-local-errors">
          <strong>{t('options_local_errors')}</strong>
          <ul>
            {state.localErrors.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {state.locked.length > 0 && <p class="hint">{t('options_locked_summary', state.locked.length, POLICY_KEYS.length)}</p>}
      {errors.length > 0 && (
        <div class="errors" role="alert" data-testid="opt-errors">
          <strong>{t('options_invalid')}</strong>
          <ul>
            {errors.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {leakingTemplates.length > 0 && (
        <p class="errors" role="alert">
          {t('options_templates_blocked', leakingTemplates.map((i) => i + 1).join(', '))}
        </p>
      )}

      <Preview policy={checkPolicy} now={now} />
      <PracticeSection {...sectionProps} />
      <PeopleSection {...sectionProps} />
      <WatchTermsSection {...sectionProps} />
      <GuardSection {...sectionProps} />
      <VoiceSection {...sectionProps} now={now} />
      <TemplatesSection {...sectionProps} checkPolicy={checkPolicy} now={now} />
      <ProofreadSection {...sectionProps} />
      <AuditSettingsSection {...sectionProps} />
      <AuditViewer />
    </main>
  );
}
