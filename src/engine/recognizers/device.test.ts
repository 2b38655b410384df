import { cases, detectionsOf } from '../cases.test-util.js';
import device from './device.js';

// 490154203237518 is the IMEI example of 3GPP / Wikipedia; the UDI follows the GS1 sample.
cases('phi/device', detectionsOf(device), {
  clean: [
    'Our pacemaker clinic is open Mondays',
    'A lot of 2024 was busy',
    'Serial killers documentary review',
    'Lots 1 and 2 of the parking area',
    { text: 'Order 490154203237518', note: 'Luhn-valid 15 digits without device words' },
  ],
  flagged: [
    { text: 'pacemaker serial # PJN123456S', values: ['PJN123456S'] },
    { text: 'S/N: 12345-ABC-678', values: ['12345-ABC-678'] },
    { text: 'IMEI 490154203237518', values: ['490154203237518'] },
    { text: 'IMEI 490154203237519', values: ['490154203237519'], note: 'mistyped, but labelled' },
    { text: 'her phone 35-209900-176148-1 was found', values: ['35-209900-176148-1'] },
    { text: 'insulin pump lot #A1B2C3D4', values: ['#A1B2C3D4'] },
    { text: 'UDI (01)00643169007222(17)160128(10)ABC123', values: ['(01)00643169007222(17)160128(10)ABC123'] },
    { text: 'número de serie 7788-9900', values: ['7788-9900'] },
  ],
});
