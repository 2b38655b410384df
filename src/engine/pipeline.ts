/**
 * The fixed order of analysis: normalize → recognize identifiers → read the care context →
 * decide severities → risk patterns → practice policy → map back to the input and sort.
 */
import { careContext, type CareContext } from './context/care.js';
import { count, type CountResult } from './count.js';
import { buildDoc, type Doc } from './doc.js';
import { makeFinding } from './finding.js';
import { isUnchanged, originalEnd, originalStart, toOriginal } from './normalize.js';
import { applyPolicy } from './policy-stage.js';
import { MIN_SCORE, type Detection } from './recognizer.js';
import { RECOGNIZERS } from './recognizers/index.js';
import { RISKS } from './risks/index.js';
import { severityOf } from './severity.js';
import { suggestionsFor } from './suggestions.js';
import type { Analysis, ComposeContext, Edit, EnginePolicy, Finding, Severity, Span, Suggestion, Verdict } from './types.js';

export interface RiskInput {
  readonly doc: Doc;
  readonly care: CareContext;
  /** Identifier detections after overlap resolution, in normalized offsets. */
  readonly detections: readonly Detection[];
  /** Findings made from those detections so far, in normalized offsets. */
  readonly findings: readonly Finding[];
  /** X's count of the original text. */
  readonly length: CountResult;
}

export interface Risk {
  readonly id: Finding['ruleId'];
  /** Returns findings whose spans and edits are in normalized offsets. */
  check(input: RiskInput): readonly Finding[];
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** RANK[severity], by comparison first: a lookup by a name that changes from draft to draft has the optimized pipeline start over. */
function rank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : severity === 'info' ? 1 : RANK[severity];
}

// "John D.", "Anne-Marie B.", "D. Jones": the way case notes shorten a patient's name.
const SHORTENED_NAME = /^(?:\p{Lu}[\p{L}'-]+\s\p{Lu}\.?|\p{Lu}\.\s?\p{Lu}[\p{L}'-]+)$/u;
const RECORD_CATEGORIES = new Set(['medical-record', 'health-plan', 'ssn', 'other-identifier']);

/**
 * Detections that show the text is about one particular person: a record number, or a name
 * shortened the way case notes shorten it. News names people in full; charts and case
 * questions do not.
 */
function personAnchors(doc: Doc, detections: readonly Detection[]): Span[] {
  const out: Span[] = [];
  for (const d of detections) {
    if (d.owner === undefined && (RECORD_CATEGORIES.has(d.category) || (d.category === 'name' && SHORTENED_NAME.test(doc.text.slice(d.start, d.end))))) {
      out.push({ start: d.start, end: d.end });
    }
  }
  return out;
}

/**
 * A person-like name inside a place ("Johns Hopkins", "San Francisco, CA", "our Dallas
 * facility") is part of the place: drop the name. Sweep over places sorted by start, with the
 * furthest end seen so far, so the check stays O(n log n).
 */
function dropNamesInsidePlaces(detections: readonly Detection[]): readonly Detection[] {
  // Most drafts name no place: asked by a loop, they need no new list.
  const places: Detection[] = [];
  for (const d of detections) if (d.category === 'geography' && d.score >= 0.6) places.push(d);
  if (places.length === 0) return detections;
  places.sort(byStart);
  const starts = places.map((p) => p.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const p of places) {
    furthest = Math.max(furthest, p.end);
    reach.push(furthest);
  }
  return detections.filter((d) => d.category !== 'name' || d.ruleId !== 'phi/name' || !insidePlace(starts, reach, d));
}

/** Whether `d` lies inside one of the places whose sorted starts and running furthest ends are given. */
function insidePlace(starts: readonly number[], reach: readonly number[], d: Detection): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= d.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && reach[lo - 1]! >= d.end;
}

/** Medical record and health-plan numbers: records of care, so clinical context in themselves. */
function recordSpans(detections: readonly Detection[]): Span[] {
  const out: Span[] = [];
  for (const d of detections) if (d.category === 'medical-record' || d.category === 'health-plan') out.push({ start: d.start, end: d.end });
  return out;
}

