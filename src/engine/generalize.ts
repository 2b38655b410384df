/**
 * The generalized reply: answers a public question or comment in general terms, never confirms
 * that anyone is a patient, repeats nothing identifying, and invites a private channel (phone or
 * patient portal), in the draft's language. Safe general information from the draft is kept;
 * an emergency line is added when symptoms are described. The result always passes analyze()
 * with no warning or error, fits the length limit, and is a fixed point: generalizing it again
 * returns it unchanged.
 */
import { count } from './count.js';
import { CONDOLENCE, CRISIS_LINE, EMERGENCY_LINE, PORTAL_LINE, TEMPLATES, type Language } from './data/reply-templates.js';
import { detectLanguage, tokenize } from './doc.js';
import { classifyIntent, describesCrisis, describesLoss, describesSymptoms } from './intent.js';
import { runPipeline } from './pipeline.js';
import { unicodeWords } from './regex.js';
import { signoffText } from './risks/signoff.js';
import { currentRotation } from './rotation.js';
import type { ComposeContext, EnginePolicy, Generalized, ReplyIntent } from './types.js';

interface Slots {
  readonly call: string;
  readonly Call: string;
  readonly portal: string;
  readonly call911: string;
  readonly phone: string;
  readonly portalUrl: string;
  readonly emergency: string;
  readonly signoff: string;
}

function slotsFor(lang: Language, policy: EnginePolicy | undefined, now: number): Slots {
  const phone = policy?.practice?.phones?.find((p) => p.trim().length > 0)?.trim() ?? '';
  const portalUrl = policy?.practice?.portalUrl?.trim() ?? '';
  const emergency = policy?.emergencyLine?.trim() || '911';
  const turn = currentRotation(policy, now, new Date(now).getTimezoneOffset());
  const wantsSignoff = policy?.signoff?.required === true || (policy?.signoff?.text ?? '').trim().length > 0;
  const signoff = wantsSignoff ? signoffText(policy?.signoff?.text ?? '', turn?.member) : '';
  if (lang === 'es') {
    return {
      call: phone ? `llámenos al ${phone}` : 'llame a nuestra oficina',
      Call: phone ? `Llámenos al ${phone}` : 'Llame a nuestra oficina',
      portal: portalUrl ? PORTAL_LINE.es.replace('{portalUrl}', portalUrl) : '',
      call911: `llame al ${emergency}`,
      phone: phone || 'nuestra oficina',
      portalUrl,
      emergency,
      signoff,
    };
  }
  return {
    call: phone ? `call us at ${phone}` : 'call our office',
    Call: phone ? `Call us at ${phone}` : 'Call our office',
    portal: portalUrl ? PORTAL_LINE.en.replace('{portalUrl}', portalUrl) : '',
    call911: `call ${emergency}`,
    phone: phone || 'our office',
    portalUrl,
    emergency,
    signoff,
  };
}

function fill(template: string, slots: Slots): string {
  return template
    .replace(/\{call911\}/g, slots.call911)
    .replace(/\{call\}/g, slots.call)
    .replace(/\{Call\}/g, slots.Call)
    .replace(/\{portal\}/g, slots.portal)
    .replace(/\{phone\}/g, slots.phone)
    .replace(/\{emergency\}/g, slots.emergency)
    .replace(/\{signoff\}/g, slots.signoff)
    .replace(/\s+([.,!?])/g, '$1');
}

/** The practice's own wording for this intent, if the policy has one. */
function policyTemplate(policy: EnginePolicy | undefined, intent: ReplyIntent, lang: Language): string | undefined {
  const list = policy?.replyTemplates ?? [];
  const exact = list.find((t) => t.intent === intent && t.language === lang) ?? list.find((t) => t.intent === intent && t.language === undefined);
  return exact?.text.trim() || undefined;
}

