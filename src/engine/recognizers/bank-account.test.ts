import { cases, detectionsOf } from '../cases.test-util.js';
import bankAccount from './bank-account.js';

cases('phi/bank-account', detectionsOf(bankAccount), {
  clean: [
    'Follow our account @CityClinic for updates',
    'Take into account 2 things',
    'Account 2024 summary',
    'The account was opened in March',
    'Routing questions to the front desk',
  ],
  flagged: [
    { text: 'acct # 9876543210', values: ['9876543210'] },
    { text: 'his account number BA-98765432', values: ['BA-98765432'] },
    { text: 'Account No.: 000123456789', values: ['000123456789'] },
    { text: 'número de cuenta 0049-1234-5678', values: ['0049-1234-5678'] },
    { text: 'routing number 021000021', values: ['021000021'] },
    { text: 'routing 123456789', values: ['123456789'], note: 'fails the ABA check, but labelled' },
    { text: 'ABA 011000015 acct 12345678', values: ['011000015', '12345678'] },
  ],
});
