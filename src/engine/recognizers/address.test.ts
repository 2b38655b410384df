import { cases, detectionsOf } from '../cases.test-util.js';
import address from './address.js';

cases('phi/address', detectionsOf(address), {
  clean: [
    '5 Easy Ways to beat the flu this winter.',
    '3 Key Points from the new guidelines.',
    'Top 10 Health Centers in the country.',
    'Take 2 tablets per day with food.',
    'We saw 40 patients in Room 12, Bed 4.',
    'Chapter 11 filing. Windows 10 update. Apollo 13.',
    'Stocks fell on Wall Street and Main Street felt it.',
    'Reply via email 2 times a day.',
    'The Supreme Court ruled 5-4 on the case.',
    'Boarding at Gate 12 now.',
    'Is on Channel 4 tonight.',
    'Live in just 10 states.',
  ],
  flagged: [
    { text: 'She lives at 123 Main St, Springfield, IL 62704.', values: ['123 Main St, Springfield, IL 62704'] },
    { text: 'Send it to 6750 Koskikatu 25 Apt. 864 please.', values: ['6750 Koskikatu 25 Apt. 864'] },
    { text: 'He lives on the north side of Rua Diadema 1903', values: ['Rua Diadema 1903'] },
    { text: 'Her office: Erzsébet tér 19.', values: ['Erzsébet tér 19.'] },
    { text: 'Meet me at PSC 5217, Box 4854 APO AP 43617', values: ['PSC 5217, Box 4854 APO AP 43617'] },
    { text: 'Mail it to PO Box 123.', values: ['PO Box 123'] },
    { text: 'Moved into Apt. 425 last month', values: ['Apt. 425'] },
    { text: 'Our new office is Suite 510.', values: ['Suite 510'] },
    { text: 'Vive en Calle Mayor 5, 2º.', values: ['Calle Mayor 5, 2º'] },
    { text: 'Meet at the corner of 5th and Main', values: ['the corner of 5th and Main'] },
    { text: 'Lives at 1600 Pennsylvania Ave NW, Washington, DC 20500', values: ['1600 Pennsylvania Ave NW, Washington, DC 20500'] },
    { text: 'Villacher Strasse 89 is her flat', values: ['Villacher Strasse 89'] },
    { text: 'Her address is 31 Rue Al Imam Al Bakri', values: ['31 Rue Al Imam Al Bakri'] },
    { text: 'home at 123 main st near the park', values: ['123 main st'] },
    { text: 'She lives on Marina Fort Street now', values: ['Marina Fort Street'] },
    {
      text: 'Jane Roe\n20789 Allika 46\n Suite 501\n Riisa\n Estonia 62488',
      values: ['20789 Allika 46\n Suite 501\n Riisa\n Estonia 62488'],
      note: 'a postal block over several lines',
    },
    { text: 'Ship to: USNS Miller\nFPO AE 12382', values: ['USNS Miller\nFPO AE 12382'] },
  ],
});