const INVITATION = /\b(?:call|phone|contact|portal|message us|dm us|email us|llám\w+|llame|contáct\w+|portal)\b/iu;
const SECOND_PERSON = /\b(?:you|your|you're|yours|usted|ustedes|su|sus|tu|tus|te|le)\b/iu;
const FIRST_PERSON = /\b(?:i|i'm|i've|we|we're|we've|our|us|my|me|yo|nosotros|nuestro|nuestra|mi|nos)\b/iu;
const GREETING = /^\s*(?:hi|hello|hey|dear|thanks|thank you|hola|gracias|estimad[oa]|querid[oa])\b/iu;
const HEALTH_WORD = unicodeWords(
  /\b(?:health\w*|vaccin\w*|flu|shots?|screening\w*|symptom\w*|sleep|exercise|diet|water|sun|sunscreen|blood pressure|cholesterol|diabetes|heart|teeth|tooth|gums?|brush\w*|floss\w*|fever\w*|pain|rest|fluids|antibiotic\w*|virus\w*|viral|infection\w*|doctor|clinician|pharmacist|dose\w*|medicine\w*|throats?|sore|colds?|cough\w*|allerg\w*|skin|bones?|immune|asthma|checkups?|check-ups?|salud|vacuna\w*|gripe|síntomas|ejercicio|dieta|agua|dientes|fiebre|descanso|líquidos|médico|garganta|resfriado|tos|alergia\w*|piel)\b/iu,
);

const GENERAL_NUMBERS =
  /\b(?:\d{1,3}\s?(?:-|to|–)\s?)?\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|segundos?|minutos?|horas?|días|semanas|meses|años)(?:\s+(?:and|or|y|o)\s+(?:older|up|over|más|mayores))?\b|\b(?:ages?|edades?|mayores de|over|under)\s+\d{1,3}\+?|\b\d{1,3}\+/giu;

function clean(text: string, context: ComposeContext, policy: EnginePolicy | undefined): boolean {
  const a = runPipeline(text, context, policy);
  return a.length.valid && a.findings.every((f) => f.severity === 'info' && f.ruleId !== 'voice/signoff' && f.category !== 'name');
}

/** Sentences of the draft that state general health information and reveal nothing. */
function generalSentences(draft: string, context: ComposeContext, policy: EnginePolicy | undefined): string[] {
  const sentences = draft
    .replace(/(^|\s)@[A-Za-z0-9_]{1,15}/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20 && s.length <= 200);
  const kept: string[] = [];
  for (const s of sentences) {
    if (kept.length === 2) break;
    if (GREETING.test(s) || SECOND_PERSON.test(s) || FIRST_PERSON.test(s) || !HEALTH_WORD.test(s) || INVITATION.test(s)) continue;
    // Numbers are kept only as durations, frequencies and age groups ("2-6 weeks", "every 2
    // hours", "6 months and older", "65+"): any other number may be a date, a room or a count
    // that belongs to someone.
    if (/\d/.test(s.replace(GENERAL_NUMBERS, ''))) continue;
    if (clean(s, context, policy)) kept.push(/[.!?]$/.test(s) ? s : `${s}.`);
  }
  return kept;
}

/**
 * The replied-to person's @handle, when the draft opened with it: some X layouts put it in the
 * text of a reply. Any other handle is dropped — a reply about care should tag nobody else.
 */
function leadingHandle(draft: string, context: ComposeContext): string {
  const handle = context.replyTo?.handle?.replace(/^@/, '') ?? '';
  if (handle.length === 0 || !/^[A-Za-z0-9_]{1,15}$/.test(handle)) return '';
  const m = /^\s*@([A-Za-z0-9_]{1,15})\b/.exec(draft);
  return m !== null && m[1]!.toLowerCase() === handle.toLowerCase() ? `@${m[1]}` : '';
}

function compose(parts: readonly string[]): string {
  return parts.filter((p) => p.trim().length > 0).join(' ').replace(/\s{2,}/g, ' ').trim();
}

