/**
 * CareTweet's built-in generalized replies, one per intent, English and Spanish. Written for
 * CareTweet following the shape in privacy-rules-research.md §4.2: no relationship signal, no
 * echo, general information only, a private channel, an emergency line where symptoms appear.
 * Each is split so the reply can be shortened: `opening` is dropped first when space is short.
 *
 * Slots: {call} is "call us at <phone>" or "call our office";  is ", or use our patient
 * portal: <url>" or nothing; {emergency} is the emergency number.
 */
import type { ReplyIntent } from '../types.js';

export interface TemplateParts {
  readonly opening: string;
  readonly body: string;
}

export type Language = 'en' | 'es';

export const TEMPLATES: Readonly<Record<Language, Readonly<Record<ReplyIntent, TemplateParts>>>> = {
  en: {
    emergency: {
      opening: 'If this is an emergency, please {call911} now or go to the nearest emergency room.',
      body: 'We can’t give medical advice on social media. For anything that is not urgent, please {call}.',
    },
    'third-party': {
      opening: 'Thank you for reaching out.',
      body: 'We’re not able to share information about any individual on social media, including whether they are a patient. Please {call} and our staff can explain what can be shared, and with whom.',
    },
    'public-figure': {
      opening: 'Thank you for your message.',
      body: 'We do not comment on whether any individual is or has been a patient. For media inquiries, please {call}.',
    },
    results: {
      opening: 'Thanks for reaching out.',
      body: 'Test results are personal health information, so we never discuss them on social media. Please {call} and our team will help privately.',
    },
    medication: {
      opening: 'Thanks for the question.',
      body: 'Questions about a specific medicine are best answered privately by a clinician or pharmacist who knows the whole history. Please {call} rather than sharing details here.',
    },
    billing: {
      opening: 'We’re happy to help with billing questions.',
      body: 'To protect everyone’s privacy, please don’t post account or insurance details here. Please {call} and our billing team will help.',
    },
    appointment: {
      opening: 'Thanks for your interest!',
      body: 'To schedule, change or cancel an appointment, please {call}. For privacy, please don’t share personal details here.',
    },
    complaint: {
      opening: 'We take every concern seriously.',
      body: 'Privacy law keeps us from discussing anyone’s care in public, even whether someone is a patient. Please {call} and ask for our office manager so we can listen and help.',
    },
    symptoms: {
      opening: 'If this is an emergency, please {call911} now.',
      body: 'We can’t give medical advice on social media. Please {call} and our team will help.',
    },
    thanks: {
      opening: 'Thank you for the kind words!',
      body: 'We’re grateful to everyone who takes the time to share feedback with our community.',
    },
    question: {
      opening: 'Great question!',
      body: 'We can’t give personal medical advice here, but our team is happy to help. Please {call}.',
    },
    general: {
      opening: 'Thanks for reaching out!',
      body: 'To protect everyone’s privacy, we don’t discuss personal health details on social media. Please {call}.',
    },
  },
  es: {
    emergency: {
      opening: 'Si se trata de una emergencia, {call911} ahora o acuda a la sala de urgencias más cercana.',
      body: 'No podemos dar consejo médico en redes sociales. Para todo lo que no sea urgente, {call}.',
    },
    'third-party': {
      opening: 'Gracias por escribirnos.',
      body: 'No podemos compartir información sobre ninguna persona en redes sociales, ni siquiera si es paciente. {Call} y nuestro equipo le explicará qué se puede compartir y con quién.',
    },
    'public-figure': {
      opening: 'Gracias por su mensaje.',
      body: 'No comentamos si una persona es o ha sido paciente. Para consultas de prensa, {call}.',
    },
    results: {
      opening: 'Gracias por escribirnos.',
      body: 'Los resultados de pruebas son información de salud personal y nunca los comentamos en redes sociales. {Call} y le ayudaremos en privado.',
    },
    medication: {
      opening: 'Gracias por la pregunta.',
      body: 'Las preguntas sobre un medicamento concreto se responden mejor en privado, con un profesional que conozca todo el historial. {Call} en lugar de compartir detalles aquí.',
    },
    billing: {
      opening: 'Con gusto le ayudamos con la facturación.',
      body: 'Para proteger la privacidad de todos, no publique datos de cuentas o seguros aquí. {Call} y nuestro equipo de facturación le ayudará.',
    },
    appointment: {
      opening: '¡Gracias por su interés!',
      body: 'Para programar, cambiar o cancelar una cita, {call}. Por privacidad, no comparta datos personales aquí.',
    },
    complaint: {
      opening: 'Tomamos en serio cada comentario.',
      body: 'La ley de privacidad no nos permite hablar en público de la atención de nadie, ni siquiera de si alguien es paciente. {Call} y pida hablar con la gerencia para que podamos escucharle y ayudarle.',
    },
    symptoms: {
      opening: 'Si se trata de una emergencia, {call911} ahora.',
      body: 'No podemos dar consejo médico en redes sociales. {Call} y nuestro equipo le ayudará.',
    },
    thanks: {
      opening: '¡Gracias por sus amables palabras!',
      body: 'Agradecemos a todas las personas que se toman el tiempo de compartir su opinión con nuestra comunidad.',
    },
    question: {
      opening: '¡Buena pregunta!',
      body: 'No podemos dar consejo médico personal aquí, pero nuestro equipo le ayudará con gusto. {Call}.',
    },
    general: {
      opening: '¡Gracias por escribirnos!',
      body: 'Para proteger la privacidad de todos, no hablamos de datos de salud personales en redes sociales. {Call}.',
    },
  },
};

/**
 * Thanks or words about care that tell of a death ("my dad passed away, thank you for caring for
 * him"): sympathy instead of thanks for feedback, still confirming nothing about anyone's care.
 */
export const CONDOLENCE: Readonly<Record<Language, TemplateParts>> = {
  en: { opening: 'We are so sorry for your loss.', body: 'Our thoughts are with you and your family.' },
  es: { opening: 'Lamentamos mucho su pérdida.', body: 'Les acompañamos con cariño a usted y a su familia.' },
};

/** Crisis line for thoughts of suicide or self-harm (US 988 Suicide & Crisis Lifeline). */
export const CRISIS_LINE: Readonly<Record<Language, string>> = {
  en: 'If you are thinking about suicide or self-harm, call or text 988.',
  es: 'Si está pensando en el suicidio o en hacerse daño, llame o envíe un mensaje al 988.',
};

/** Added to other intents when symptoms are described. */
export const EMERGENCY_LINE: Readonly<Record<Language, string>> = {
  en: 'If this is an emergency, please {call911} now.',
  es: 'Si se trata de una emergencia, {call911} ahora.',
};

/** Follows the body when the practice has a patient portal. */
export const PORTAL_LINE: Readonly<Record<Language, string>> = {
  en: 'You can also use our patient portal: {portalUrl}',
  es: 'También puede usar nuestro portal del paciente: {portalUrl}',
};
