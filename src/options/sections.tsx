/** One section per part of the policy; each is locked as a whole when the organization sets it. */
import type { PostGuardMode, Severity } from '../engine/types.js';
import { currentRotation } from '../engine/rotation.js';
import type { ReplyIntent } from '../engine/types.js';
import { LIMITS, REPLY_INTENTS, type Policy, type PolicyKey, type PolicyReplyTemplate, type PolicyRotationMember, type PolicyWatchTerm, type StaffMember } from '../shared/policy.js';
import { Checkbox, ListField, NumberField, RowList, Section, Select, TextField } from './fields.js';
import { findingText } from '../shared/finding-text.js';
import { t } from './i18n.js';
import { checkTemplate } from './templates.js';

export interface SectionProps {
  readonly draft: Policy;
  readonly set: <K extends PolicyKey>(key: K, value: Policy[K]) => void;
  readonly locked: (key: PolicyKey) => boolean;
}

export function PracticeSection({ draft, set, locked }: SectionProps) {
  const p = draft.practice;
  const edit = (patch: Partial<Policy['practice']>): void => set('practice', { ...p, ...patch });
  return (
    <Section name="practice" title={t('policy_practice')} hint={t('options_practice_hint')} locked={locked('practice')}>
      <TextField name="practice.name" label={t('policy_practice_name')} value={p.name} maxLength={LIMITS.shortText} onInput={(name) => edit({ name })} />
      <ListField name="practice.handles" label={t('policy_practice_handles')} value={p.handles} placeholder="@RiversideFM" onChange={(handles) => edit({ handles })} />
      <ListField name="practice.phones" label={t('policy_practice_phones')} value={p.phones} placeholder="(555) 010-0100" onChange={(phones) => edit({ phones })} />
      <ListField name="practice.emails" label={t('policy_practice_emails')} value={p.emails} onChange={(emails) => edit({ emails })} />
      <ListField name="practice.domains" label={t('policy_practice_domains')} value={p.domains} placeholder="riverside-family.example" onChange={(domains) => edit({ domains })} />
      <ListField name="practice.addresses" label={t('policy_practice_addresses')} value={p.addresses} onChange={(addresses) => edit({ addresses })} />
      <TextField name="practice.portalUrl" type="url" label={t('policy_practice_portal')} value={p.portalUrl} placeholder="https://" onInput={(portalUrl) => edit({ portalUrl })} />
    </Section>
  );
}

export function PeopleSection({ draft, set, locked }: SectionProps) {
  return (
    <>
      <Section name="staff" title={t('policy_staff')} hint={t('options_staff_hint')} locked={locked('staff')}>
        <RowList<StaffMember>
          name="staff"
          label={t('policy_staff')}
          items={draft.staff}
          empty={{ name: '', role: '' }}
          max={LIMITS.staff}
          itemLabel={(i) => t('options_staff_item', i + 1)}
          onChange={(staff) => set('staff', staff)}
          renderRow={(m, update, i) => (
            <>
              <TextField name={`staff[${i}].name`} label={t('options_name')} value={m.name} onInput={(name) => update({ ...m, name })} />
              <TextField name={`staff[${i}].role`} label={t('options_role')} value={m.role} onInput={(role) => update({ ...m, role })} />
            </>
          )}
        />
      </Section>
      <Section name="partners" title={t('policy_partners')} hint={t('options_partners_hint')} locked={locked('partners')}>
        <ListField name="partners" label={t('policy_partners_handles')} value={draft.partners} placeholder="@LakesidePeds" onChange={(partners) => set('partners', partners)} />
      </Section>
    </>
  );
}

const SEVERITIES = (): readonly (readonly [Severity, string])[] => [
  ['info', t('options_severity_info')],
  ['warning', t('options_severity_warning')],
  ['error', t('options_severity_error')],
];

