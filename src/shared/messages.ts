/**
 * The one protocol between CareTweet's extension contexts. Every message any context sends to
 * another is listed in `Protocol`, with its request and its response; receivers get `unknown`
 * and narrow it with `isMessage` / `isResponse`, which check every field and refuse unknown ones.
 *
 *   popup      → content script (tabs.sendMessage):    ct:get-state, ct:select, ct:apply
 *   content    → background + open popup (runtime):     ct:summary
 *
 * Draft text never crosses: findings go as offsets, message and why (CareTweet's own wording),
 * without their suggestions (a suggestion's edits can quote the draft). The one text that does
 * travel is the generalized reply, which the engine writes from templates and proves clean; it
 * goes from the content script to the popup to be shown, and back to be put into the composer.
 * The background gets counts only.
 */
import browser from 'webextension-polyfill';
import type { Category, ComposeKind, ReplyIntent, RuleId, Severity, Verdict } from '../engine/types.js';

/** A finding as the popup shows it: no suggestions (their edits may quote the draft). */
export interface FindingView {
  readonly ruleId: RuleId;
  readonly category: Category;
  readonly severity: Severity;
  /** UTF-16 offsets into the composer's text, end exclusive (to select it in the page). */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly why: string;
}

export type DetectionLevel = 'testid' | 'role' | 'textarea';

export interface HealthView {
  readonly detected: boolean;
  /** testid is normal; role/textarea mean X changed its page and a fallback found the composer. */
  readonly level: DetectionLevel | null;
  readonly count: number;
}

export interface ComposerView {
  readonly id: string;
  readonly testid: string;
  readonly kind: ComposeKind;
  readonly level: DetectionLevel;
  readonly verdict: Verdict;
  readonly weightedLength: number;
  readonly limit: number;
  readonly hasText: boolean;
  readonly focused: boolean;
  /** False until the engine has checked the current text. */
  readonly checked: boolean;
  readonly findings: readonly FindingView[];
}

export interface GeneralizedView {
  /** The reply to post; written by the engine, always clean (see src/engine/generalize.ts). */
  readonly text: string;
  readonly intent: ReplyIntent;
  readonly language: 'en' | 'es';
  readonly emergencyLine: boolean;
  /** The draft already was a safe, general reply. */
  readonly unchanged: boolean;
  readonly weightedLength: number;
  readonly limit: number;
}

export interface StateResponse {
  readonly health: HealthView;
  /** The focused (or last focused) composer; null when there is none on the page. */
  readonly composer: ComposerView | null;
  /** Null without a composer, with an empty draft, or before the engine has loaded. */
  readonly generalized: GeneralizedView | null;
}

export type ReplaceMethodView = 'paste' | 'insert-text' | 'keyboard' | 'clipboard' | 'none';

export interface ApplyResponse {
  /** True when the composer was read back and holds exactly the text asked for. */
  readonly ok: boolean;
  readonly method: ReplaceMethodView;
  /** On failure: whether the content script put the text on the clipboard instead. */
  readonly copied?: boolean;
  /** Why nothing was tried: no such composer, or the text is not a reply the content script offered. */
  readonly refused?: 'no-composer' | 'not-offered';
}

/** What the toolbar badge needs about a tab: counts, never text. */
export interface Summary {
  /** Findings of warning or error severity on the tab's focused composer. */
  readonly problems: number;
  readonly top: Verdict;
}

