import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import phone from './phone.js';

cases('phi/phone', detectionsOf(phone), {
  clean: [
    'Open 9am-5pm, Monday to Friday.',
    'The study ran from 2010-2015 and enrolled 1,250 people.',
    'Flu shots are $25 this week, 2 for $45.',
    'Walk-in clinic on 12-05-2023 from 10:30 to 14:00.',
    'Our new wing is 12,500 sq ft and cost 3.5 million.',
    'Version 10.2.1 of the portal app is out.',
    'Rooms 101 102 103 are closed for cleaning.',
    'We screened 1 000 000 people and 12 000 000 more are waiting.',
    'Coordinates 39.1234567, -77.1234567 for the mobile unit.',
    'Mail it to Boston MA 02139-4307.',
    'Sizes 10 x 12 x 14 inches, 98.6 F, 12 of 15 passed.',
    'The 2019 2020 2021 2022 reports are online.',
    'Card on file: 4111 1111 1111 1111.',
    'See https://example.org/article-47513644 for details.',
    'Ticket #5551234567 was closed.',
    { text: 'Room 5 12 3456 78 is ready', note: 'digit groups that are part of a longer run' },
    { text: '000-000-0000', note: 'form placeholder' },
    { text: 'Order +1234567890 and +12-34-56-78-90', note: 'no such calling code or length' },
    { text: 'SSN 536-22-1234 is not a phone number', note: 'SSN shape' },
  ],
  flagged: [
    { text: 'Call 555-123-4567 to book', values: ['555-123-4567'], category: 'phone' },
    { text: 'Her cell is (617) 555-7890.', values: ['(617) 555-7890'] },
    { text: 'text me at 555.123.4567 tonight', values: ['555.123.4567'] },
    { text: 'Reach him at +1 (555) 123-4567', values: ['+1 (555) 123-4567'] },
    { text: 'Questions? 1-800-555-0199', values: ['1-800-555-0199'] },
    { text: 'my number is 123-456-7890', values: ['123-456-7890'], note: 'fictional numbers count' },
    { text: '555-123-4567', values: ['555-123-4567'], note: 'no context at all' },
    { text: 'call 555-555-5555', values: ['555-555-5555'], note: 'typed fakes count' },
    { text: 'Desk 555-123-4567 x204', values: ['555-123-4567 x204'] },
    { text: 'UK office: +44 20 7946 0958', values: ['+44 20 7946 0958'] },
    { text: 'Geneva +41 (0)22 123 45 67 today', values: ['+41 (0)22 123 45 67'] },
    { text: 'Compact +447700900123 works too', values: ['+447700900123'] },
    { text: 'Mobile: 06 12 34 56 78', values: ['06 12 34 56 78'] },
    { text: '06 12 34 56 78', values: ['06 12 34 56 78'], note: 'French mobile shape without context' },
    { text: 'Phone: 9469 9966', values: ['9469 9966'] },
    { text: 'llame al 55 1234 5678 por favor', values: ['55 1234 5678'] },
    { text: 'Teléfono: 91 123 45 67', values: ['91 123 45 67'] },
    { text: 'celular 5512345678', values: ['5512345678'] },
    { text: 'Phone:\n0487 98 11 92', values: ['0487 98 11 92'], note: 'label on the line before' },
    { text: 'Contact: 082 490 1693-Office', values: ['082 490 1693'] },
    { text: 'Please call me on 450 0840 today', values: ['450 0840'] },
    { text: 'Fax: 555-123-4568', values: ['555-123-4568'], category: 'fax' },
    { text: 'F: 555 123 4568', values: ['555 123 4568'], category: 'fax' },
    { text: 'fax records to 617-555-0100', values: ['617-555-0100'], category: 'fax' },
    { text: 'Phone: 555-123-4567 Fax: 555-123-4568', values: ['555-123-4568'], category: 'fax' },
    { text: 'Phone: 555-123-4567 Fax: 555-123-4568', values: ['555-123-4567'], category: 'phone' },
    { text: '+46 8 928 571 38 fax\n+1-984-182-0190 mobile', values: ['+46 8 928 571 38'], category: 'fax' },
    { text: '+46 8 928 571 38 fax\n+1-984-182-0190 mobile', values: ['+1-984-182-0190'], category: 'phone' },
    { text: 'Ｃａｌｌ ５５５-１２３-４５６７', spans: [[5, 17]], note: 'full-width digits' },
  ],
});

describe('phi/phone scores', () => {
  const score = (text: string): number => Math.max(0, ...phone.detect(buildDoc(text)).map((d) => d.score));
  it('context raises a bare run of digits above the threshold, nothing else does', () => {
    expect(score('5403926876')).toBeLessThan(0.5);
    expect(score('Desk: 5403926876')).toBeGreaterThanOrEqual(0.5);
    expect(score('9469 9966')).toBeLessThan(0.5);
  });
  it('stays linear on long runs of digits, dots and dashes', () => {
    for (const s of ['1'.repeat(25000), '1.'.repeat(12500), '1-'.repeat(12500), '12 34 '.repeat(4000), '(0)'.repeat(8000)]) {
      const t0 = performance.now();
      phone.detect(buildDoc(s));
      expect(performance.now() - t0).toBeLessThan(250);
    }
  });
});
