/**
 * Numbered migrations of a stored policy. Each takes the stored object of version N and returns
 * version N + 1; they only move and rename, never validate (validation runs after all of them).
 */
import { POLICY_VERSION } from './policy-schema.js';

export type Raw = Record<string, unknown>;

export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Migrations by the version they upgrade from. Never edit a shipped one: policies already
 * deployed by administrators are written in the old shapes.
 */
export const MIGRATIONS: Readonly<Record<number, (old: Raw) => Raw>> = {
  /**
   * v1 kept the practice's details as flat keys; v2 groups them into `practice` so the engine,
   * the options page and managed storage lock them as one profile.
   */
  1: (old) => {
    const { practiceName, practiceHandles, practicePhones, practiceAddresses, website, ...rest } = old;
    const hasAny = [practiceName, practiceHandles, practicePhones, practiceAddresses, website].some((v) => v !== undefined);
    if (!hasAny) return { ...rest, version: 2 };
    const practice: Raw = isRecord(rest.practice) ? { ...rest.practice } : {};
    if (practiceName !== undefined) practice.name = practiceName;
    if (practiceHandles !== undefined) practice.handles = practiceHandles;
    if (practicePhones !== undefined) practice.phones = practicePhones;
    if (practiceAddresses !== undefined) practice.addresses = practiceAddresses;
    // v1 had one website address; v2 lists bare domains.
    if (typeof website === 'string' && website.trim().length > 0) practice.domains = [website];
    return { ...rest, practice, version: 2 };
  },
  /**
   * v2 had `signoff` as a string with a separate `requireSignoff`, and the rotation period in
   * weeks; v3 has `signoff: {required, text}` and `periodDays`, so a rotation can be by day.
   */
  2: (old) => {
    const { requireSignoff, ...rest } = old;
    const out: Raw = { ...rest, version: 3 };
    if (typeof rest.signoff === 'string' || requireSignoff !== undefined) {
      out.signoff = {
        required: requireSignoff === true,
        text: typeof rest.signoff === 'string' ? rest.signoff : isRecord(rest.signoff) ? rest.signoff.text : '',
      };
    }
    if (isRecord(rest.rotation) && rest.rotation.periodWeeks !== undefined) {
      const { periodWeeks, ...rotation } = rest.rotation;
      out.rotation = { ...rotation, periodDays: typeof periodWeeks === 'number' ? periodWeeks * 7 : periodWeeks };
    }
    return out;
  },
};

/** Brings a stored object up to POLICY_VERSION. A missing version means "current". */
export function migrate(raw: Raw): { value: Raw; from: number } | { error: string } {
  const version = raw.version ?? POLICY_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `version: must be a whole number from 1 to ${POLICY_VERSION}` };
  }
  if (version > POLICY_VERSION) {
    return { error: `version: this policy was made for a newer CareTweet (version ${version}); update the extension` };
  }
  let value: Raw = { ...raw, version };
  for (let v = version; v < POLICY_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) return { error: `version: no migration from version ${v}` };
    value = step(value);
  }
  return { value, from: version };
}
