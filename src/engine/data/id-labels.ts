/**
 * The words people put in front of, or near, an identifier ("MRN:", "policy #", "número de
 * afiliado", "SSN", "serial").
 *
 * Compiled for CareTweet from the context words of Presidio's pattern recognizers and the ID
 * filters of Philter and PhysioNet deid (privacy-rules-research.md §3.1–3.3), extended with the
 * Safe Harbor categories of §1 and their usual Spanish forms; the wording of the lists is ours.
 * src/engine/labels.ts indexes where they occur in a document.
 */
export const MEDICAL_RECORD_LABELS: readonly string[] = [
  'mrn', 'mrn number', 'medical record', 'medical records', 'medical record number', 'medical record no',
  'med record', 'med rec', 'medrec', 'record number', 'record no', 'record', 'chart', 'chart number',
  'chart no', 'patient chart', 'hospital number', 'hospital no', 'hosp no', 'unit number', 'ehr', 'emr',
  'expediente', 'número de expediente', 'numero de expediente', 'historia clínica', 'historia clinica',
  'número de historia', 'numero de historia', 'no de historia',
];

/** Words that make a nearby ID-shaped value a medical record number without a direct label. */
export const MEDICAL_RECORD_CONTEXT: readonly string[] = [
  'mrn', 'medical record', 'medical records', 'health record', 'patient record', 'patient records', 'chart',
  'charts', 'ehr', 'emr', 'expediente', 'historia clínica', 'historia clinica',
];

export const HEALTH_PLAN_LABELS: readonly string[] = [
  'member id', 'member number', 'member no', 'member', 'membership', 'membership number', 'policy',
  'policy number', 'policy no', 'policy id', 'insurance', 'insurance id', 'insurance number', 'insurance no',
  'insurance plan', 'insurance policy', 'insurance policy number', 'insurance card', 'ins', 'insur', 'plan',
  'plan id', 'plan number', 'plan no', 'health plan', 'health plan id', 'health plan number', 'health id',
  'health insurance', 'subscriber', 'subscriber id', 'subscriber number', 'group number', 'group no',
  'beneficiary', 'beneficiary id', 'beneficiary number', 'medicaid', 'medicaid id', 'medicaid number',
  'medicare', 'medicare id', 'medicare number', 'mbi', 'hicn', 'hmo', 'hmo id', 'ppo', 'ppo id', 'bcbs',
  'blue cross', 'blue cross id', 'aetna', 'aetna id', 'cigna', 'cigna id', 'humana', 'kaiser', 'tricare',
  'unitedhealthcare', 'united healthcare', 'póliza', 'poliza', 'número de póliza', 'numero de poliza',
  'número de afiliado', 'numero de afiliado', 'afiliado', 'número de seguro', 'numero de seguro',
  'seguro médico', 'seguro medico', 'tarjeta sanitaria',
];

export const HEALTH_PLAN_CONTEXT: readonly string[] = [
  'insurance', 'insurer', 'insured', 'policy', 'member', 'subscriber', 'medicaid', 'medicare', 'mbi', 'hicn',
  'hmo', 'ppo', 'bcbs', 'aetna', 'cigna', 'humana', 'health plan', 'beneficiary', 'póliza', 'afiliado',
  'seguro',
];

/** Medicare Beneficiary Identifier context (CMS MBI format specification). */
export const MBI_CONTEXT: readonly string[] = ['medicare', 'mbi', 'beneficiary', 'hicn', 'medicare number', 'medicare id'];

export const RECORD_LABELS: readonly string[] = [
  'patient id', 'patient number', 'patient no', 'pt id', 'pt no', 'case', 'case number', 'case no',
  'case id', 'claim', 'claim number', 'claim no', 'claim id', 'accession', 'accession number',
  'accession no', 'specimen', 'specimen id', 'specimen number', 'sample id', 'sample number', 'encounter',
  'encounter id', 'encounter number', 'visit id', 'visit number', 'visit no', 'admission number',
  'referral number', 'referral id', 'confirmation number', 'ticket number', 'order number', 'rx',
  'rx number', 'prescription number', 'prescription id', 'site id', 'study id', 'subject id',
  'participant id', 'número de caso', 'numero de caso', 'caso', 'número de paciente',
  'numero de paciente',
];

/** Labels that say "an identifier" without saying of what. */
export const GENERIC_ID_LABELS: readonly string[] = [
  'id', 'id number', 'id no', 'identifier', 'ref', 'ref no', 'ref code', 'ref number', 'reference',
  'reference number', 'reference no', 'reference code', 'referencia', 'identificación', 'identificacion',
  'número de identificación', 'numero de identificacion',
];

