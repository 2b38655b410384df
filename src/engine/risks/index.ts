/** Every risk pattern (privacy-rules-research.md §2.4), one per file. */
import type { Risk } from '../pipeline.js';
import confirmsPatient from './confirms-patient.js';
import echoesReply from './echoes-reply.js';
import caseNarrative from './case-narrative.js';
import rareCondition from './rare-condition.js';
import quasiIdentifiers from './quasi-identifiers.js';
import publicFigure from './public-figure.js';
import patientImage from './patient-image.js';
import anonymizedNarrative from './anonymized-narrative.js';
import length from './length.js';
import signoff from './signoff.js';
import medicalAdvice from './medical-advice.js';
import emergencyLine from './emergency-line.js';
import hashtagCase from './hashtag-case.js';

export const RISKS: readonly Risk[] = [
  confirmsPatient,
  echoesReply,
  caseNarrative,
  rareCondition,
  quasiIdentifiers,
  publicFigure,
  patientImage,
  anonymizedNarrative,
  length,
  signoff,
  medicalAdvice,
  emergencyLine,
  hashtagCase,
];
