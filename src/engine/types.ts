/**
 * The engine's public data types. Everything here is plain, serialisable data: a finding carries
 * offsets, never the matched text, so findings can cross extension contexts without carrying a
 * draft with them.
 */

export type Severity = 'info' | 'warning' | 'error';
export type Verdict = 'ok' | Severity;

/** HIPAA Safe Harbor identifier families that can appear in text (45 CFR 164.514(b)(2)(i)). */
export type IdentifierCategory =
  | 'name'
  | 'geography'
  | 'date'
  | 'age'
  | 'phone'
  | 'fax'
  | 'email'
  | 'ssn'
  | 'medical-record'
  | 'health-plan'
  | 'account'
  | 'license'
  | 'vehicle'
  | 'device'
  | 'url'
  | 'ip'
  | 'other-identifier';

/** Risk patterns and practice rules that are not a single identifier. */
export type RiskCategory =
  | 'patient-relationship'
  | 'echo'
  | 'case-narrative'
  | 'rare-condition'
  | 'quasi-identifiers'
  | 'public-figure'
  | 'patient-image'
  | 'anonymized-narrative'
  | 'watch-term'
  | 'medical-advice'
  | 'emergency'
  | 'voice'
  | 'accessibility'
  | 'length'
  | 'engine';

export type Category = IdentifierCategory | RiskCategory;

/** Rule ids are `family/kebab-name` and match the file that defines the rule. */
export type RuleId = `${'phi' | 'risk' | 'policy' | 'voice' | 'length' | 'engine'}/${string}`;

/** UTF-16 code-unit offsets into the exact input string, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One replacement; offsets refer to the text the finding was computed on. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface Suggestion {
  /** Button text, e.g. "Replace with “a patient”". Never contains draft text. */
  readonly label: string;
  readonly edits: readonly Edit[];
}

export interface Finding {
  readonly ruleId: RuleId;
  readonly category: Category;
  readonly severity: Severity;
  readonly span: Span;
  /** What was found, in a few words: "This looks like a phone number". */
  readonly message: string;
  /** Why it matters, one plain sentence for a non-lawyer. */
  readonly why: string;
  readonly suggestions: readonly Suggestion[];
}

export type ComposeKind = 'post' | 'reply' | 'quote' | 'thread' | 'dm';

/** The post being replied to or quoted, as read from the page. */
export interface ReplyTarget {
  readonly handle?: string;
  readonly displayName?: string;
  readonly text?: string;
}

export interface ComposeContext {
  readonly kind?: ComposeKind;
  readonly replyTo?: ReplyTarget;
  /** The moment the post would go out; relative dates ("yesterday") become exact against it. */
  readonly now?: number | Date;
  /** Media attached to the draft, when the composer shows it. */
  readonly media?: { readonly count: number; readonly altTexts?: readonly string[] };
  /** Handle of the account posting, so it is never mistaken for someone else. */
  readonly ownHandle?: string;
}

export interface LengthInfo {
  /** X's weighted length, by the rules of twitter-text's parseTweet. */
  readonly weightedLength: number;
  readonly limit: number;
  readonly valid: boolean;
  readonly remaining: number;
  readonly permillage: number;
}

export interface Analysis {
  readonly findings: readonly Finding[];
  readonly verdict: Verdict;
  readonly length: LengthInfo;
}

export type PostGuardMode = 'off' | 'warn' | 'confirm' | 'block';

export interface WatchTerm {
  /** A word or phrase, or a regular expression source when `regex` is true. */
  readonly term: string;
  readonly regex?: boolean;
  readonly severity: Severity;
  readonly note?: string;
}

export interface RotationMember {
  readonly name: string;
  readonly initials: string;
}

/**
 * What the engine reads from a practice policy. Every field is optional so a partial policy (or
 * none) works; the extension's full schema in src/shared/policy.ts is assignable to this.
 */
export interface EnginePolicy {
  readonly practice?: {
    readonly name?: string;
    readonly handles?: readonly string[];
    readonly phones?: readonly string[];
    readonly emails?: readonly string[];
    readonly domains?: readonly string[];
    readonly addresses?: readonly string[];
    readonly portalUrl?: string;
  };
  readonly staff?: readonly { readonly name: string; readonly role?: string }[];
  readonly partners?: readonly string[];
  readonly watchTerms?: readonly WatchTerm[];
  readonly lengthLimit?: number;
  readonly signoff?: { readonly required?: boolean; readonly text?: string };
  readonly rotation?: {
    readonly members?: readonly RotationMember[];
    readonly periodDays?: number;
    readonly startDate?: string;
  };
  readonly emergencyLine?: string;
  /**
   * The practice's own reply wording per intent, with slots {phone}, {portal}, {signoff} and
   * {emergency}; generalize() falls back to its built-in wording for intents without one.
   */
  readonly replyTemplates?: readonly ReplyTemplate[];
  /** Default country for phone numbers written without a country code (ISO 3166 alpha-2). */
  readonly country?: string;
}

/** What a post being answered is about; generalize() writes a reply of that kind. */
export type ReplyIntent =
  | 'emergency'
  | 'third-party'
  | 'public-figure'
  | 'results'
  | 'medication'
  | 'billing'
  | 'appointment'
  | 'complaint'
  | 'symptoms'
  | 'thanks'
  | 'question'
  | 'general';

export interface ReplyTemplate {
  readonly intent: ReplyIntent;
  /** Language of the wording; both when omitted. */
  readonly language?: 'en' | 'es';
  readonly text: string;
}

export interface Generalized {
  /** The reply to post: general, invites a private channel, passes analyze() clean. */
  readonly text: string;
  readonly intent: ReplyIntent;
  readonly language: 'en' | 'es';
  /** Whether an emergency line was added because symptoms were described. */
  readonly emergencyLine: boolean;
  /** Sentences of the draft kept because they were general and safe. */
  readonly keptSentences: number;
  /** True when the draft was already a safe, general reply and was returned unchanged. */
  readonly unchanged: boolean;
  readonly weightedLength: number;
}