export function generalizeDraft(draft: string, context: ComposeContext = {}, policy?: EnginePolicy): Generalized {
  const parent = context.replyTo?.text ?? '';
  // The conversation's language: a short draft ("Tome ibuprofeno cada 6 horas") may hold no
  // marker word, the post it answers usually does; a long draft outweighs it.
  const lang: Language = detectLanguage(tokenize(`${draft}\n${parent.slice(0, 500)}`)) === 'es' ? 'es' : 'en';
  const limit = policy?.lengthLimit === 25000 ? 25000 : 280;
  const now = context.now instanceof Date ? context.now.getTime() : typeof context.now === 'number' ? context.now : Date.now();
  const nowContext: ComposeContext = { ...context, now };

  // Already a safe, general reply that points to a private channel: nothing to rewrite. This is
  // also what makes generalize() idempotent on its own output.
  if (draft.trim().length > 0 && INVITATION.test(draft) && clean(draft, nowContext, policy)) {
    return {
      text: draft,
      intent: classifyIntent(parent, draft),
      language: lang,
      emergencyLine: false,
      keptSentences: 0,
      unchanged: true,
      weightedLength: count(draft, limit).weightedLength,
    };
  }

  const intent = classifyIntent(parent, draft);
  const slots = slotsFor(lang, policy, now);
  const symptoms = describesSymptoms(parent, draft);
  const crisis = describesCrisis(parent, draft);
  // Thanks that tell of a death get sympathy, not gratitude for feedback (nor the practice's
  // own thanks wording).
  const loss = (intent === 'thanks' || intent === 'general' || intent === 'third-party') && describesLoss(parent, draft);
  const template = loss ? CONDOLENCE[lang] : TEMPLATES[lang][intent];
  const own = loss ? undefined : policyTemplate(policy, intent, lang);
  const opening = own === undefined ? fill(template.opening, slots) : '';
  const body = own === undefined ? fill(template.body, slots) : fill(own, slots);
  const needsEmergency = symptoms && intent !== 'emergency' && intent !== 'symptoms' && !/\b911\b|\{emergency\}/.test(own ?? '');
  const emergency = needsEmergency ? fill(EMERGENCY_LINE[lang], slots) : '';
  const crisisLine = crisis ? CRISIS_LINE[lang] : '';
  // Thanks, complaints, media and third-party questions are not about using the portal.
  const portal = ['thanks', 'complaint', 'public-figure', 'third-party'].includes(intent) || (own ?? '').includes('{portal}') ? '' : slots.portal;
  const signoff = own !== undefined && own.includes('{signoff}') ? '' : slots.signoff;
  const handles = leadingHandle(draft, context);
  // A lone sentence has no sign-off yet; the sign-off is judged on the whole reply.
  const kept = generalSentences(draft, nowContext, policy === undefined ? undefined : { ...policy, signoff: {} });
  const emergencyOpening = intent === 'emergency' || intent === 'symptoms';

  // Longest first, then shorter forms until one fits and passes the engine's own check.
  const candidates = [
    [handles, opening, ...kept, body, portal, emergency, crisisLine, signoff],
    [handles, opening, kept[0] ?? '', body, portal, emergency, crisisLine, signoff],
    // The general answer they asked for is worth more than the portal line.
    [handles, opening, kept[0] ?? '', body, emergency, crisisLine, signoff],
    [handles, opening, body, portal, emergency, crisisLine, signoff],
    [handles, emergencyOpening ? opening : '', body, portal, emergency, crisisLine, signoff],
    [handles, emergencyOpening ? opening : '', body, emergency, crisisLine, signoff],
    [handles, emergencyOpening ? opening : emergency, lang === 'es' ? `${slots.Call}.` : `Please ${slots.call}.`, crisisLine, signoff],
    [lang === 'es' ? `${slots.Call}.` : `Please ${slots.call}.`, signoff],
    [lang === 'es' ? 'Llame a nuestra oficina.' : 'Please call our office.'],
  ].map(compose);
  // When a shorter form loses the emergency line a rule still wants, try it with the line.
  const emergencyFallback = fill(EMERGENCY_LINE[lang], slots);
  let text = compose([emergencyFallback, candidates[candidates.length - 1]!]);
  search: for (const c of candidates) {
    for (const variant of c.includes(slots.call911) ? [c] : [c, compose([c, emergencyFallback])]) {
      if (count(variant, limit).weightedLength <= limit && clean(variant, nowContext, policy)) {
        text = variant;
        break search;
      }
    }
  }
  return {
    text,
    intent,
    language: lang,
    emergencyLine: text.includes(slots.emergency) && (symptoms || emergencyOpening),
    keptSentences: kept.filter((k) => text.includes(k)).length,
    unchanged: false,
    weightedLength: count(text, limit).weightedLength,
  };
}
