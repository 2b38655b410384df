/**
 * Domains for the URL scanner (count-urls.ts): runs of label characters chained through dots,
 * where a domain ends, its ASCII parts, and whether each label fits DNS once converted to punycode.
 * Apart from the scanner because these answer "is this a domain" whatever surrounds it.
 */
import { ASCII_DOMAIN, DOMAIN, has } from './count-url-classes.js';
import { tldLength } from './count-tlds.js';

/**
 * Runs of label characters and how they chain through dots, so that the longest domain starting
 * anywhere is found in constant time (X's regex tries every label split: quadratic on "a.a.a…").
 */
export interface Labels {
  /** Where the runs were read from, and up to where. */
  readonly from: number;
  readonly to: number;
  /** How many runs were read: the arrays below may hold stale entries past it. */
  readonly count: number;
  /** Run index of each code unit from `from` (up to `to`), -1 outside runs. */
  readonly runAt: ArrayLike<number>;
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** Last '_' in the run, or -1: domain names (unlike subdomains) may not contain '_'. */
  readonly lastUnderscore: readonly number[];
  /** The run is followed by '.' and, right after it, by the next run. */
  readonly linked: readonly boolean[];
  /** Length of the top-level domain after the run's dot, 0 if none. */
  readonly tld: readonly number[];
  /** How many runs after this one can be stepped over as subdomains. */
  readonly steps: readonly number[];
  /** Latest run at or before this one that can be the domain name (last label before the TLD). */
  readonly lastDomainName: readonly number[];
}

/**
 * `strict` applies the rules of X's domain regex (labels start and end with a domain character;
 * no '_' in the domain name); without it, those of its ASCII-domain regex (any run followed by
 * a dot). Runs are bounded by [from, to); a top-level domain, by `bound`. Plain arrays: a post
 * has a few runs, and small typed arrays cost more to make than to fill.
 */
export function labelRuns(text: string, from: number, to: number, bit: number, strict: boolean, bound = to, into = new LabelArrays()): Labels {
  into.from = from;
  into.to = to;
  const runAt = into.runsOver(to - from);
  // Written by index over the previous stretch's entries: emptied, the arrays would give up
  // their storage and grow it anew for every stretch of every draft.
  const { start, end, lastUnderscore, linked, tld, steps, lastDomainName } = into;
  let count = 0;
  for (let i = from; i < to; ) {
    if (!has(text, i, bit)) {
      i++;
      continue;
    }
    const run = count;
    start[run] = i;
    let underscore = -1;
    while (i < to && has(text, i, bit)) {
      if (text.charCodeAt(i) === 0x5f) underscore = i;
      runAt[i - from] = run;
      i++;
    }
    end[run] = i;
    lastUnderscore[run] = underscore;
    count++;
  }
  into.count = count;
  for (let r = 0; r < count; r++) {
    const e = end[r]!;
    let isLinked = false;
    let tldAfter = 0;
    if (e < to && text.charCodeAt(e) === 0x2e && (!strict || has(text, e - 1, DOMAIN))) {
      isLinked = r + 1 < count && start[r + 1] === e + 1;
      tldAfter = tldLength(text, e + 1, bound);
    }
    linked[r] = isLinked;
    tld[r] = tldAfter;
  }
  // Grown by push only, so no array ever gets a hole.
  while (steps.length <= count) steps.push(0);
  steps[count] = 0;
  for (let r = count - 1; r >= 0; r--) {
    const over = linked[r]! && (!strict || has(text, start[r]!, DOMAIN));
    steps[r] = over ? 1 + steps[r + 1]! : 0;
  }
  for (let r = 0; r < count; r++) {
    const s = start[r]!;
    const ok = tld[r]! > 0 && (!strict || (has(text, s, DOMAIN) && lastUnderscore[r]! < s));
    lastDomainName[r] = ok ? r : r > 0 ? lastDomainName[r - 1]! : -1;
  }
  return into;
}

/** The arrays of Labels, which extractUrls fills again for each stretch instead of making new ones. */
export class LabelArrays implements Labels {
  from = 0;
  to = 0;
  count = 0;
  runAt = new Int32Array(0);
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly lastUnderscore: number[] = [];
  readonly linked: boolean[] = [];
  readonly tld: number[] = [];
  readonly steps: number[] = [];
  readonly lastDomainName: number[] = [];

  /** `runAt` for `length` code units, all -1; the buffer grows as needed and is otherwise reused. */
  runsOver(length: number): Int32Array {
    if (this.runAt.length < length) this.runAt = new Int32Array(Math.max(length, 2 * this.runAt.length));
    this.runAt.fill(-1, 0, length);
    return this.runAt;
  }
}

