import { cases, detectionsOf } from '../cases.test-util.js';
import ipAddress from './ip-address.js';

cases('phi/ip-address', detectionsOf(ipAddress), {
  clean: [
    'Update to version 1.2.3 today',
    'Chrome 120.0.6099.109 is out',
    'Clinic opened 12.05.2023',
    'See section 1.2.1.4 of the guide',
    'Figure 3.10.2.1 shows it',
    'Values 256.1.1.1 and 1.2.3.4.5 are not addresses',
    'Meeting at 10:30:45 sharp',
    'MAC 00:1A:2B:3C:4D:5E on the label',
    'Ratio 3:2 and 1::2 mixed',
    'v10.20.30.40 firmware',
  ],
  flagged: [
    { text: 'login from 192.168.1.1 again', values: ['192.168.1.1'] },
    { text: 'IP address 10.0.0.5', values: ['10.0.0.5'] },
    { text: 'IP: 10.2.3.4', values: ['10.2.3.4'] },
    { text: '(203.0.113.42)', values: ['203.0.113.42'] },
    { text: 'host 203.0.113.42:8080 down', values: ['203.0.113.42'] },
    { text: 'client 2001:0db8:85a3:0000:0000:8a2e:0370:7334 blocked', values: ['2001:0db8:85a3:0000:0000:8a2e:0370:7334'] },
    { text: 'from 2001:db8::ff00:42:8329 today', values: ['2001:db8::ff00:42:8329'] },
    { text: 'IPv6 ::1 is loopback', values: ['::1'] },
  ],
});
