import { cases, detectionsOf } from '../cases.test-util.js';
import vehicle from './vehicle.js';

// 1HGCM82633A004352 and 1M8GDM9AXKP042788 are widely published example VINs.
cases('phi/vehicle', detectionsOf(vehicle), {
  clean: [
    { text: 'Order 1HGCM82633A004353 placed', note: 'check digit fails, no VIN words' },
    { text: '12345678901234567', note: 'all digits' },
    'Tag us in your photos!',
    'The license plate reader is broken',
    'Plate 3 of the study',
    { text: 'tags 2024', note: 'a year' },
  ],
  flagged: [
    { text: 'VIN 1HGCM82633A004352', values: ['1HGCM82633A004352'] },
    { text: 'car 1M8GDM9AXKP042788 towed', values: ['1M8GDM9AXKP042788'], note: 'valid check digit alone' },
    { text: 'VIN: 1HGCM82633A004353', values: ['1HGCM82633A004353'], note: 'mistyped, with VIN words' },
    { text: 'license plate 7ABC123', values: ['7ABC123'] },
    { text: 'plate # ABC-1234 left the scene', values: ['ABC-1234'] },
    { text: 'placa XYZ 987', values: ['XYZ 987'] },
  ],
});