export interface Protocol {
  'ct:get-state': { request: Record<never, never>; response: StateResponse };
  'ct:select': { request: { readonly composerId: string; readonly start: number; readonly end: number }; response: { readonly ok: boolean } };
  'ct:apply': { request: { readonly composerId: string | null; readonly text: string }; response: ApplyResponse };
  'ct:summary': { request: Summary; response: null };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { [K in T]: { readonly type: K } & Protocol[K]['request'] }[T];
export type Response<T extends MessageType> = Protocol[T]['response'];

/** The messages the popup sends to a tab's content script. */
export type ToContent = 'ct:get-state' | 'ct:select' | 'ct:apply';
/** The messages a content script sends to the rest of the extension. */
export type FromContent = 'ct:summary';

// ---- guards ------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Exactly these keys (optional ones may be missing): a message never smuggles extra fields. */
function keys(o: Obj, required: readonly string[], optional: readonly string[] = []): boolean {
  for (const k of required) if (!(k in o)) return false;
  for (const k of Object.keys(o)) if (!required.includes(k) && !optional.includes(k)) return false;
  return true;
}
const isStr = (x: unknown): x is string => typeof x === 'string';
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (x: unknown): x is T =>
    typeof x === 'string' && (values as readonly string[]).includes(x);

const SEVERITIES = ['info', 'warning', 'error'] as const;
const VERDICTS = ['ok', 'info', 'warning', 'error'] as const;
const KINDS = ['post', 'reply', 'quote', 'thread', 'dm'] as const;
const LEVELS = ['testid', 'role', 'textarea'] as const;
const METHODS = ['paste', 'insert-text', 'keyboard', 'clipboard', 'none'] as const;
const REFUSALS = ['no-composer', 'not-offered'] as const;
const INTENTS = ['emergency', 'third-party', 'public-figure', 'results', 'medication', 'billing', 'appointment', 'complaint', 'symptoms', 'thanks', 'question', 'general'] as const;

const isSeverity = oneOf(SEVERITIES);
const isVerdict = oneOf(VERDICTS);
const isKind = oneOf(KINDS);
const isLevel = oneOf(LEVELS);
const isMethod = oneOf(METHODS);
const isRefusal = oneOf(REFUSALS);
const isIntent = oneOf(INTENTS);
const isRuleId = (x: unknown): x is RuleId => isStr(x) && /^(?:phi|risk|policy|voice|length|engine)\/[a-z0-9-]{1,60}$/.test(x);
/** Category names are kebab-case words; the engine's list grows, the shape does not. */
const isCategory = (x: unknown): x is Category => isStr(x) && /^[a-z][a-z-]{0,40}$/.test(x);

/** The engine's own sentences are short; anything longer is not a message or a why. */
const MAX_PROSE = 600;
/** X's longest post (Premium) is 25,000 weighted characters. */
const MAX_REPLY = 25_000;

export function isFindingView(x: unknown): x is FindingView {
  return (
    isObj(x) &&
    keys(x, ['ruleId', 'category', 'severity', 'start', 'end', 'message', 'why']) &&
    isRuleId(x['ruleId']) &&
    isCategory(x['category']) &&
    isSeverity(x['severity']) &&
    isCount(x['start']) &&
    isCount(x['end']) &&
    (x['end'] as number) >= (x['start'] as number) &&
    isStr(x['message']) &&
    x['message'].length <= MAX_PROSE &&
    isStr(x['why']) &&
    x['why'].length <= MAX_PROSE
  );
}

function isHealth(x: unknown): x is HealthView {
  return isObj(x) && keys(x, ['detected', 'level', 'count']) && isBool(x['detected']) && (x['level'] === null || isLevel(x['level'])) && isCount(x['count']);
}

function isComposer(x: unknown): x is ComposerView {
  return (
    isObj(x) &&
    keys(x, ['id', 'testid', 'kind', 'level', 'verdict', 'weightedLength', 'limit', 'hasText', 'focused', 'checked', 'findings']) &&
    isStr(x['id']) &&
    x['id'].length <= 64 &&
    isStr(x['testid']) &&
    x['testid'].length <= 64 &&
    isKind(x['kind']) &&
    isLevel(x['level']) &&
    isVerdict(x['verdict']) &&
    isCount(x['weightedLength']) &&
    isCount(x['limit']) &&
    isBool(x['hasText']) &&
    isBool(x['focused']) &&
    isBool(x['checked']) &&
    Array.isArray(x['findings']) &&
    x['findings'].every(isFindingView)
  );
}

function isGeneralized(x: unknown): x is GeneralizedView {
  return (
    isObj(x) &&
    keys(x, ['text', 'intent', 'language', 'emergencyLine', 'unchanged', 'weightedLength', 'limit']) &&
    isStr(x['text']) &&
    x['text'].length <= MAX_REPLY &&
    isIntent(x['intent']) &&
    (x['language'] === 'en' || x['language'] === 'es') &&
    isBool(x['emergencyLine']) &&
    isBool(x['unchanged']) &&
    isCount(x['weightedLength']) &&
    isCount(x['limit'])
  );
}

export function isSummary(x: unknown): x is Summary {
  return isObj(x) && keys(x, ['problems', 'top']) && isCount(x['problems']) && isVerdict(x['top']);
}

type Guards = { readonly [K in MessageType]: { readonly request: (m: Obj) => boolean; readonly response: (r: unknown) => boolean } };

const GUARDS: Guards = {
  'ct:get-state': {
    request: (m) => keys(m, ['type']),
    response: (r) => isObj(r) && keys(r, ['health', 'composer', 'generalized']) && isHealth(r['health']) && (r['composer'] === null || isComposer(r['composer'])) && (r['generalized'] === null || isGeneralized(r['generalized'])),
  },
  'ct:select': {
    request: (m) => keys(m, ['type', 'composerId', 'start', 'end']) && isStr(m['composerId']) && isCount(m['start']) && isCount(m['end']) && (m['end'] as number) >= (m['start'] as number),
    response: (r) => isObj(r) && keys(r, ['ok']) && isBool(r['ok']),
  },
  'ct:apply': {
    request: (m) => keys(m, ['type', 'composerId', 'text']) && (m['composerId'] === null || isStr(m['composerId'])) && isStr(m['text']) && m['text'].length <= MAX_REPLY,
    response: (r) => isObj(r) && keys(r, ['ok', 'method'], ['copied', 'refused']) && isBool(r['ok']) && isMethod(r['method']) && (r['copied'] === undefined || isBool(r['copied'])) && (r['refused'] === undefined || isRefusal(r['refused'])),
  },
  'ct:summary': {
    request: (m) => {
      const { type: _type, ...rest } = m;
      return isSummary(rest);
    },
    response: (r) => r === null || r === undefined,
  },
};

export const MESSAGE_TYPES = Object.keys(GUARDS) as readonly MessageType[];

/** Narrows anything received to a message of the protocol (of one of `types`, when given). */
export function isMessage<T extends MessageType = MessageType>(x: unknown, types?: readonly T[]): x is Message<T> {
  if (!isObj(x) || !isStr(x['type']) || !(x['type'] in GUARDS)) return false;
  const type = x['type'] as MessageType;
  if (types !== undefined && !(types as readonly string[]).includes(type)) return false;
  return GUARDS[type].request(x);
}

/** Narrows a reply to the response of a `type` message. */
export function isResponse<T extends MessageType>(type: T, x: unknown): x is Response<T> {
  return GUARDS[type].response(x);
}

// ---- helpers -----------------------------------------------------------------------------------

/** The receiver answered something that is not the protocol's response (or nothing at all). */
export class ProtocolError extends Error {
  constructor(readonly type: MessageType) {
    super(`CareTweet: unexpected answer to ${type}`);
    this.name = 'ProtocolError';
  }
}

/** Sends a message to the content script of tab `tabId` and checks its answer. */
export async function sendToTab<T extends ToContent>(tabId: number, message: Message<T>): Promise<Response<T>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, message);
  if (!isResponse(message.type, reply)) throw new ProtocolError(message.type);
  return reply as Response<T>;
}

