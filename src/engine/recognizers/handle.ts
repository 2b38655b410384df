/**
 * @mentions of people. On X a handle is as good as a name: "@sarah_j finished chemo" names a
 * patient. The practice's own handles and its partners' are removed by the policy; handles that
 * are clearly organisations are left alone only by severity (they are quasi identifiers).
 */
import type { Doc } from '../doc.js';
import type { Detection, Owner, Recognizer } from '../recognizer.js';

// A handle is the subject of the post when it opens it or follows a greeting; anywhere else
// ("via @outlet", "RT @reporter:", "@expert says") it is a source, not a patient.
const ADDRESSING = /(?:congrats|congratulations|thanks|thank you|shout-?out|welcome|get well|prayers|praying|proud of|happy birthday|best wishes|wishing|felicidades|gracias|ánimo)(?:\s+(?:to|for|so much|again|back))?\s*,?\s*$/;

// X handles: 1–15 letters, digits or underscores after an '@' that does not follow a word
// character (so e-mail addresses are not handles).
const HANDLE = /(?<![\p{L}\p{N}_@.])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/gu;
const ONLY_FULL_STOP = /^\s*\.\s*$/;
const ONLY_RETWEET = /^\s*(?:RT|MT)\s*$/i;

// Clinicians brand their handles with their title ("@DrKim", "@dr_kelly", "@JaneSmithMD");
// organisations with what they are ("@riverside_peds", "@StMaryHealth"). Neither is a patient
// by being mentioned: thanking a colleague for a talk on asthma names nobody's care.
const PROVIDER_HANDLE = /^(?:(?:[Dd]r|DR|[Dd]ra|[Dd]oc|[Dd]octor|[Dd]octora|[Nn]urse)(?:_|[A-Z0-9])|.{2,}(?:_(?:md|dds|dmd|do|rn|np|pa|dnp|phd)|MD|DDS|DMD|DO|RN|NP|PA|DNP|PhD)$)/;
const ORG_HANDLE = /clinic|health|hospital|medical|medicine|dental|dentistry|peds|pediatric|pharmacy|center|centre|institute|society|foundation|news|^(?:nhs|cdc)|(?:gov|org|hq)$/i;

function handleOwner(handle: string): Owner | undefined {
  if (PROVIDER_HANDLE.test(handle)) return 'provider';
  if (ORG_HANDLE.test(handle)) return 'public';
  return undefined;
}

function detect(doc: Doc): Detection[] {
  const out: Detection[] = [];
  // Every match starts at an '@': the scan starts at the first one.
  const at = doc.text.indexOf('@');
  HANDLE.lastIndex = at >= 0 ? at : doc.text.length;
  let m: RegExpExecArray | null;
  while ((m = HANDLE.exec(doc.text)) !== null) {
    const handle = m[1]!.toLowerCase();
    const own = doc.policy.ownHandles.has(handle) || doc.policy.partnerHandles.has(handle) || handle === doc.context.ownHandle?.replace(/^@/, '').toLowerCase();
    const opening = doc.text.slice(0, m.index).trim() === '' || ONLY_FULL_STOP.test(doc.text.slice(0, m.index));
    const retweet = ONLY_RETWEET.test(doc.text.slice(0, m.index));
    const subject = (opening && !retweet) || ADDRESSING.test(doc.lower.slice(Math.max(0, m.index - 40), m.index));
    // Some X layouts put the replied-to handle at the start of a reply's text: that is X's own
    // addressing, not the practice naming someone.
    const replyAddress = doc.isReply && opening && handle === doc.context.replyTo?.handle?.replace(/^@/, '').toLowerCase();
    const owner: Owner | undefined = own ? 'practice' : subject && !replyAddress ? handleOwner(m[1]!) : 'public';
    out.push({
      ruleId: 'phi/handle',
      category: 'name',
      start: m.index,
      end: m.index + m[0].length,
      score: 0.7,
      strength: 'quasi',
      owner,
      message: 'An @mention of someone',
      why: 'A handle identifies a person as surely as a name; next to anything about care it makes them a patient in public.',
      replacement: undefined,
    });
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/handle', detect };
export default recognizer;
