/**
 * The practice policy's shape: its types, the defaults every missing setting takes, and the size
 * limits that keep storage small. `Policy` is what every reader gets once a stored, managed or
 * imported policy has been migrated and validated.
 */
import type { EnginePolicy, PostGuardMode, ReplyIntent, Severity } from '../engine/types.js';

export const POLICY_VERSION = 3;

export interface PracticeProfile {
  readonly name: string;
  /** X handles without '@'. */
  readonly handles: readonly string[];
  /** Public phone and fax numbers, as written. */
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  /** Website domains ("riversidefamily.example"). */
  readonly domains: readonly string[];
  readonly addresses: readonly string[];
  /** Patient portal address, offered by reply templates as {portal}. */
  readonly portalUrl: string;
}

export interface StaffMember {
  readonly name: string;
  readonly role: string;
}

export interface PolicyWatchTerm {
  readonly term: string;
  readonly regex: boolean;
  readonly severity: Severity;
  readonly note: string;
}

export interface PolicyRotationMember {
  readonly name: string;
  readonly initials: string;
}

/**
 * The practice's own wording for a generalized reply of one intent (the engine's generalize()
 * uses it instead of its built-in wording). Same shape as the engine's ReplyTemplate.
 */
export interface PolicyReplyTemplate {
  readonly intent: ReplyIntent;
  /** Language of the wording; both languages when omitted. */
  readonly language?: 'en' | 'es';
  /** May hold the slots {phone}, {portal}, {signoff} and {emergency}. */
  readonly text: string;
}

/** Every intent generalize() knows, in the order the options page lists them. */
export const REPLY_INTENTS = [
  'question', 'appointment', 'results', 'medication', 'symptoms', 'emergency', 'billing', 'complaint',
  'thanks', 'third-party', 'public-figure', 'general',
] as const satisfies readonly ReplyIntent[];
// Fails to compile when the engine gains an intent this list does not have.
const allIntents: Exclude<ReplyIntent, (typeof REPLY_INTENTS)[number]> extends never ? true : never = true;
void allIntents;

export interface Policy {
  readonly version: number;
  readonly practice: PracticeProfile;
  readonly staff: readonly StaffMember[];
  /** Partner practices' handles without '@': retweeted and tagged, never patients. */
  readonly partners: readonly string[];
  readonly watchTerms: readonly PolicyWatchTerm[];
  readonly postGuard: PostGuardMode;
  readonly lengthLimit: 280 | 25000;
  readonly rotation: {
    readonly members: readonly PolicyRotationMember[];
    readonly periodDays: number;
    /** "YYYY-MM-DD": the first day of the first member's turn. */
    readonly startDate: string;
  };
  readonly signoff: {
    readonly required: boolean;
    /** Sign-off text; may hold {initials} and {name} of this turn's physician. Empty: "^XY". */
    readonly text: string;
  };
  readonly replyTemplates: readonly PolicyReplyTemplate[];
  readonly proofread: {
    readonly enabled: boolean;
    readonly items: readonly string[];
  };
  /** Number offered in replies about emergencies ("911"). */
  readonly emergencyLine: string;
  /** Default country for phone numbers (ISO 3166 alpha-2). */
  readonly country: string;
  readonly audit: {
    readonly enabled: boolean;
    readonly retentionDays: number;
    readonly maxEntries: number;
  };
}

export type PolicyKey = Exclude<keyof Policy, 'version'>;

// Compile-time proof that the engine can take a Policy as it is.
const engineView: (p: Policy) => EnginePolicy = (p) => p;
void engineView;

export const defaults: Policy = {
  version: POLICY_VERSION,
  practice: { name: '', handles: [], phones: [], emails: [], domains: [], addresses: [], portalUrl: '' },
  staff: [],
  partners: [],
  watchTerms: [],
  postGuard: 'confirm',
  lengthLimit: 280,
  rotation: { members: [], periodDays: 7, startDate: '' },
  signoff: { required: false, text: '' },
  // Empty: generalize() uses its built-in wording until the practice writes its own.
  replyTemplates: [],
  proofread: {
    enabled: false,
    items: [
      'No patient is named, described or confirmed',
      'No dates of visits, room numbers or photos of patients',
      'The sign-off is there',
    ],
  },
  emergencyLine: '911',
  country: 'US',
  audit: { enabled: true, retentionDays: 365, maxEntries: 5000 },
};

export const POLICY_KEYS: readonly PolicyKey[] = [
  'practice', 'staff', 'partners', 'watchTerms', 'postGuard', 'lengthLimit', 'rotation', 'signoff',
  'replyTemplates', 'proofread', 'emergencyLine', 'country', 'audit',
];

/** Sizes that keep storage small and every list reviewable by a person. */
export const LIMITS = {
  shortText: 100,
  text: 200,
  templateText: 1000,
  handles: 20,
  phones: 20,
  emails: 20,
  domains: 20,
  addresses: 20,
  staff: 200,
  partners: 200,
  watchTerms: 200,
  watchPattern: 200,
  rotationMembers: 52,
  replyTemplates: 50,
  proofreadItems: 20,
  periodDays: 365,
  retentionDays: 3650,
  maxEntries: 100_000,
} as const;

export const TEMPLATE_SLOTS = ['phone', 'portal', 'signoff', 'emergency'] as const;