/**
 * Sends a content script's message to the rest of the extension (the background worker, and the
 * popup when it is open). Never throws: with no listener, or with the extension gone, the message
 * is simply not delivered.
 */
export async function sendFromContent<T extends FromContent>(message: Message<T>): Promise<Response<T> | undefined> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return isResponse(message.type, reply) ? (reply as Response<T>) : undefined;
  } catch {
    return undefined;
  }
}

export type Sender = browser.Runtime.MessageSender;

export type Handlers<T extends MessageType> = {
  readonly [K in T]: (message: Message<K>, sender: Sender) => Response<K> | Promise<Response<K>>;
};

/**
 * Answers the messages of `handlers` arriving through runtime.onMessage, until `signal` aborts.
 * Anything else (another type, or something that is not the protocol) is left unanswered, so
 * other listeners in the same context still get their turn.
 */
export function handleMessages<T extends MessageType>(handlers: Handlers<T>, signal: AbortSignal): void {
  if (signal.aborted) return;
  const types = Object.keys(handlers) as T[];
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isMessage(message, types)) return undefined;
    const handler = handlers[message.type] as (m: Message<T>, s: Sender) => Response<T> | Promise<Response<T>>;
    return Promise.resolve().then(() => handler(message, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/**
 * Listens to messages meant for others (the popup hears the summaries content scripts send to
 * the background) without answering them.
 */
export function observeMessages<T extends MessageType>(types: readonly T[], listener: (message: Message<T>, sender: Sender) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const wrapped = (message: unknown, sender: Sender): undefined => {
    if (isMessage(message, types)) listener(message, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(wrapped), { once: true });
}
