/**
 * Words that make a text about someone's care, in English and Spanish. Compiled for CareTweet
 * from the indicator lists described for PhysioNet deid and Philter (privacy-rules-research.md
 * §3.2–3.3) and from the clinical-vignette wording of practice posts (§2.1–2.4); the wording of
 * each list is ours.
 */

/** A single person receiving care. Plural "patients" alone is generic ("accepting new patients"). */
export const PATIENT_NOUNS: readonly string[] = [
  'patient', 'pt', 'pt.', 'my patient', 'our patient', 'this patient', 'a patient', 'the patient',
  "patient's", 'paciente', 'la paciente', 'el paciente', 'mi paciente', 'nuestro paciente',
  'nuestra paciente', 'un paciente', 'una paciente', 'este paciente', 'esta paciente', 'newborn',
  'baby', 'babies', 'twins', 'toddler', 'infant', 'bebé', 'recién nacido', 'frequent flyer', 'frequent flier',
  'problem patient', 'difficult patient', 'favorite patient', 'favourite patient',
];

/** Events and records of one person's care. */
export const CARE_EVENTS: readonly string[] = [
  // English
  'diagnosed', 'diagnosis', 'dx', 'admitted', 'admission', 'discharged', 'discharge', 'treated',
  'treating', 'treatment', 'visit', 'visited', 'came in', 'came into', 'presented', 'presenting',
  'complaining of', 'c/o', 'surgery', 'operated', 'operation', 'procedure', 'biopsy', 'scan',
  'mri', 'ct scan', 'x-ray', 'xray', 'x-rays', 'ultrasound', 'labs', 'lab results', 'results',
  'test results', 'bloodwork', 'blood work', 'prescribed', 'prescription', 'rx', 'refill', 'dose',
  'medication', 'meds', 'appointment', 'appt', 'follow-up', 'followup', 'referral', 'referred',
  'consult', 'emergency room', 'ward', 'triage', 'intubated',
  'coded', 'resuscitated', 'delivered', 'induction', 'stillbirth', 'miscarriage', 'pregnant',
  'overdose', 'overdosed', 'passed away', 'died', 'was born', 'were born', 'gave birth', 'lb', 'lbs',
  'recovery', 'recovering', 'recovered', 'session', 'sessions', 'cast', 'surgeries', 'torn',
  'shots', 'booster', 'injection', 'vaccinated', 'braces off', 'estable', 'hx', 'tx', 'sx', 'fx',
  'h/o', 'pmh', 's/p', 'seen at', 'seen in', 'seen on', 'evaluated', 'assessed', 'reviewed by',
  'observed at', 'post-op', 'postop', 'post-operative', 'postoperative', 'replacement',
  'knee replacement', 'hip replacement', 'managed at', 'workup', 'work-up', 'f/u',
  'sprain', 'sprained', 'broken', 'broke his', 'broke her', 'chest pain', 'shortness of breath',
  'fever', 'cough', 'rash', 'bleeding', 'vomiting', 'headache', 'dizziness', 'fainted', 'seizure',
  'allergic reaction', 'stroke symptoms', 'dolor de pecho', 'fiebre', 'tos', 'sangrado', 'vómitos', 'terminal', 'hospice', 'chemo', 'chemotherapy',
  'radiation', 'dialysis', 'transplant', 'rehab', 'injury', 'injured', 'fracture', 'fractured',
  'stitches', 'wound', 'infection', 'symptoms', 'prognosis', 'relapse', 'in remission', 'vitals',
  'a1c', 'chart', 'records', 'crown', 'root canal', 'filling', 'extraction', 'cleaning',
  'implant', 'braces', 'checkup', 'check-up', 'checkups', 'check-ups', 'ortodoncia', 'physical',
  'exam', 'examined', 'seen by',
  'was seen', 'were seen', 'being seen', 'in clinic', 'on call', 'hospitalized', 'hospitalised',
  'bedside', 'ambulance', 'brought in', 'rushed', 'stable condition',
  'critical condition', 'treatment plan', 'care plan', 'insurance', 'copay', 'claim',
  // Spanish
  'diagnosticado', 'diagnosticada', 'diagnóstico', 'ingresado', 'ingresada', 'ingreso',
  'dado de alta', 'dada de alta', 'tratado', 'tratada', 'tratamiento', 'visita', 'consulta',
  'cita', 'cirugía', 'operado', 'operada', 'operación', 'procedimiento', 'resultados', 'análisis',
  'receta', 'recetado', 'recetada', 'medicamento', 'medicamentos', 'dosis', 'urgencias',
  'emergencias', 'embarazada', 'parto', 'murió', 'falleció', 'síntomas', 'radiografía',
  'biopsia', 'quimioterapia', 'diálisis', 'trasplante', 'lesión', 'fractura', 'infección',
  'expediente', 'historia clínica', 'seguro médico', 'hospitalizado', 'hospitalizada', 'nació',
  'nacieron', 'recuperación', 'recupere', 'se recupera', 'sesión', 'quimio', 'quimios', 'chemos',
  'passed away', 'as he passed', 'as she passed', 'held the hand', 'comfort care', 'end of life',
  'last breath', 'coded', 'code blue', 'resting comfortably', 'in critical condition',
  'nacimiento', 'nació', 'dio a luz', 'the birth of', 'gave birth', 'vacunarse', 'se vacunó', 'ultrasonido', 'mamografía',
  'in stable condition', 'in serious condition', 'in fair condition', 'estado crítico', 'estado grave',
  'new knee', 'new hip', 'knee replacement', 'hip replacement', 'cast off', 'stitches out', 'braces off',
];

