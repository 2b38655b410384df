/**
 * How serious an identifier is, given where it stands. The same phone number is the practice's
 * own in "call us at …", possible PHI in a bare post, and a disclosure next to a patient's care.
 */
import type { CareContext } from './context/care.js';
import type { Doc } from './doc.js';
import { hasContext, type Detection } from './recognizer.js';
import type { Severity } from './types.js';

// The practice inviting contact: the number or address that follows is its own.
const PRACTICE_CUES = [
  'call us', 'call our', 'contact us', 'reach us', 'text us', 'email us', 'fax us', 'our office',
  'our number', 'our phone', 'our fax', 'our email', 'our address', 'our clinic', 'our practice',
  'book at', 'book online', 'appointments', 'to schedule', 'to book', 'call', 'visit us', 'find us',
  'located at', 'join us', 'join us at', 'llámenos', 'llame al', 'llámanos', 'nuestro teléfono',
  'nuestra oficina', 'contáctenos', 'escríbanos', 'visítenos',
];

export function severityOf(det: Detection, doc: Doc, care: CareContext): Severity | undefined {
  if (det.owner === 'practice' || det.owner === 'public') return undefined;
  const individual = care.individualAt(det.start);
  // A clinician named inside a case story narrows down the patient; anywhere else it is fine.
  if (det.owner === 'provider') return individual ? 'info' : undefined;
  if (det.strength === 'direct') {
    // Record, plan, SSN and card numbers never belong in a public post, whoever they belong to.
    if (det.category === 'ssn' || det.category === 'medical-record' || det.category === 'health-plan' || det.category === 'account') {
      return 'error';
    }
    const practiceCue = hasContext(doc, det.start, det.end, PRACTICE_CUES, 30);
    if (practiceCue && !individual) return 'info';
    if (individual || care.healthAt(det.start)) return 'error';
    return 'warning';
  }
  // Quasi identifiers (names, dates, places, ages): harmless alone, identifying with care.
  if (individual) return 'error';
  return det.category === 'name' || det.category === 'age' || det.category === 'geography' ? 'info' : undefined;
}
