/**
 * An in-memory stand-in for the parts of webextension-polyfill that src/shared and src/options
 * use: storage.local, storage.managed, storage.onChanged and i18n. Tests install it with
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.test-util.js')).fakeBrowser }));
 * and call `resetFakeBrowser()` before each test. Every value written is also kept in `writes`,
 * so a test can scan all that ever reached storage.
 */
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const listeners = new Set<Listener>();
let local = new Map<string, unknown>();
let managed: Record<string, unknown> | Error | undefined;
let messages: Messages = en as Messages;

export const writes: unknown[] = [];

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void {
  if (Object.keys(changes).length === 0) return;
  for (const l of [...listeners]) l(changes, area);
}

function pick(keys: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (keys === null || keys === undefined) {
    for (const [k, v] of local) out[k] = clone(v);
  } else if (typeof keys === 'string') {
    if (local.has(keys)) out[keys] = clone(local.get(keys));
  } else if (Array.isArray(keys)) {
    for (const k of keys as string[]) if (local.has(k)) out[k] = clone(local.get(k));
  } else if (typeof keys === 'object') {
    for (const [k, d] of Object.entries(keys as Record<string, unknown>)) out[k] = local.has(k) ? clone(local.get(k)) : d;
  }
  return out;
}

/** Substitutes $1…$9 and named placeholders the way Chrome's i18n does. */
function format(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (entry === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const fakeBrowser = {
  storage: {
    local: {
      async get(keys?: unknown): Promise<Record<string, unknown>> {
        return pick(keys);
      },
      async set(items: Record<string, unknown>): Promise<void> {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          writes.push(clone(v));
          changes[k] = { oldValue: local.get(k), newValue: clone(v) };
          local.set(k, clone(v));
        }
        emit(changes, 'local');
      },
      async remove(keys: string | string[]): Promise<void> {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const k of Array.isArray(keys) ? keys : [keys]) {
          if (!local.has(k)) continue;
          changes[k] = { oldValue: local.get(k) };
          local.delete(k);
        }
        emit(changes, 'local');
      },
    },
    managed: {
      async get(): Promise<Record<string, unknown>> {
        if (managed instanceof Error) throw managed;
        return clone(managed ?? {});
      },
    },
    onChanged: {
      addListener(l: Listener): void {
        listeners.add(l);
      },
      removeListener(l: Listener): void {
        listeners.delete(l);
      },
      hasListener(l: Listener): boolean {
        return listeners.has(l);
      },
    },
  },
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string {
      return format(key, substitutions);
    },
    getUILanguage(): string {
      return 'en';
    },
  },
  runtime: {
    getURL(path: string): string {
      return `chrome-extension://test/${path}`;
    },
  },
};

export function resetFakeBrowser(): void {
  local = new Map();
  managed = undefined;
  messages = en as Messages;
  writes.length = 0;
  listeners.clear();
}

/** What the administrator deployed; an Error makes storage.managed.get() reject, as Firefox does. */
export function setManaged(value: Record<string, unknown> | Error | undefined): void {
  managed = value;
  emit({ managed: { newValue: value } }, 'managed');
}

/** Writes straight into storage.local, bypassing any validation, as a corrupted profile would. */
export function setLocalRaw(key: string, value: unknown): void {
  local.set(key, clone(value));
  emit({ [key]: { newValue: value } }, 'local');
}

export function localSnapshot(): Record<string, unknown> {
  return Object.fromEntries([...local].map(([k, v]) => [k, clone(v)]));
}

export function useMessages(m: Messages): void {
  messages = m;
}

export function listenerCount(): number {
  return listeners.size;
}