/**
 * End of the domain that starts at `at` (labels, dot, top-level domain), or -1. Like the greedy
 * regex, it takes the most labels that still end in a top-level domain.
 */
export function domainEnd(text: string, labels: Labels, at: number, strict: boolean): number {
  if (at < labels.from || at >= labels.to) return -1;
  const run = labels.runAt[at - labels.from] ?? -1;
  if (run < 0) return -1;
  // The first label may start inside a run: judge it from `at`, not from the run's start.
  const firstOk = !strict || has(text, at, DOMAIN);
  const reach = firstOk && labels.linked[run] === true ? run + 1 + (labels.steps[run + 1] ?? 0) : run;
  const best = labels.lastDomainName[reach] ?? -1;
  if (best > run) return (labels.end[best] ?? 0) + 1 + (labels.tld[best] ?? 0);
  const tld = labels.tld[run] ?? 0;
  const nameOk = firstOk && tld > 0 && (!strict || (labels.lastUnderscore[run] ?? 0) < at);
  return nameOk ? (labels.end[run] ?? 0) + 1 + tld : -1;
}

const MAX_LABEL = 63;

/** The parts of a domain made of ASCII (and Latin accented) labels that end in a known TLD. */
export function asciiDomains(text: string, from: number, to: number): [number, number][] {
  let plain = true;
  for (let i = from; i < to && plain; i++) plain = text.charCodeAt(i) === 0x2e || has(text, i, ASCII_DOMAIN);
  // The domain already ends in a top-level domain, so an all-ASCII domain is one part.
  if (plain) return [[from, to]];
  const labels = labelRuns(text, from, to, ASCII_DOMAIN, false);
  const runs = labels.count;
  const parts: [number, number][] = [];
  let at = from;
  let run = 0;
  while (run < runs) {
    const runEnd = labels.end[run] ?? 0;
    const start = Math.max(at, labels.start[run] ?? 0);
    const end = start < runEnd ? domainEnd(text, labels, start, false) : -1;
    if (end < 0) {
      run++;
      continue;
    }
    parts.push([start, end]);
    at = end;
    // A top-level domain can end inside a run (before an accented letter); go on from there.
    while (run < runs && (labels.end[run] ?? 0) <= at) run++;
  }
  return parts;
}

/** Each label must be 1–63 characters once converted to punycode (X skips the URL otherwise). */
export function labelsFitDns(text: string, from: number, to: number): boolean {
  if (text.startsWith('xn--', from) && asciiDomains(text, from, to).length === 0) return false;
  let labelStart = from;
  let ascii = true;
  for (let i = from; i <= to; i++) {
    const unit = i < to ? text.charCodeAt(i) : 0x2e;
    if (unit !== 0x2e) {
      if (unit < 0x20 || unit > 0x7e) ascii = false;
      continue;
    }
    const fits = ascii ? i - labelStart >= 1 && i - labelStart <= MAX_LABEL : unicodeLabelFits(text.slice(labelStart, i));
    if (!fits) return false;
    labelStart = i + 1;
    ascii = true;
  }
  return true;
}

function unicodeLabelFits(label: string): boolean {
  // Every code point costs at least one character, so long labels fail without encoding.
  if (label.length > 2 * MAX_LABEL) return false;
  const parts = label.split(/[\u3002\uFF0E\uFF61]/);
  let length = parts.length - 1;
  for (const part of parts) length += /[^\x20-\x7E]/.test(part) ? 4 + punycodeLength(part) : part.length;
  return length >= 1 && length <= MAX_LABEL;
}

/** Length of the RFC 3492 punycode encoding of `input` (without the "xn--" prefix). */
function punycodeLength(input: string): number {
  const points = Array.from(input, (c) => c.codePointAt(0) ?? 0);
  const basic = points.filter((c) => c < 0x80).length;
  let length = basic > 0 ? basic + 1 : 0;
  let handled = basic;
  let next = 0x80;
  let delta = 0;
  let bias = 72;
  while (handled < points.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const c of points) if (c >= next && c < m) m = c;
    delta += (m - next) * (handled + 1);
    next = m;
    for (const c of points) {
      if (c < next) delta++;
      if (c !== next) continue;
      let q = delta;
      for (let k = 36; ; k += 36) {
        const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
        if (q < t) break;
        length++;
        q = Math.floor((q - t) / (36 - t));
      }
      length++;
      bias = adaptBias(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    next++;
  }
  return length;
}

function adaptBias(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > 455) {
    d = Math.floor(d / 35);
    k += 36;
  }
  return k + Math.floor((36 * d) / (d + 38));
}