/** Keeps the most credible detection where several claim the same characters. */
export function resolveOverlaps(all: readonly Detection[]): Detection[] {
  const detections = dropNamesInsidePlaces(all);
  if (detections.length === 0) return [];
  const sorted = [...detections].sort(byCredibility);
  const kept: Detection[] = [];
  if (detections.length <= FEW) {
    // A post has a few: each is checked against those kept so far, as the flags below would.
    for (const d of sorted) if (d.score >= MIN_SCORE && !anyClaims(kept, d)) kept.push(d);
    return kept.sort(byStart);
  }
  // One flag per character: checking a span costs its length, so the whole pass stays linear.
  const end = detections.reduce((m, d) => Math.max(m, d.end), 0);
  const taken = new Uint8Array(end);
  for (const d of sorted) {
    if (d.score < MIN_SCORE) continue;
    let free = true;
    for (let i = d.start; i < d.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, d.start, d.end);
    kept.push(d);
  }
  return kept.sort(byStart);
}

// The orders of resolveOverlaps, made once rather than per draft.
function byStart(a: Detection, b: Detection): number {
  return a.start - b.start;
}

function byCredibility(a: Detection, b: Detection): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function anyClaims(kept: readonly Detection[], d: Detection): boolean {
  for (const k of kept) if (claims(k, d)) return true;
  return false;
}

const FEW = 16;

/** Whether kept detection `k` already flags a character of `d` (empty spans flag none). */
function claims(k: Detection, d: Detection): boolean {
  return k.start < k.end && d.start < d.end && k.start < d.end && d.start < k.end;
}

/** The edit in the original text; an insertion at the very end stays at the end. */
function originalEdit(doc: Doc, e: Edit): Edit {
  const { start, end } = e;
  if (start === end) {
    const at = start >= doc.text.length ? doc.norm.originalLength : originalStart(doc.norm, start);
    return { start: at, end: at, replacement: e.replacement };
  }
  return { start: originalStart(doc.norm, start), end: originalEnd(doc.norm, start, end), replacement: e.replacement };
}

/** The suggestions with their edits in the original text. */
function originalSuggestions(doc: Doc, suggestions: readonly Suggestion[]): Suggestion[] {
  // Made by map, at their exact length: a list grown by push reserves room for 17.
  return suggestions.map((s) => ({ label: s.label, edits: s.edits.map((e) => originalEdit(doc, e)) }));
}

/** A range `toOriginal` maps to itself when nothing was normalized: inside the text, not empty. */
const inside = (start: number, end: number, length: number): boolean => start >= 0 && start < end && end <= length;

/**
 * Whether every offset of the finding is already an original one: the draft needed no
 * normalization and each span and edit is one `toOriginal`/`mapEdit` would return unchanged.
 */
function alreadyOriginal(doc: Doc, f: Finding): boolean {
  if (!isUnchanged(doc.norm)) return false;
  const length = doc.text.length;
  if (!inside(f.span.start, f.span.end, length)) return false;
  for (const s of f.suggestions) {
    for (const e of s.edits) {
      // An insertion maps to itself inside the text and at its very end.
      const ok = e.start === e.end ? e.start >= 0 && e.start <= length : inside(e.start, e.end, length);
      if (!ok) return false;
    }
  }
  return true;
}

/**
 * The finding in original offsets, made anew by makeFinding: findings come from many rules in
 * objects of several shapes, and the sort and the checks after it are faster on one. A draft
 * that needed no normalization (most do not) keeps each finding's span and suggestions.
 */
function mapToOriginal(doc: Doc, f: Finding): Finding {
  if (alreadyOriginal(doc, f)) return makeFinding(f.ruleId, f.category, f.severity, f.span, f.message, f.why, f.suggestions);
  return makeFinding(f.ruleId, f.category, f.severity, toOriginal(doc.norm, f.span.start, f.span.end), f.message, f.why, originalSuggestions(doc, f.suggestions));
}

/** The finding for an identifier, in normalized offsets. */
function identifierFinding(doc: Doc, d: Detection, severity: Severity): Finding {
  return makeFinding(d.ruleId, d.category, severity, { start: d.start, end: d.end }, d.message, d.why, suggestionsFor(doc, d));
}

