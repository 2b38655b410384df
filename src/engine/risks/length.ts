// Placeholder until this risk pattern is written; it finds nothing.
import type { Risk } from '../pipeline.js';

const risk: Risk = { id: 'length/over-limit', check: () => [] };
export default risk;
