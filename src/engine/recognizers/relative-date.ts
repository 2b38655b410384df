// Placeholder until this recognizer is written; it finds nothing.
import type { Recognizer } from '../recognizer.js';

const recognizer: Recognizer = { id: 'phi/relative-date', detect: () => [] };
export default recognizer;
