// Placeholder until this recognizer is written; it finds nothing.
import type { Recognizer } from '../recognizer.js';

const recognizer: Recognizer = { id: 'phi/url', detect: () => [] };
export default recognizer;