/** One person receiving care, for long bare numbers written right after them. */
export const PATIENT_WORDS: readonly string[] = ['patient', "patient's", 'pt', 'paciente', 'client'];

export const LICENSE_LABELS: readonly string[] = [
  "driver's license", 'drivers license', 'driver license', "driver's licence", 'driving licence',
  'driving license', "driver's lic", 'drivers lic', 'license', 'licence', 'license number', 'license no',
  'licence number', 'licence no', 'lic', 'lic no', 'dl', 'dl number', 'dl no', 'dln', 'certificate',
  'certificate number', 'certificate no', 'cert', 'cert no', 'permit number', 'permit no', 'state id',
  'state id number', 'licencia', 'licencia de conducir', 'número de licencia', 'numero de licencia',
  'certificado', 'cédula', 'cedula',
];

export const ACCOUNT_LABELS: readonly string[] = [
  'account', 'account number', 'account no', 'acct', 'acct no', 'acct number', 'acc no', 'a c',
  'bank account', 'bank account number', 'checking account', 'savings account', 'billing account',
  'routing', 'routing number', 'routing no', 'aba', 'aba number', 'transit number', 'cuenta',
  'número de cuenta', 'numero de cuenta', 'cuenta bancaria',
];

export const ROUTING_CONTEXT: readonly string[] = ['routing', 'routing number', 'aba', 'transit number', 'rtn'];

export const CARD_CONTEXT: readonly string[] = [
  'card', 'cards', 'credit', 'credit card', 'debit', 'debit card', 'cc', 'visa', 'mastercard', 'amex',
  'american express', 'discover', 'jcb', 'diners', 'maestro', 'unionpay', 'payment', 'pay', 'paid', 'billing',
  'charge', 'charged', 'cvv', 'expiry', 'exp', 'tarjeta', 'tarjeta de crédito', 'tarjeta de credito',
  'número de tarjeta',
];

export const IBAN_CONTEXT: readonly string[] = [
  'iban', 'bank', 'transfer', 'wire', 'account', 'sepa', 'swift', 'bic', 'cuenta', 'transferencia',
];

export const DEVICE_LABELS: readonly string[] = [
  'serial', 'serial number', 'serial no', 's n', 'sn', 'imei', 'meid', 'udi', 'device id', 'device identifier',
  'device number', 'device serial', 'lot', 'lot number', 'lot no', 'model number', 'model no', 'catalog number',
  'catalogue number', 'implant id', 'implant serial', 'pacemaker id', 'pacemaker serial', 'pump serial',
  'número de serie', 'numero de serie', 'no de serie', 'lote',
];

export const DEVICE_CONTEXT: readonly string[] = [
  'serial', 's n', 'imei', 'udi', 'device', 'implant', 'implanted', 'pacemaker', 'defibrillator', 'icd',
  'insulin pump', 'pump', 'cgm', 'stent', 'hearing aid', 'cochlear implant', 'phone', 'serie', 'dispositivo',
  'marcapasos',
];

export const VEHICLE_LABELS: readonly string[] = [
  'plate', 'plates', 'plate number', 'license plate', 'licence plate', 'license plates', 'tag number',
  'tags', 'registration number', 'reg number', 'placa', 'placas', 'matrícula', 'matricula',
];

export const VIN_CONTEXT: readonly string[] = [
  'vin', 'vin number', 'vehicle identification number', 'vehicle identification', 'chassis number',
  'número de serie del vehículo', 'número vin', 'numero vin',
];

export const SSN_CONTEXT: readonly string[] = [
  'ssn', 'ss', 'ssn number', 'ss number', 'ss no', 'social security', 'social security number', 'social security no',
  'social sec', 'soc sec', 'social', 'seguro social', 'número de seguro social', 'numero de seguro social',
  'itin', 'tin', 'taxpayer id',
];

export const NPI_CONTEXT: readonly string[] = [
  'npi', 'npi number', 'national provider', 'national provider identifier', 'provider id', 'provider number',
  'taxonomy', 'prescriber', 'prescriber id',
];

export const DEA_CONTEXT: readonly string[] = ['dea', 'dea number', 'dea no', 'dea registration', 'dea license', 'prescriber', 'registrant'];

export const IP_CONTEXT: readonly string[] = ['ip', 'ip address', 'ipv4', 'ipv6', 'address', 'host', 'server', 'client ip', 'dirección ip'];