/** Conditions, common and not; rare ones are listed separately for the rare-condition rule. */
export const CONDITIONS: readonly string[] = [
  'rare disease', 'rare condition', 'rare disorder', 'rare cancer', 'enfermedad rara',
  'diabetes', 'diabetic', 'hypertension', 'cancer', 'tumor', 'tumour', 'leukemia', 'lymphoma',
  'melanoma', 'hepatitis', 'multiple sclerosis', 'heart failure',
  'asthma', 'stroke', 'heart attack', 'dementia', "alzheimer's", 'alzheimers', 'depression',
  'anxiety', 'bipolar', 'schizophrenia', 'autism', 'epilepsy', 'seizure',
  'seizures', 'pneumonia', 'covid', 'covid-19', 'sepsis', 'chlamydia', 'gonorrhea',
  'syphilis', 'herpes', 'addiction', 'alcoholism', 'anorexia', 'bulimia', 'obesity',
  'arthritis', 'rheumatoid arthritis', 'lupus', 'kidney disease', 'kidney failure',
  'cirrhosis', 'concussion', 'migraine', 'preeclampsia', 'gestational diabetes', 'afib',
  'atrial fibrillation', 'pulmonary embolism', 'suicidal', 'suicide attempt', 'psychosis',
  'cavity', 'cavities', 'gum disease', 'periodontitis', 'abscess', 'broken arm', 'broken leg',
  'diabetes tipo 2', 'cáncer', 'hipertensión', 'depresión', 'ansiedad', 'vih', 'sida', 'embarazo',
  'neumonía', 'infarto', 'derrame', 'demencia', 'asma', 'epilepsia', 'leucemia', 'tumor cerebral',
];

/**
 * Conditions rare enough that, with a town, school or employer, they point at one person.
 * Sources: NIH GARD rare-disease list (names only) and diseases CDC tracks as rare in the US.
 */
export const RARE_CONDITIONS: readonly string[] = [
  'measles', 'sarampión', "lou gehrig's", "huntington's", 'huntingtons', 'cystic fibrosis',
  'sickle cell', 'hemophilia', 'progeria', 'ebola', 'leprosy', "hansen's disease", 'rabies',
  'guillain-barre', 'guillain-barré', 'creutzfeldt-jakob', 'cjd', 'marfan', 'ehlers-danlos',
  'tay-sachs', "gaucher's", 'gaucher', 'fabry', 'pompe', "wilson's disease", 'mesothelioma',
  'sarcoma', 'anencephaly', 'conjoined', 'necrotizing fasciitis', 'flesh-eating', 'mpox',
  'monkeypox', 'botulism', 'tetanus', 'polio', 'diphtheria', 'plague', 'cholera', 'anthrax',
  'naegleria', 'brain-eating amoeba', 'tuberculosis', 'priapism', 'narcolepsy',
  'spina bifida', 'muscular dystrophy', 'duchenne', 'rett syndrome', 'prader-willi', 'pku',
  'phenylketonuria', 'kawasaki', 'legionnaires', "legionnaires'", 'dengue', 'zika', 'malaria',
  'typhoid', 'hantavirus', 'west nile', 'chagas', 'leptospirosis', 'trisomy', 'retinoblastoma',
  'neuroblastoma', 'glioblastoma', 'dipg', 'aplastic anemia', 'scleroderma', 'myasthenia gravis',
  'pertussis', 'whooping cough', 'tos ferina', 'tuberculosis', 'lepra', 'rabia',
];