/**
 * The finding for an identifier, in original offsets. Made at once rather than mapped from
 * `identifierFinding`'s: a long normalized draft has thousands, and each would be made twice.
 * (A draft that needed no normalization keeps its offsets, as mapToOriginal would.)
 */
function originalIdentifierFinding(doc: Doc, d: Detection, severity: Severity): Finding {
  if (isUnchanged(doc.norm)) {
    const f = identifierFinding(doc, d, severity);
    return alreadyOriginal(doc, f) ? f : mapToOriginal(doc, f);
  }
  return makeFinding(d.ruleId, d.category, severity, toOriginal(doc.norm, d.start, d.end), d.message, d.why, originalSuggestions(doc, suggestionsFor(doc, d)));
}

/** What risk patterns read (a class: one shape, and no closure per draft). */
class Input implements RiskInput {
  constructor(
    readonly doc: Doc,
    readonly care: CareContext,
    readonly detections: readonly Detection[],
    readonly length: CountResult,
    /** What the risk patterns run so far returned. */
    private readonly fromRisks: readonly Finding[],
  ) {}

  /** In normalized offsets, made only for a rule that reads them (none does today). */
  get findings(): readonly Finding[] {
    const made: Finding[] = [];
    for (const d of this.detections) {
      const severity = severityOf(d, this.doc, this.care);
      if (severity !== undefined) made.push(identifierFinding(this.doc, d, severity));
    }
    return made.concat(this.fromRisks);
  }
}

/**
 * Sorted by position; where two rules flag the very same characters (a relative date and the
 * case-story rule on "last night"), only the most severe is kept so the editor shows one mark.
 */
function dedupe(findings: Finding[]): Finding[] {
  // Sorted in place: the caller's list is its own fresh copy.
  const sorted = findings.sort(bySpanThenSeverity);
  const out: Finding[] = [];
  let prev: Finding | undefined;
  for (const f of sorted) {
    if (prev === undefined || prev.span.start !== f.span.start || prev.span.end !== f.span.end) out.push(f);
    prev = f;
  }
  return out;
}

function bySpanThenSeverity(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || rank(b.severity) - rank(a.severity);
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  let best: Verdict = 'ok';
  for (const f of findings) {
    if (best === 'ok' || rank(f.severity) > rank(best)) best = f.severity;
  }
  return best;
}

function runRecognizers(doc: Doc): Detection[] {
  const all: Detection[] = [];
  for (let r = 0; r < RECOGNIZERS.length; r++) appendAll(all, RECOGNIZERS[r]!.detect(doc));
  return all;
}

/**
 * Pushes every item of `items` onto `to`. Rules return arrays of several shapes (empty, filled,
 * made by map): read by index, none of them needs an iterator object per rule and draft.
 */
function appendAll<T>(to: T[], items: readonly T[]): void {
  if (!Array.isArray(items)) {
    for (const item of items) to.push(item);
    return;
  }
  for (let k = 0; k < items.length; k++) to.push(items[k]!);
}

export function runPipeline(text: string, context: ComposeContext = {}, policy?: EnginePolicy): Analysis {
  const doc = buildDoc(text, context, policy);
  const detections = resolveOverlaps(applyPolicy.toDetections(doc, runRecognizers(doc)));
  const care = careContext(doc, personAnchors(doc, detections), recordSpans(detections));
  // The identifiers' findings are made in original offsets; the risks' are mapped after them.
  const final: Finding[] = [];
  for (const d of detections) {
    const severity = severityOf(d, doc, care);
    if (severity !== undefined) final.push(originalIdentifierFinding(doc, d, severity));
  }
  const counted = count(text, doc.policy.lengthLimit);
  const fromRisks: Finding[] = [];
  const input = new Input(doc, care, detections, counted, fromRisks);
  for (let r = 0; r < RISKS.length; r++) appendAll(fromRisks, RISKS[r]!.check(input));
  const more = applyPolicy.toFindings(doc, fromRisks);
  for (let k = 0; k < more.length; k++) final.push(mapToOriginal(doc, more[k]!));
  const findings = dedupe(final);
  return {
    findings,
    verdict: verdictOf(findings),
    length: {
      weightedLength: counted.weightedLength,
      limit: counted.limit,
      valid: counted.valid,
      remaining: counted.remaining,
      permillage: counted.permillage,
    },
  };
}
