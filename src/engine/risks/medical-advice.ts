/**
 * Advice to one person, or a promise about outcomes. Practice social-media policies ask staff to
 * give no individual medical advice online (NorthShore toolkit; Summit Health and Munson
 * policies; FSMB/ACP guidance) and advertising rules forbid guaranteed results
 * (privacy-rules-research.md §4, "Individualised medical advice"). General health information
 * ("adults should get a flu shot every year") is what a practice account is for, so only
 * wording that diagnoses, doses or stops treatment for "you", or that guarantees an outcome, is
 * flagged; imperatives that are ordinary public advice in a post count only in a reply.
 *
 * Every pattern runs on the lower-cased text with bounded repetition only.
 */
import type { Doc } from '../doc.js';
import type { Risk } from '../pipeline.js';
import { wordTest } from '../regex.js';
import { removalEdit } from '../suggestions.js';
import type { Finding } from '../types.js';

// Word edges that also work for accented Spanish letters (\b is ASCII-only).
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

function words(...alternatives: readonly string[]): RegExp {
  return new RegExp(`${L}(?:${alternatives.join('|')})${R}`, 'gu');
}

const YOU = "(?:you|u|ya)";
const YOUR = '(?:your|ur|yr)';
const MEDS =
  '(?:meds?|medications?|medicines?|pills?|insulin|prescriptions?|antibiotics?|inhaler|treatment|chemo|dose|doses|dosage|tablets?|steroids?|blood thinners?)';
const FAMILY = '(?:child|son|daughter|baby|kid|husband|wife|partner|mom|dad|mother|father)';

// Each list below names words one of which every match of its pattern holds, alternative by
// alternative; drafts with none of them skip the pattern.
const MEDS_WORDS = [
  'med', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'pill', 'pills', 'insulin', 'prescription',
  'prescriptions', 'antibiotic', 'antibiotics', 'inhaler', 'treatment', 'chemo', 'dose', 'doses', 'dosage', 'tablet',
  'tablets', 'steroid', 'steroids', 'thinner', 'thinners',
];
const hasAdviceWord = wordTest(
  'sounds', 'probably', 'likely', 'definitely', 'clearly', 'certainly', ...MEDS_WORDS, 'your', 'ur', 'yr',
  'parece', 'tiene', 'tienes', 'padece', 'padeces', 'su', 'tu', 'la', 'deje', 'deja', 'suspenda', 'suspende', 'dejar',
);
const hasReplyAdviceWord = wordTest('you', 'u', 'ya', 'take', 'recommend', 'suggest', 'advise', 'tomar', 'usar', 'tome', 'toma');
const hasGuaranteeWord = wordTest(
  'guarantee', 'guaranteed', 'guarantees', 'painless', 'pain', 'safe', 'effective', 'successful', 'success', 'risk',
  'risks', 'natural', 'result', 'results', 'completely', 'totally', 'absolutely', 'entirely', 'perfectly', 'side',
  'permanent', 'permanently', 'cure', 'cures', 'cured', 'garantizado', 'garantizada', 'garantizados', 'garantizadas',
  'garantizamos', 'sin', 'indoloro', 'indolora', 'seguro', 'segura', 'efectivo', 'efectiva', 'completamente',
  'totalmente', 'absolutamente', 'riesgo', 'riesgos', 'permanente', 'permanentes', 'curamos', 'cura', 'garantía',
);

/** Diagnosing, dosing or stopping treatment for the reader: individual advice anywhere. */
const ADVICE: readonly RegExp[] = [
  words(
    `sounds like (?:${YOU}|${YOUR} ${FAMILY}) (?:have|has|'ve got|'ve|got|might have|may have|could have|probably have)`,
    `${YOU} (?:probably|likely|definitely|most likely|clearly|certainly|almost certainly) (?:have|has|got|are having|suffer from)`,
    `(?:increase|decrease|double|triple|halve|lower|raise|reduce|cut|skip|adjust|change|up) ${YOUR} ${MEDS}`,
    `(?:stop|quit|discontinue|skip) (?:taking |using )?${YOUR} ${MEDS}`,
    `${YOU} (?:need|have|must|ought|got) to (?:stop|quit) (?:taking |using )?${YOUR}`,
    `${YOU} (?:should|must) (?:stop|quit|double|increase|decrease|lower|raise) (?:taking |using )?${YOUR}`,
    // Spanish: "parece que tiene…", "aumente su dosis", "deje de tomar su medicación".
    'parece que (?:usted |tú |tu (?:hij[oa]|bebé|niñ[oa]) |su (?:hij[oa]|bebé|niñ[oa]) )?(?:tiene|tienes|padece|padeces|sufre|sufres)',
    '(?:usted|ud\\.?|tú) (?:probablemente|seguramente|seguro que|sin duda) (?:tiene|tienes|padece|padeces)',
    '(?:aumente|aumenta|suba|sube|baje|baja|duplique|duplica|reduzca|reduce|disminuya|disminuye|cambie|cambia|ajuste|ajusta) (?:su|tu|la) (?:dosis|medicación|medicina|medicamento|insulina)',
    '(?:deje|deja|suspenda|suspende) (?:de tomar |de usar )?(?:su|tu|sus|tus|la|el|los|las) (?:medicación|medicamentos?|medicinas?|pastillas?|insulina|tratamiento|antibióticos?|dosis)',
    '(?:tiene|tienes|debe|debes|necesita|necesitas) (?:que )?dejar (?:de tomar |de usar )?(?:su|tu|sus|tus)',
  ),
];

