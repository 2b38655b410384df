/**
 * Words written next to phone numbers and e-mail addresses, in English and Spanish. Compiled for
 * CareTweet from Presidio's phone and e-mail recognizer context words and the contact-block
 * labels of business cards and e-mail signatures ("T:", "F:", "Desk:"); the wording is ours.
 * Lower case; matched as whole words.
 */

export const PHONE_WORDS: readonly string[] = [
  'phone', 'phones', 'phone number', 'telephone', 'tel', 'tel.', 'tél', 'ph', 'ph.', 'cell', 'cellphone',
  'cell phone', 'mobile', 'mob', 'mob.', 'landline', 'hotline', 'helpline', 'call', 'calls', 'called',
  'calling', 'call me', 'text', 'texts', 'texting', 'text me', 'sms', 'whatsapp', 'voicemail',
  'message', 'messages', 'answering', 'reach', 'reach me', 'ring', 'dial', 'contact', 'contact me', 'desk',
  'office', 'direct line', 'ext', 'ext.', 'pager', 'beeper', 'home phone', 'work phone',
  'number is', 't:', 'p:', 'm:', 'c:', 'h:', 'w:', 'o:', 'd:', 'teléfono', 'telefono', 'tel.:', 'celular',
  'móvil', 'movil', 'llame', 'llamar', 'llámenos', 'llámame', 'llamame', 'marque', 'mensaje', 'contacto',
];

export const FAX_WORDS: readonly string[] = ['fax', 'faxes', 'faxed', 'fax #', 'fax no', 'facsimile', 'telefax', 'f:'];

export const EMAIL_WORDS: readonly string[] = [
  'email', 'e-mail', 'mail', 'mailto', 'emailed', 'contact', 'inbox', 'correo', 'correo electrónico',
  'escríbanos', 'escribe',
];
