/**
 * Which engine categories count as finding a labelled span. The evaluation sets use their own
 * label names (HIPAA Safe Harbor names in ASQ-PHI, Presidio's entity names, redact-pii's and
 * sanitize-pii's pattern names); a label with no counterpart among the engine's categories is
 * listed as "not scored" rather than counted as a miss.
 */
import type { Category } from '../../src/engine/types.js';

const PHONE: readonly Category[] = ['phone', 'fax'];
const GEOGRAPHY: readonly Category[] = ['geography'];
const ACCOUNT: readonly Category[] = ['account'];
const SSN: readonly Category[] = ['ssn'];
const LICENSE: readonly Category[] = ['license'];

export const LABEL_CATEGORIES: Readonly<Record<string, readonly Category[]>> = {
  NAME: ['name'],
  PERSON: ['name'],
  PERSON_NAME: ['name'],
  DATE: ['date'],
  DATE_TIME: ['date'],
  GEOGRAPHIC_LOCATION: GEOGRAPHY,
  STREET_ADDRESS: GEOGRAPHY,
  GPE: GEOGRAPHY,
  ZIP_CODE: GEOGRAPHY,
  ZIPCODE: GEOGRAPHY,
  ADDRESS: GEOGRAPHY,
  MEDICAL_RECORD_NUMBER: ['medical-record'],
  HEALTH_PLAN_BENEFICIARY_NUMBER: ['health-plan'],
  PHONE_NUMBER: PHONE,
  FAX_NUMBER: PHONE,
  EMAIL_ADDRESS: ['email'],
  SOCIAL_SECURITY_NUMBER: SSN,
  US_SSN: SSN,
  US_SOCIAL_SECURITY_NUMBER: SSN,
  ACCOUNT_NUMBER: ACCOUNT,
  CREDIT_CARD: ACCOUNT,
  CREDIT_CARD_NUMBER: ACCOUNT,
  IBAN_CODE: ACCOUNT,
  IP_ADDRESS: ['ip'],
  CERTIFICATE_LICENSE_NUMBER: LICENSE,
  US_DRIVER_LICENSE: LICENSE,
  AGE: ['age'],
  URL: ['url'],
  UNIQUE_IDENTIFIER: ['medical-record', 'health-plan', 'account', 'license', 'vehicle', 'device', 'other-identifier', 'ssn'],
};

/** Categories for a label, or undefined when the label is not scored. */
export function categoriesOf(label: string): readonly Category[] | undefined {
  return LABEL_CATEGORIES[label];
}

/**
 * sanitize-pii's pattern names (Canadian identifiers) → categories. Its API-key pattern has no
 * counterpart and is not scored.
 */
export function sanitizePatternCategories(pattern: string): readonly Category[] | undefined {
  if (pattern.startsWith('phone_number')) return PHONE;
  if (pattern.startsWith('address_') || pattern === 'postal_code' || pattern === 'po_box') return GEOGRAPHY;
  if (pattern.startsWith('drivers_license_')) return LICENSE;
  if (pattern.startsWith('health_card_')) return ['health-plan', 'medical-record', 'other-identifier'];
  if (pattern === 'sin') return ['ssn', 'other-identifier'];
  if (pattern === 'pri' || pattern === 'passport') return ['other-identifier', 'license'];
  if (pattern === 'credit_card' || pattern.startsWith('bank_account')) return ACCOUNT;
  if (pattern === 'ip_address') return ['ip'];
  return undefined;
}

/** sanitize-pii's patterns grouped the way the table shows them. */
export function sanitizePatternGroup(pattern: string): string {
  return pattern.replace(/_(alberta|manitoba|newfoundland|nova_scotia|nwt|ontario|quebec)$/, '_*').replace(/^phone_number(_international)?$/, 'phone_number*').replace(/^address_(en|fr)$/, 'address_*');
}
