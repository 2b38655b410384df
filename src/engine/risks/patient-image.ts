/**
 * P7: patient images. A photo, x-ray or screenshot in a clinical post can show a face, a
 * wristband, a chart or a monitor in the background; blurring has not been enough (NYP 2016).
 * Text alone cannot see the image, so this asks for a look when an image is attached or named.
 */
import type { Risk } from '../pipeline.js';
import { withWords, type GatedPattern } from '../regex.js';
import type { Finding } from '../types.js';
import { gatedSpans, riskFinding } from './helpers.js';

// (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) are Unicode word edges (regex.ts, unicodeWords).
// Each pattern with the words one of which every match holds (regex.ts wordTest).
const IMAGE_WORDS: readonly GatedPattern[] = [
  withWords(/\b(?:x-?rays?|radiographs?|ct scans?|mri|ultrasound (?:pic|image|photo)s?|scan (?:image|pic)s?|photos?|pics?|pictures?|selfies?|screenshots?|before[- ](?:and|&)[- ]after|b4 and after)\b/giu,
    'x', 'xray', 'xrays', 'radiograph', 'radiographs', 'ct', 'mri', 'ultrasound', 'scan', 'photo', 'photos', 'pic', 'pics',
    'picture', 'pictures', 'selfie', 'selfies', 'screenshot', 'screenshots', 'before', 'after'),
  withWords(/(?<![\p{L}\p{N}_])(?:radiografías?|fotos?|imágenes|imagen|antes y después|captura)(?![\p{L}\p{N}_])/giu,
    'radiografía', 'foto', 'fotos', 'imágenes', 'imagen', 'antes', 'captura'),
  withWords(/[\u{1F4F7}\u{1F4F8}\u{1F5BC}]/gu, '\u{1F4F7}', '\u{1F4F8}', '\u{1F5BC}'),
];

const risk: Risk = {
  id: 'risk/patient-image',
  check({ doc, care }) {
    const media = doc.context.media?.count ?? 0;
    // Image words count only in one person's care story; without one the patterns need not run.
    const words = care.anyIndividual ? gatedSpans(doc, doc.text, IMAGE_WORDS) : [];
    const out: Finding[] = [];
    if (media > 0 && (care.health || doc.isReply)) {
      out.push(
        riskFinding({
          ruleId: 'risk/patient-image',
          category: 'patient-image',
          severity: 'warning',
          span: { start: 0, end: Math.min(doc.text.length, 1) },
          message: 'An image attached to a post about care',
          why: 'Faces, tattoos, wristbands, charts or screens in the background identify a patient; check the image or confirm authorization is on file.',
        }),
      );
    }
    for (const span of words) {
      if (!care.individualAt(span.start)) continue;
      out.push(
        riskFinding({
          ruleId: 'risk/patient-image',
          category: 'patient-image',
          // A patient's own photo or x-ray is a confirmation gate (privacy-rules-research.md P7):
          // the post guard stops, and "Post anyway" records that written consent is on file.
          severity: 'error',
          span,
          message: 'An image of a patient',
          why: 'A patient’s photo, x-ray or chart can identify them even when cropped or blurred; share it only with written authorization.',
        }),
      );
    }
    return out;
  },
};
export default risk;
