import { cases, detectionsOf } from '../cases.test-util.js';
import healthPlan from './health-plan.js';

// MBIs below follow CMS's published format; 1EG4-TE5-MK73 is CMS's own example.
cases('phi/health-plan', detectionsOf(healthPlan), {
  clean: [
    'We accept most insurance plans, including Medicare.',
    'Open enrollment plan 2025 starts soon',
    'Policy 101: wash your hands',
    'Member benefits include 24/7 nurse line',
    'Our HMO partners list is online',
    'Plan B is over the counter',
    'Our meal plan 1200 calories a day',
    'Treatment plan 2 of 3 starts Monday',
    'Medicare Part D 2024-25 changes',
    { text: 'Code 1EG4TE5MK73 shipped', note: 'compact MBI shape without Medicare words' },
    { text: 'Serial 1SG4-TE5-MK73', note: 'S is never used in an MBI' },
  ],
  flagged: [
    { text: 'Medicare MBI 1EG4-TE5-MK73', values: ['1EG4-TE5-MK73'] },
    { text: '1EG4-TE5-MK73 on the card', values: ['1EG4-TE5-MK73'], note: 'dashed MBI alone' },
    { text: 'medicare number 1EG4TE5MK73', values: ['1EG4TE5MK73'] },
    { text: 'Insurance ID: XYZ-987654', values: ['XYZ-987654'] },
    { text: 'member ID HMO-67890', values: ['HMO-67890'] },
    { text: 'Insurance #JP456789', values: ['#JP456789'] },
    { text: 'his plan includes policy #11223344', values: ['#11223344'] },
    { text: 'Aetna W123456789', values: ['W123456789'] },
    { text: 'subscriber 0012345678', values: ['0012345678'] },
    { text: 'Medicaid ID 12345678A', values: ['12345678A'] },
    { text: 'número de afiliado 998877665', values: ['998877665'] },
    { text: 'póliza es AB-123456', values: ['AB-123456'] },
    { text: 'her insurance is BCBS, group 556677 and ID 88776655', values: ['88776655'], note: 'insurance word a few words before' },
  ],
});
