/**
 * Month and weekday names in English and Spanish, with the abbreviations people type. Source: the
 * Unicode CLDR "wide" and "abbreviated" format names for the `en` and `es` locales (v44), plus
 * the four-letter "Sept" and "Tues"/"Thur"/"Thurs" that CLDR does not list but that are common
 * in clinical notes.
 */

/** Month words (lower case) → month number 1..12. */
export const MONTHS_EN: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTHS_ES: Readonly<Record<string, number>> = {
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7,
  agosto: 8, ago: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
};

/** Weekday words (lower case) → 0 (Sunday) .. 6. Full names only: "sun", "sat", "wed" are words. */
export const WEEKDAYS_EN: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Abbreviations; they count only when a date or a capital letter goes with them. */
export const WEEKDAY_ABBREVIATIONS_EN: Readonly<Record<string, number>> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

export const WEEKDAYS_ES: Readonly<Record<string, number>> = {
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6,
  sabado: 6,
};