export function WatchTermsSection({ draft, set, locked }: SectionProps) {
  return (
    <Section name="watchTerms" title={t('policy_watch_terms')} hint={t('options_watch_terms_hint')} locked={locked('watchTerms')}>
      <RowList<PolicyWatchTerm>
        name="watchTerms"
        label={t('policy_watch_terms')}
        items={draft.watchTerms}
        empty={{ term: '', regex: false, severity: 'warning', note: '' }}
        max={LIMITS.watchTerms}
        itemLabel={(i) => t('options_watch_term_item', i + 1)}
        onChange={(terms) => set('watchTerms', terms)}
        renderRow={(w, update, i) => (
          <>
            <TextField name={`watchTerms[${i}].term`} label={t('options_watch_term')} value={w.term} maxLength={LIMITS.watchPattern} onInput={(term) => update({ ...w, term })} />
            <Checkbox name={`watchTerms[${i}].regex`} label={t('options_watch_regex')} checked={w.regex} onChange={(regex) => update({ ...w, regex })} />
            <Select<Severity> name={`watchTerms[${i}].severity`} label={t('options_severity')} value={w.severity} options={SEVERITIES()} onChange={(severity) => update({ ...w, severity })} />
            <TextField name={`watchTerms[${i}].note`} label={t('options_note')} value={w.note} onInput={(note) => update({ ...w, note })} />
          </>
        )}
      />
    </Section>
  );
}

export function GuardSection({ draft, set, locked }: SectionProps) {
  const modes: readonly (readonly [PostGuardMode, string])[] = [
    ['off', t('options_guard_off')],
    ['warn', t('options_guard_warn')],
    ['confirm', t('options_guard_confirm')],
    ['block', t('options_guard_block')],
  ];
  return (
    <>
      <Section name="postGuard" title={t('policy_post_guard')} hint={t('options_post_guard_hint')} locked={locked('postGuard')}>
        <Select<PostGuardMode> name="postGuard" label={t('policy_post_guard')} value={draft.postGuard} options={modes} onChange={(v) => set('postGuard', v)} />
      </Section>
      <Section name="lengthLimit" title={t('policy_length_limit')} locked={locked('lengthLimit')}>
        <Select<'280' | '25000'>
          name="lengthLimit"
          label={t('policy_length_limit')}
          value={String(draft.lengthLimit) as '280' | '25000'}
          options={[
            ['280', t('options_length_standard')],
            ['25000', t('options_length_long')],
          ]}
          onChange={(v) => set('lengthLimit', v === '25000' ? 25000 : 280)}
        />
      </Section>
      <Section name="emergencyLine" title={t('policy_emergency_line')} hint={t('options_emergency_line_hint')} locked={locked('emergencyLine')}>
        <TextField name="emergencyLine" type="tel" label={t('policy_emergency_line')} value={draft.emergencyLine} maxLength={30} onInput={(v) => set('emergencyLine', v)} />
      </Section>
      <Section name="country" title={t('policy_country')} hint={t('options_country_hint')} locked={locked('country')}>
        <TextField name="country" label={t('policy_country')} value={draft.country} maxLength={2} onInput={(v) => set('country', v.toUpperCase())} />
      </Section>
    </>
  );
}

export function VoiceSection({ draft, set, locked, now }: SectionProps & { readonly now: number }) {
  const r = draft.rotation;
  const turn = currentRotation(draft, now, new Date(now).getTimezoneOffset());
  return (
    <>
      <Section name="rotation" title={t('policy_rotation')} hint={t('options_rotation_hint')} locked={locked('rotation')}>
        <RowList<PolicyRotationMember>
          name="rotation.members"
          label={t('policy_rotation_members')}
          items={r.members}
          empty={{ name: '', initials: '' }}
          max={LIMITS.rotationMembers}
          itemLabel={(i) => t('options_rotation_item', i + 1)}
          onChange={(members) => set('rotation', { ...r, members })}
          renderRow={(m, update, i) => (
            <>
              <TextField name={`rotation.members[${i}].name`} label={t('options_name')} value={m.name} onInput={(name) => update({ ...m, name })} />
              <TextField name={`rotation.members[${i}].initials`} label={t('options_initials')} value={m.initials} maxLength={5} onInput={(initials) => update({ ...m, initials })} />
            </>
          )}
        />
        <div class="row">
          <NumberField name="rotation.periodDays" label={t('policy_rotation_period')} value={r.periodDays} min={1} max={LIMITS.periodDays} onInput={(periodDays) => set('rotation', { ...r, periodDays })} />
          <TextField name="rotation.startDate" type="date" label={t('policy_rotation_start')} value={r.startDate} onInput={(startDate) => set('rotation', { ...r, startDate })} />
        </div>
        <p data-testid="opt-rotation-current" aria-live="polite">
          {turn !== undefined ? t('options_rotation_current', turn.member.name, turn.member.initials, turn.until) : t('options_rotation_none')}
        </p>
      </Section>
      <Section name="signoff" title={t('policy_signoff')} hint={t('options_signoff_hint')} locked={locked('signoff')}>
        <Checkbox name="signoff.required" label={t('policy_signoff_required')} checked={draft.signoff.required} onChange={(required) => set('signoff', { ...draft.signoff, required })} />
        <TextField name="signoff.text" label={t('policy_signoff_text')} value={draft.signoff.text} placeholder="^{initials}" maxLength={LIMITS.shortText} onInput={(text) => set('signoff', { ...draft.signoff, text })} />
      </Section>
    </>
  );
}

