/** Every identifier recognizer, one identifier family per file. Order does not matter: overlaps are resolved by score. */
import type { Recognizer } from '../recognizer.js';
import phone from './phone.js';
import email from './email.js';
import ssn from './ssn.js';
import paymentCard from './payment-card.js';
import iban from './iban.js';
import bankAccount from './bank-account.js';
import ipAddress from './ip-address.js';
import url from './url.js';
import link from './link.js';
import medicalRecord from './medical-record.js';
import healthPlan from './health-plan.js';
import npi from './npi.js';
import dea from './dea.js';
import license from './license.js';
import vehicle from './vehicle.js';
import device from './device.js';
import recordNumber from './record-number.js';
import date from './date.js';
import relativeDate from './relative-date.js';
import age from './age.js';
import address from './address.js';
import zip from './zip.js';
import place from './place.js';
import name from './name.js';
import handle from './handle.js';

export const RECOGNIZERS: readonly Recognizer[] = [
  phone,
  email,
  ssn,
  paymentCard,
  iban,
  bankAccount,
  ipAddress,
  url,
  link,
  medicalRecord,
  healthPlan,
  npi,
  dea,
  license,
  vehicle,
  device,
  recordNumber,
  date,
  relativeDate,
  age,
  address,
  zip,
  place,
  name,
  handle,
];