export const DRUGS: readonly string[] = [
  'metformin', 'lisinopril', 'atorvastatin', 'amlodipine', 'metoprolol', 'omeprazole',
  'levothyroxine', 'albuterol', 'gabapentin', 'hydrocodone', 'oxycodone', 'fentanyl', 'insulin',
  'warfarin', 'prednisone', 'amoxicillin', 'azithromycin', 'sertraline', 'fluoxetine',
  'escitalopram', 'citalopram', 'bupropion', 'trazodone', 'alprazolam', 'lorazepam', 'clonazepam',
  'diazepam', 'adderall', 'ritalin', 'methylphenidate', 'methadone', 'suboxone', 'buprenorphine',
  'naloxone', 'narcan', 'ozempic', 'semaglutide', 'wegovy', 'mounjaro', 'tirzepatide', 'humira',
  'eliquis', 'apixaban', 'xarelto', 'rivaroxaban', 'jardiance', 'losartan', 'simvastatin',
  'rosuvastatin', 'hydrochlorothiazide', 'furosemide', 'lasix', 'tramadol', 'morphine',
  'ibuprofen', 'acetaminophen', 'tylenol', 'advil', 'aspirin', 'ciprofloxacin', 'doxycycline',
  'cephalexin', 'clindamycin', 'penicillin', 'zoloft', 'prozac', 'lexapro', 'xanax', 'valium',
  'klonopin', 'ambien', 'zolpidem', 'lithium', 'quetiapine', 'seroquel', 'aripiprazole',
  'abilify', 'risperidone', 'olanzapine', 'lamotrigine', 'topiramate', 'keppra', 'levetiracetam',
  'truvada', 'plan b', 'birth control', 'accutane', 'isotretinoin', 'botox', 'chemo',
  'antibiotics', 'antibiotic', 'antidepressant', 'antidepressants', 'opioids', 'steroids',
  'metformina', 'insulina', 'ibuprofeno', 'paracetamol', 'antibióticos', 'antibiótico',
];

/**
 * The practice speaking about care it gave: first person plus a clinical act, or a shift.
 * Matched as phrases; "we" alone is just the practice talking.
 */
export const FIRST_PERSON_CARE: readonly string[] = [
  'i saw', 'we saw', 'i treated', 'we treated', 'i diagnosed', 'we diagnosed', 'i admitted',
  'we admitted', 'i delivered', 'we delivered', 'i operated', 'we operated', 'i examined',
  'my patient', 'our patient', 'my pt', 'my patients today', 'in clinic today', 'on call',
  'on shift', 'at work today', 'my shift', 'last shift', 'crazy shift', 'wild shift', 'rough shift',
  'long shift', 'busy shift', 'night shift', 'tonight\'s shift', 'this shift', 'overnight shift', 'my 3pm', 'my 2pm', 'my 4pm', 'my 1pm',
  'my 10am', 'my 11am', 'my 9am', 'my 8am', 'came in today', 'came in yesterday', 'came in this',
  'came into', 'walked in', 'walked into', 'just had a', 'just saw', 'we just', 'i just',
  'i had a patient', 'we had a patient', 'had a patient', "we've had", 'we have had', "we've seen",
  'we have seen', 'we saw our first', 'we diagnosed our first', 'had a kid', 'had a lady', 'had a guy',
  'had a man', 'had a woman', 'had a gentleman', 'today we', 'this morning we', 'tonight we',
  // Someone's visit told by the practice ("stopped by for his annual physical").
  'stopped by for his', 'stopped by for her', 'stopped in for his', 'stopped in for her',
  'came in for his', 'came in for her', 'came by for his', 'came by for her', 'was in for his',
  'was in for her', 'visited us', 'visited our office', 'visited our clinic',
  'in my chair', 'in our chair', 'on my table', 'in my office today', 'estuvo aquí', 'vino ayer', 'vino hoy',
  // Booking someone in: "we have Lily down for her flu shot".
  'down for her', 'down for his', 'booked her', 'booked him', 'scheduled her', 'scheduled him',
  'is scheduled for her', 'is scheduled for his',
  'just delivered', 'we lost', 'i lost', 'lost a', 'said goodbye to', 'welcome to the world',
  'mi paciente', 'nuestro paciente', 'nuestra paciente', 'atendimos', 'atendí', 'vimos a',
  'lo vimos', 'la vimos', 'lo atendimos', 'la atendimos', 'los vimos', 'las vimos',
  'vi a', 'operamos', 'hoy vino', 'vino a', 'llegó a', 'tuvimos un', 'tuvimos una',
];