export function TemplatesSection({ draft, set, locked, checkPolicy, now }: SectionProps & { readonly checkPolicy: Policy; readonly now: number }) {
  const intents = REPLY_INTENTS.map((i) => [i, t(`options_intent_${i.replace(/-/g, '_')}`)] as const);
  return (
    <Section name="replyTemplates" title={t('policy_templates')} hint={t('options_templates_hint')} locked={locked('replyTemplates')}>
      <RowList<PolicyReplyTemplate>
        name="replyTemplates"
        label={t('policy_templates')}
        items={draft.replyTemplates}
        empty={{ intent: 'question', text: '' }}
        max={LIMITS.replyTemplates}
        itemLabel={(i) => t('options_template_item', i + 1)}
        onChange={(templates) => set('replyTemplates', templates)}
        renderRow={(tpl, update, i) => {
          const check = checkTemplate(tpl.text, checkPolicy, now);
          return (
            <div style={{ flex: '1 1 100%' }}>
              <div class="row">
                <Select<ReplyIntent> name={`replyTemplates[${i}].intent`} label={t('options_template_intent')} value={tpl.intent} options={intents} onChange={(intent) => update({ ...tpl, intent })} />
                <Select<'both' | 'en' | 'es'>
                  name={`replyTemplates[${i}].language`}
                  label={t('options_template_language')}
                  value={tpl.language ?? 'both'}
                  options={[
                    ['both', t('options_language_both')],
                    ['en', t('options_language_en')],
                    ['es', t('options_language_es')],
                  ]}
                  onChange={(language) => update(language === 'both' ? { intent: tpl.intent, text: tpl.text } : { ...tpl, language })}
                />
              </div>
              <TextField name={`replyTemplates[${i}].text`} multiline label={t('options_template_text')} value={tpl.text} maxLength={LIMITS.templateText} onInput={(text) => update({ ...tpl, text })} />
              {check.problems.length > 0 ? (
                <div class="problems" role="alert" data-testid="opt-template-refused">
                  {t('options_template_refused')}
                  <ul>
                    {check.problems.map((f, k) => (
                      <li key={k}>
                        <code>{f.ruleId}</code> ({f.severity}): {findingText(f.message)}. {findingText(f.why)}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                tpl.text.trim().length > 0 && <p class="hint">{t('options_template_preview', check.filled)}</p>
              )}
            </div>
          );
        }}
      />
    </Section>
  );
}

export function ProofreadSection({ draft, set, locked }: SectionProps) {
  return (
    <Section name="proofread" title={t('policy_proofread')} hint={t('options_proofread_hint')} locked={locked('proofread')}>
      <Checkbox name="proofread.enabled" label={t('policy_proofread_enabled')} checked={draft.proofread.enabled} onChange={(enabled) => set('proofread', { ...draft.proofread, enabled })} />
      <ListField name="proofread.items" label={t('policy_proofread_items')} value={draft.proofread.items} onChange={(items) => set('proofread', { ...draft.proofread, items })} />
    </Section>
  );
}

export function AuditSettingsSection({ draft, set, locked }: SectionProps) {
  const a = draft.audit;
  return (
    <Section name="audit" title={t('policy_audit')} hint={t('options_audit_hint')} locked={locked('audit')}>
      <Checkbox name="audit.enabled" label={t('policy_audit_enabled')} checked={a.enabled} onChange={(enabled) => set('audit', { ...a, enabled })} />
      <div class="row">
        <NumberField name="audit.retentionDays" label={t('policy_audit_retention_days')} value={a.retentionDays} min={1} max={LIMITS.retentionDays} onInput={(retentionDays) => set('audit', { ...a, retentionDays })} />
        <NumberField name="audit.maxEntries" label={t('policy_audit_max_entries')} value={a.maxEntries} min={10} max={LIMITS.maxEntries} onInput={(maxEntries) => set('audit', { ...a, maxEntries })} />
      </div>
    </Section>
  );
}
