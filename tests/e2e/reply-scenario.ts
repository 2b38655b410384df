/**
 * The reply both the popup and the in-page "Use generalized reply" tests type: the fixture's post
 * page, the post it shows above its reply box, and a warm reply that leaks (all synthetic).
 */
import type { ComposeContext } from '../../src/engine/index.js';

export const STATUS = 'https://x.com/jordan_ellery/status/1790000000000000042';
/** The post the fixture shows above its reply box. */
export const REPLY_TO = {
  handle: 'jordan_ellery',
  displayName: 'Jordan Ellery',
  text: 'Does the clinic on Birch Street take walk-ins on Saturdays? My knee has been acting up again.',
};
export const CONTEXT: ComposeContext = { kind: 'reply', replyTo: REPLY_TO };
/** A warm reply that confirms the person is a patient and names the visit day. */
export const RISKY_REPLY = 'So glad your knee is feeling better after your visit yesterday, Jordan! See you Saturday.';
