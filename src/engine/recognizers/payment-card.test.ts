import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { MIN_SCORE, type Detection } from '../recognizer.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import paymentCard from './payment-card.js';
import phone from './phone.js';

// Issuers' published test card numbers; none is a real account.
cases('phi/payment-card', detectionsOf(paymentCard), {
  clean: [
    { text: 'Order 4111111111111112 shipped', note: 'fails Luhn, no card words' },
    { text: 'Tracking 9000000000000001', note: 'Luhn-valid but no issuer, no card words' },
    { text: 'Code 501800000009', note: '12-digit Maestro shape needs card words' },
    { text: '0000 0000 0000 0000' },
    { text: 'Numbers 4111 1111-1111 1111 mixed', note: 'mixed separators' },
    { text: 'https://x.com/i/status/4111111111111111' },
    { text: 'Call 555-123-4567 or +44 20 7946 0958' },
    { text: 'Record 12345678901234567890123 is long', note: 'too long' },
  ],
  flagged: [
    { text: 'Visa 4111 1111 1111 1111 exp 12/29', values: ['4111 1111 1111 1111'] },
    { text: '4111-1111-1111-1111', values: ['4111-1111-1111-1111'] },
    { text: 'paid with 5555555555554444', values: ['5555555555554444'] },
    { text: 'MC 2223003122003222', values: ['2223003122003222'] },
    { text: 'Amex 3782 822463 10005 on file', values: ['3782 822463 10005'] },
    { text: '6011111111111117', values: ['6011111111111117'] },
    { text: 'Diners 30569309025904', values: ['30569309025904'] },
    { text: 'JCB 3530111333300000', values: ['3530111333300000'] },
    { text: 'UnionPay 6200000000000005', values: ['6200000000000005'] },
    { text: 'my card 501800000009', values: ['501800000009'], note: '12-digit Maestro with card words' },
    { text: 'card number 9000000000000001', values: ['9000000000000001'], note: 'no known issuer but card words' },
    { text: 'credit card 4111111111111112', values: ['4111111111111112'], note: 'mistyped, with card words' },
    { text: 'tarjeta 4012 8888 8888 1881', values: ['4012 8888 8888 1881'] },
  ],
});

/** Highest score wins where detections overlap, as the pipeline resolves them. */
function strongest(detections: readonly Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Detection[] = [];
  for (const d of sorted) if (d.score >= MIN_SCORE && !kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  return kept;
}

describe('phi/payment-card against phone', () => {
  it('a Luhn-valid 16-digit number is a card, not a phone', () => {
    const doc = buildDoc('call 4111 1111 1111 1111');
    const kept = strongest([...paymentCard.detect(doc), ...phone.detect(doc)]);
    expect(kept.map((d) => d.ruleId)).toEqual(['phi/payment-card']);
  });
});