/** Imperatives that are public advice in a post but individual advice in a reply. */
const REPLY_ADVICE: readonly RegExp[] = [
  words(
    `${YOU} (?:should|need to|must|have to|ought to|gotta) (?:take|start taking|try taking|try|start on|go on|get on|use)(?! (?:a look|a moment|a minute|a second|advantage|part|a seat|a break|care|a few minutes)${R})`,
    'take (?:\\d{1,4}|one|two|three|a couple of) ?(?:mg|ml|mcg|tablets?|pills?|capsules?|puffs?|units|teaspoons?|tsp)',
    "i'?d (?:recommend|suggest|advise) (?:that )?(?:you|u) (?:take|stop|start|try|use)",
    '(?:usted |ud\\.? )?(?:debe|debería|tiene que|necesita) (?:tomar|usar|empezar a tomar)',
    '(?:debes|deberías|tienes que|necesitas) (?:tomar|usar|empezar a tomar)',
    '(?:tome|toma) (?:\\d{1,4}|una|dos|tres|un) ?(?:mg|ml|pastillas?|tabletas?|cápsulas?|comprimidos?|cucharadas?)',
  ),
];

/** Outcome guarantees; flagged anywhere, unless negated ("no guarantee", "isn't risk-free"). */
const GUARANTEES: readonly RegExp[] = [
  words(
    'guarantee[ds]?',
    '100 ?% (?:painless|pain[- ]free|safe|effective|guaranteed|successful|success|risk[- ]free|natural|results?)',
    '(?:completely|totally|absolutely|entirely|perfectly) (?:painless|pain[- ]free|risk[- ]free|safe)',
    '(?:no|zero) risks?',
    'risk[- ]free',
    '(?:no|zero|without any) side[- ]effects?',
    'permanent(?:ly)? (?:results?|fix|solution|cure|relief)',
    'results? (?:are|is|will be) permanent',
    `(?:we|will|can|to|guaranteed to|that will) cure ${YOU}`,
    `cure[sd]? ${YOUR}`,
    `(?:we|i) cure`,
    '(?:guaranteed|permanent|instant|miracle|total|complete|100 ?%) cure',
    // Spanish.
    'garantizad[oa]s?',
    'garantizamos',
    'garantía de (?:resultados|éxito|curación)',
    '100 ?% (?:sin dolor|indoloro|indolora|segur[oa]|efectiv[oa]|garantizad[oa]|natural)',
    '(?:completamente|totalmente|absolutamente) (?:indoloro|indolora|sin dolor|segur[oa]|sin riesgos?)',
    '(?:sin|cero) (?:ningún )?riesgos?',
    'sin efectos secundarios',
    'resultados? permanentes?',
    '(?:le|te|lo|la|los|las) curamos',
    'cura (?:garantizada|definitiva|milagrosa|total|permanente)',
  ),
];

const NEGATION = /(?:(?:^|[^\p{L}])(?:not|no|never|without|nunca|ni|sin|ningún|ninguna)|n't)[^\p{L}]{1,3}(?:[\p{L}']{1,15}[^\p{L}]{1,3}){0,2}$/u;

function matches(regexes: readonly RegExp[], text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of regexes) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push({ start: m.index, end: m.index + m[0].length });
      if (out.length > 200) return out;
    }
  }
  return out;
}

function negated(doc: Doc, start: number, claims: readonly { start: number; end: number }[]): boolean {
  // "no risk" and "sin riesgo" are themselves claims: a negation word inside another claim
  // ("no risk and permanent results") does not negate the next one.
  const from = Math.max(0, start - 30);
  const m = NEGATION.exec(doc.lower.slice(from, start));
  if (m === null) return false;
  const at = from + m.index + m[0].search(/[\p{L}']/u);
  return !claims.some((c) => c.start <= at && at < c.end);
}

/** Adds a finding for `span` unless an earlier one (in `findings`) overlaps it. */
function add(doc: Doc, findings: Finding[], span: { start: number; end: number }, kind: 'advice' | 'guarantee'): void {
  if (findings.some((t) => t.span.start < span.end && span.start < t.span.end)) return;
  findings.push({
    ruleId: 'voice/medical-advice',
    category: 'medical-advice',
    severity: 'warning',
    span,
    message: kind === 'advice' ? 'This reads like medical advice to one person' : 'This promises a medical outcome',
    why:
      kind === 'advice'
        ? 'Advice given without an exam can be wrong and may create a doctor–patient relationship; invite the person to call or book a visit instead.'
        : 'Guarantees about treatment results can mislead patients and break advertising and professional rules.',
    suggestions: kind === 'guarantee' ? [{ label: 'Remove it', edits: [removalEdit(doc, span.start, span.end)] }] : [],
  });
}

function check(doc: Doc): Finding[] {
  const individual = doc.isReply || doc.context.kind === 'dm';
  const findings: Finding[] = [];
  if (hasAdviceWord(doc)) for (const s of matches(ADVICE, doc.lower)) add(doc, findings, s, 'advice');
  if (individual && hasReplyAdviceWord(doc)) for (const s of matches(REPLY_ADVICE, doc.lower)) add(doc, findings, s, 'advice');
  const claims = hasGuaranteeWord(doc) ? matches(GUARANTEES, doc.lower) : [];
  for (const s of claims) if (!negated(doc, s.start, claims)) add(doc, findings, s, 'guarantee');
  return findings.sort((a, b) => a.span.start - b.span.start);
}

const risk: Risk = { id: 'voice/medical-advice', check: ({ doc }) => check(doc) };
export default risk;
