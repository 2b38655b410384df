// Placeholder until this risk pattern is written; it finds nothing.
import type { Risk } from '../pipeline.js';

const risk: Risk = { id: 'risk/confirms-patient', check: () => [] };
export default risk;