/** Second person about care: only meaningful in a reply to someone. */
export const SECOND_PERSON_CARE: readonly string[] = [
  'your visit', 'your appointment', 'your appt', 'your results', 'your test', 'your tests',
  'your lab', 'your labs', 'your surgery', 'your procedure', 'your treatment', 'your prescription',
  'your medication', 'your meds', 'your crown', 'your filling', 'your cleaning', 'your implant',
  'your diagnosis', 'your condition', 'your care', 'your bill', 'your claim', 'your insurance',
  'your account', 'your chart', 'your records', 'your doctor', 'your provider', 'your x-ray',
  'your scan', 'your biopsy', 'your stay', 'your baby', 'your recovery', 'your follow-up',
  'your refill', 'your therapy', 'your session', 'your exam', 'your checkup', 'your check-up',
  'your physical', 'your root canal', 'your extraction', 'your braces', 'your tooth',
  'your teeth', 'your son', 'your daughter', 'your mom', 'your dad', 'your child',
  'you came in', 'you were here', 'you were in', 'you were seen', 'we saw you', 'seeing you',
  'we treated you', 'when you visited', 'you visited', 'as your provider', 'as your doctor',
  'your last visit', 'your next visit', 'your next appointment', 'see you at your',
  'su cita', 'su visita', 'sus resultados', 'su tratamiento', 'su receta', 'su cirugía',
  'su consulta', 'su seguro', 'su factura', 'cuando vino',
];

/**
 * Service and announcement vocabulary: a practice talking to everyone, not about someone.
 * Used to keep office news quiet.
 */
export const SERVICE_PHRASES: readonly string[] = [
  'accepting new patients', 'new patients welcome', 'all our patients', 'our patients',
  'all patients', 'patients and families', 'flu shot', 'flu shots', 'flu vaccine', 'vaccines',
  'now offering', 'now open', 'office hours', 'hours', 'closed', 'open', 'holiday', 'walk-ins',
  'walk-in', 'telehealth', 'schedule', 'book', 'book now', 'call us', 'visit us', 'join us',
  'welcome', 'please welcome', 'screening', 'screenings', 'awareness', 'reminder', 'tip', 'tips',
  'nuevos pacientes', 'todos nuestros pacientes', 'vacuna', 'vacunas', 'horario', 'cerrado',
  'abierto', 'llámenos', 'bienvenida', 'bienvenido',
];

/**
 * Clinical abbreviations that are also ordinary words or titles in lower case ("er", "ms", "or"),
 * so they count only when written in capitals.
 */
export const CLINICAL_ACRONYMS: readonly string[] = [
  'ER', 'ED', 'ICU', 'NICU', 'PICU', 'CCU', 'OR', 'PACU', 'L&D', 'UCI', 'MS', 'MI', 'ALS', 'TB',
  'BP', 'CHF', 'COPD', 'HIV', 'AIDS', 'PTSD', 'ADHD', 'DVT', 'CKD', 'STD', 'STI', 'HPV', 'PE',
  'CVA', 'TIA', 'GSW', 'MVA', 'MVC', 'DOA', 'DNR', 'OD', 'SIDS', 'CPR', 'PrEP', 'IUD', 'VIH',
];
