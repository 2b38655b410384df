/**
 * P1: confirming the patient relationship. "We saw you", "your visit", "when you came in", "as
 * your dentist" tell the world that the person addressed is a patient, which is already a
 * disclosure (privacy-rules-research.md §0, §2.4). Every OCR social-media case was a reply.
 */
import type { Risk } from '../pipeline.js';
import { practiceHandleAt } from '../context/care.js';
import { withBothWords, withWords, type GatedPattern } from '../regex.js';
import { gatedSpans, removeSuggestion, riskFinding } from './helpers.js';

// The relatives a reply may speak of ("we treated your daughter", "su mamá está estable").
const RELATIVES = 'son|daughter|kids?|child|baby|mom|mother|dad|father|husband|wife|partner|grandma|grandpa|grandmother|grandfather|brother|sister';
const PARIENTES = 'esposo|esposa|hijo|hija|madre|padre|mamá|papá|abuelo|abuela|hermano|hermana|bebé';

// Second person about that person's own care. Bounded gaps ("your recent crown") keep it linear.
// These read as health education when nobody is addressed ("brush your teeth"), so they count
// only in a reply or a post aimed at someone. Each pattern names a word every match holds, so
// drafts without it skip the pattern.
// (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) are Unicode word edges (regex.ts, unicodeWords).
const ADDRESSED_ONLY: readonly GatedPattern[] = [
  // (Not after a how-to verb: "you can request your records", "bring your insurance card".)
  withWords(/\b(?<!\b(?:request|access|get|view|download|check|find|update|bring|pay|schedule|book|cancel|reschedule|manage|see)\s)your\s+(?:(?:recent|last|next|upcoming|first|latest|annual|follow-up|new|previous|scheduled|missed)\s+){0,2}(?:visit|appointment|appt|results?|tests?|labs?|lab work|bloodwork|surgery|procedure|treatment|prescription|medications?|meds|crown|filling|cleaning|implant|root canal|extraction|braces|diagnosis|condition|care|bill|balance|claim|account|chart|records?|x-?rays?|scan|mri|biopsy|stay|recovery|follow-up|refill|therapy|session|exam|check-?up|physical|tooth|teeth|stitches|cast|injection|shot|vaccine|infusion|dose|delivery|baby's|c-section|ultrasound|referral|insurance|copay|co-pay|wait|veneers?|whitening|aligners|invisalign|dentures|bridge|hearing aids?|knee|hip|shoulder|scar|incision|wound|mole|rash|pregnancy|due date|experience\s+(?:with|at)\s+(?:us|our|dr))\b/giu, 'your'),
  withWords(/(?<![\p{L}\p{N}_])(?:su|tu)\s+(?:(?:última|próxima|reciente)\s+)?(?:cita|visita|consulta|resultados?|análisis|cirugía|tratamiento|receta|medicamentos?|diagnóstico|factura|cuenta|seguro|expediente|radiografía|limpieza|corona|extracción|parto|recuperación|biopsia|ultrasonido|mamografía|colonoscopia|operación|terapia|quimio|control|examen|vacuna)(?![\p{L}\p{N}_])/giu, 'su', 'tu'),
  withWords(/\b(?:glad|happy|sorry|sad|thrilled|pleased)\s+(?:that\s+)?(?:to\s+hear\s+(?:that\s+)?)?your\s+\p{L}+(?:\s+\p{L}+)?\s+(?:went|is|was|has|had|turned|came)\b/giu, 'your'),
  // Knowing how someone is recovering, or that they waited, is knowing they were here.
  withWords(/\b(?:glad|happy|good to hear|great to hear|hope|hoping)\s+(?:that\s+)?(?:she|he|they|your\s+\p{L}+)(?:'s|'re|\s+is|\s+are)?\s+(?:recovering|feeling better|doing (?:well|better|great)|on the mend|healing|home)\b/giu, 'glad', 'happy', 'hear', 'hope', 'hoping'),
  withWords(/\b(?:give|send)\s+(?:her|him|them)\s+our\s+(?:best|love|regards)\b/giu, 'give', 'send'),
  // Regretting what they went through here ("sorry you waited 2 hours", "lamentamos que su hijo
  // haya esperado") says they were here.
  withWords(/\bsorry\s+(?:that\s+)?(?:you|your\s+\p{L}+)\s+(?:had to wait|waited|had to|had a|were kept|was kept)\b/giu, 'sorry'),
  withWords(/(?<![\p{L}\p{N}_])(?:sentimos|lamentamos)\s+(?:mucho\s+)?que\s+(?:usted|su\s+\p{L}+)\s+(?:haya|hayan)\s+(?:esperado|tenido|pasado)(?![\p{L}\p{N}_])/giu, 'sentimos', 'lamentamos'),
  // "perfect at her first checkup": someone's visit, told to the family.
  withWords(/\bat\s+(?:her|his|their|your)\s+(?:first|last|recent|latest|last|\d{1,2}-?(?:month|year|week)s?)\s+(?:checkup|check-up|visit|appointment|exam|cleaning|well-baby visit)\b/giu, 'checkup', 'check', 'visit', 'appointment', 'exam', 'cleaning'),
  // What a clinician of the practice did for them: "the cream Dr. Lee prescribed".
  withWords(/\b(?:dr\.?\s+\p{Lu}[\p{L}'-]+|we|our\s+(?:doctor|nurse|dentist|team))\s+(?:prescribed|ordered|gave you|referred you|diagnosed|put you on|started you on)\b/giu, 'prescribed', 'ordered', 'gave', 'referred', 'diagnosed', 'put', 'started'),
  // Explaining a delay someone met ("Dr. Smith was running behind") places them in the office.
  withWords(/\b(?:was|were)\s+running\s+(?:behind|late)\b/giu, 'behind', 'late'),
  withWords(/\b(?:hope|hoping|glad|happy)\s+(?:that\s+)?(?:your|her|his|their)\s+(?:new\s+)?(?:knee|hip|shoulder|tooth|teeth|crown|implant|filling|braces|smile|back|heart|eyes?|glasses|hearing aids?|cast|stitches)\b/giu, 'hope', 'hoping', 'glad', 'happy'),
  withWords(/\bwish(?:ing)?\s+(?:her|him|them|you)\s+a\s+(?:speedy|quick|fast|full)\s+recovery\b/giu, 'recovery'),
  withWords(/\b(?:sorry|apologi[sz]e|apologies)\s+(?:again\s+)?(?:for|about)\s+(?:the|your)\s+(?:long\s+)?(?:wait|delay|experience|visit|bill|charge|mix-?up|confusion|trouble)\b/giu, 'sorry', 'apologise', 'apologize', 'apologies'),
  withWords(/\b(?:loved|enjoyed|love|enjoy)\s+(?:working with|seeing|meeting|treating|caring for|having)\s+you\b/giu, 'you'),
  withWords(/(?<![\p{L}\p{N}_])(?:sentimos|lamentamos|disculpe|perdone|perdón por|lo sentimos por)\s+(?:mucho\s+)?(?:(?:que|por)\s+)?(?:la|su|el)\s+(?:larga\s+)?(?:espera|demora|experiencia|visita|cita|factura|cobro|retraso)(?![\p{L}\p{N}_])/giu, 'sentimos', 'lamentamos', 'disculpe', 'perdone', 'perd'),
  withWords(/(?<![\p{L}\p{N}_])(?:nos alegra|qué gusto|que gusto|qué bueno|que bueno)\s+(?:que\s+)?(?:verl[oa]|haberl[oa] visto|atenderl[oa]|esté mejor|se recupere|su\s+\p{L}+)(?![\p{L}\p{N}_])/giu, 'alegra', 'gusto', 'bueno'),
  // "La esperamos mañana a las 10": one person's booking ("¡Los esperamos el sábado!" invites all).
  withWords(/(?<![\p{L}\p{N}_])(?:l[oa]|te)\s+esperamos\s+(?:mañana|hoy|el\s+\p{L}+|a\s+las|para\s+su)(?![\p{L}\p{N}_])/giu, 'esperamos'),
  withWords(/\bsee\s+you\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|soon for|at your|at the|in (?:two|three|\d+) weeks)\b/giu, 'you'),
];
// Statements that someone was cared for here, whoever reads them.
const CONFIRMING: readonly GatedPattern[] = [
  withBothWords(new RegExp(String.raw`\b(?:we|i|dr\.?\s+\p{Lu}[\p{L}'-]+|our\s+(?:team|staff|doctors?|nurses?|dentists?|hygienists?))\s+(?:saw|see|treated|examined|helped|cared for|took care of|met|operated on|delivered|vaccinated)\s+(?:you|your\s+(?:${RELATIVES}|children|parents?))\b`, 'giu'), ['you', 'your'], ['saw', 'see', 'treated', 'examined', 'helped', 'cared', 'took', 'met', 'operated', 'delivered', 'vaccinated']),
  withBothWords(/\b(?:when|since|after|before|while)\s+you\s+(?:came in|come in|were here|were in|visited|were seen|were treated|checked in|stopped by)\b/giu, ['you'], ['when', 'since', 'after', 'before', 'while']),
  withBothWords(/\b(?:thanks|thank you|thx)\s+(?:so much\s+)?for\s+(?:coming in|visiting us|choosing us for your|trusting us with your|being our patient|your visit|stopping by)\b/giu, ['thanks', 'thank', 'thx'], ['for']),
  withBothWords(/\bas\s+your\s+(?:doctor|physician|provider|dentist|hygienist|nurse|surgeon|pharmacist|therapist|care team|clinic|practice|pediatrician)\b/giu, ['your'], ['as']),
  withBothWords(/\b(?:see|seeing)\s+you\s+(?:at|for)\s+your\s+next\b/giu, ['you'], ['next']),
  withBothWords(/\b(?:we|our team)\s+(?:enjoyed|loved|love)\s+(?:seeing|meeting|caring for|treating|having)\s+you\b/giu, ['you'], ['enjoyed', 'loved', 'love']),
  withWords(/\bour\s+records\s+(?:show|indicate)\b/giu, 'records'),
  // "He was a wonderful patient" (not "you were so patient with us").
  // ("whether they are a patient" asks; it confirms nothing.)
  withBothWords(/\b(?<!\b(?:whether|if|not)\s)(?:he|she|they|you|your\s+\p{L}+)\s+(?:was|were|is|are|has been|have been)\s+(?:a|an|one of our|our)\s+(?:\p{L}+\s+){0,2}?patients?\b/giu, ['patient', 'patients'], ['was', 'were', 'is', 'are', 'been']),
  withBothWords(new RegExp(String.raw`\b(?:you|your\s+(?:${RELATIVES}))\s+(?:was|were)\s+(?:seen|treated|here|admitted|examined|discharged|in\s+(?:our|the)\s+(?:office|clinic|er|urgent care))\b`, 'giu'), ['you', 'your'], ['was', 'were']),
  withBothWords(/\b(?:good to see you again|great to see you again|nice to see you again)\b/giu, ['you'], ['again']),
  withBothWords(/\b(?:you(?:'re| are)|you were)\s+(?:one of\s+)?our\s+(?:patients?|favorite patients?)\b/giu, ['you'], ['patient', 'patients']),
  // Spanish
  withWords(/(?<![\p{L}\p{N}_])(?:cuando|desde que)\s+(?:usted\s+)?(?:vino|nos visitó|estuvo aquí|lo atendimos|la atendimos)(?![\p{L}\p{N}_])/giu, 'cuando', 'desde'),
  withWords(/\b(?:lo|la|te)\s+(?:vimos|atendimos|tratamos|operamos|examinamos)\b/giu, 'vimos', 'atendimos', 'tratamos', 'operamos', 'examinamos'),
  withWords(new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:usted|su|tu)\s+(?:(?:${PARIENTES})\s+)?(?:estuvo aquí|vino|fue atendid[oa]|fue vist[oa]|fue operad[oa])(?![\p{L}\p{N}_])`, 'giu'), 'estuvo', 'vino', 'fue'),
  withWords(/\bgracias\s+por\s+(?:venir|visitarnos|su visita|elegirnos para su)\b/giu, 'gracias'),
  // A relative's state or stay, told to the family; "fue un paciente muy querido"; "le recetó".
  withWords(new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:su|tu)\s+(?:${PARIENTES})\s+(?:ya\s+)?(?:está|sigue|fue|salió)\s+(?:muy\s+)?(?:estable|mejor|bien|grave|internad[oa]|hospitalizad[oa]|dad[oa] de alta|operad[oa]|en (?:la habitación|urgencias|terapia|cirugía))(?![\p{L}\p{N}_])`, 'giu'), 'está', 'sigue', 'fue', 'salió'),
  withWords(/(?<![\p{L}\p{N}_])(?:fue|era|es|ha sido)\s+(?:un|una|nuestr[oa])\s+(?:\p{L}+\s+){0,2}?pacientes?(?![\p{L}\p{N}_])/giu, 'paciente', 'pacientes'),
  withWords(/(?<![\p{L}\p{N}_])(?:le|lo|la)\s+(?:recetó|recetamos|indicó|indicamos|diagnosticó|diagnosticamos|operó|operamos|atendió|vacunó|vacunamos)(?![\p{L}\p{N}_])/giu, 'recetó', 'recetamos', 'indicó', 'indicamos', 'diagnosticó', 'diagnosticamos', 'operó', 'operamos', 'atendió', 'vacunó', 'vacunamos'),
  withWords(/(?<![\p{L}\p{N}_])como\s+su\s+(?:médico|médica|doctor|doctora|dentista|proveedor|enfermera)(?![\p{L}\p{N}_])/giu, 'como'),
];

const ALL: readonly GatedPattern[] = [...CONFIRMING, ...ADDRESSED_ONLY];

const WHY_REPLY = 'Saying, even kindly, that someone came in or received care confirms they are a patient — regulators have fined practices for exactly this in replies.';
const WHY_POST = 'Speaking to someone about their visit or care in public confirms they are a patient.';

const risk: Risk = {
  id: 'risk/confirms-patient',
  check({ doc, care }) {
    const addressed = care.addressed;
    const spans = gatedSpans(doc, doc.text, addressed ? ALL : CONFIRMING);
    if (spans.length === 0) return [];
    // Anyone @mentioned is notified, so confirming care next to a mention reaches that person.
    const mentioned = doc.tokens.some((t) => t.prefix === '@' && !practiceHandleAt(doc, t.start));
    return spans.map((span) =>
      riskFinding({
        ruleId: 'risk/confirms-patient',
        category: 'patient-relationship',
        severity: addressed || mentioned ? 'error' : 'warning',
        span,
        message: 'This confirms the person is a patient',
        why: addressed ? WHY_REPLY : WHY_POST,
        // The real way out is the generalized reply, which the UI offers next to every finding.
        suggestions: [removeSuggestion(doc, span)],
      }),
    );
  },
};
export default risk;
