/**
 * The engine's behaviour on the drafts a practice actually writes, judged as a whole: office
 * news, celebrations and general replies get no warning or error; anything that points at a
 * patient is an error. Synthetic texts written for these tests; no real patient appears.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';
import type { ComposeContext, EnginePolicy } from './types.js';

interface Draft {
  readonly text: string;
  readonly context?: ComposeContext;
  readonly policy?: EnginePolicy;
  /** Rule ids of which at least one must be among the errors. */
  readonly rules?: readonly string[];
}

const reply = (text: string, displayName = 'Sam Rivera', handle = 'samr'): ComposeContext => ({
  kind: 'reply',
  replyTo: { text, displayName, handle },
});

const STAFF: EnginePolicy = { staff: [{ name: 'Linda Park', role: 'receptionist' }, { name: 'Ann Kim', role: 'physician' }] };

const CLEAN: readonly Draft[] = [
  { text: 'Happy birthday to Linda, our amazing front desk lead! 🎂', policy: STAFF },
  { text: '@amy_k Yes! Flu shots are walk-in, Monday to Friday 8-5. No appointment needed.', context: reply('do I need an appointment for a flu shot?', 'Amy K', 'amy_k') },
  { text: '@amy_k You can request your records through the patient portal or by calling us.', context: reply('how do I get my records?', 'Amy K', 'amy_k') },
  { text: 'Congrats @riverside_peds on your new asthma clinic, opening Monday March 3!', policy: { partners: ['@riverside_peds'] } },
  { text: 'Dr. Kim will be leading our free diabetes class Thursday at 6pm. Bring a friend!', policy: STAFF },
  { text: 'Flu shots are here! Walk in Monday–Friday, 8am–5pm. No appointment needed.' },
  { text: 'Our office will be closed Thursday, Nov 26 for Thanksgiving. Happy Thanksgiving from all of us!' },
  { text: 'Please welcome Dr. Priya Raman, our new pediatrician! She joins us from Boston and is accepting new patients.' },
  { text: 'Happy birthday to our amazing receptionist, Maria! 🎂' },
  { text: 'Join us Saturday, Oct 12 at 123 Main St for our free health fair, 10am–2pm.' },
  { text: 'Questions about your coverage? Call our office at (555) 201-3344.' },
  { text: 'Reminder: adults 50+ should talk to their doctor about colon cancer screening. #ColonCancerAwareness' },
  { text: 'Reminder: bring your insurance card and photo ID to every visit.' },
  { text: "It's National Nurses Week! Thank you to Karen, Luis and Priya for everything you do. 💐" },
  { text: 'Dr. Alvarez will be out of office Nov 20-27. Dr. Chen is covering her patients.' },
  { text: 'Great turnout at the Springfield Farmers Market today! Thanks to everyone who stopped by our booth for a BP check.' },
  { text: 'We now offer telehealth visits on Tuesdays and Thursdays from 4-7pm.' },
  { text: 'Parking lot repaving Monday 6/3: please use the side entrance on Elm St.' },
  { text: "This Saturday 9am–noon: free flu shots at St. Luke's Church, 45 Pine Rd. All ages welcome!" },
  { text: 'We are sad to share that Dr. Harold Greene passed away last week. He served this town for 40 years.' },
  { text: 'Congrats to our MA Brittany who just passed her certification exam!' },
  { text: 'Nuestra clínica abre los sábados de 9 a 1. ¡Lo esperamos!' },
  { text: "Recuerde traer su tarjeta de seguro y una identificación a cada cita." },
  { text: "¡Bienvenido al equipo, Dr. Ramírez! Especialista en medicina familiar." },
  { text: "La vacuna contra el VPH se recomienda a partir de los 9 años. Pregúntenos." },
  { text: "Feliz cumpleaños a nuestra recepcionista Lupita 🎉" },
  { text: "Este sábado: feria de salud gratuita en el Parque Hidalgo, de 9 a 2. ¡Los esperamos!" },
  { text: "¡Gracias por su pregunta! Atendemos sin cita de lunes a viernes de 8 a 5.", context: reply("¿Atienden sin cita?", "Marta S", "marta_s") },
  { text: "Para proteger su privacidad, no hablamos de casos personales aquí. Llámenos al (555) 201-3344.", context: reply("¿Ya salieron los resultados de mi biopsia?", "Marta S", "marta_s") },
  { text: "Lamentamos leer esto. Valoramos sus comentarios; por favor llame a nuestra gerente al (555) 201-3344.", context: reply("Mi hijo esperó 5 horas en urgencias", "Jose R", "jose_r") },
  { text: "El alcalde invita a todos a vacunarse en la campaña municipal de este sábado." },
  { text: 'Feria de salud en el parque. ¡Los esperamos el sábado!' },
  { text: "🎉 Congratulations to our own Dr. Maya Chen on being named Physician of the Year by the County Medical Society!" },
  { text: "Happy 10th anniversary to our practice! Thank you, Springfield, for a decade of trust." },
  { text: "Meet Rosa, our new patient coordinator! She'll help you schedule, answer billing questions and more." },
  { text: "We're thrilled to announce Dr. James Wu has joined our cardiology team. Welcome, Dr. Wu!" },
  { text: "Our team wore pink today for Breast Cancer Awareness Month. Schedule your mammogram! 🎀" },
  { text: "Shoutout to our front desk for handling 300 calls today during the storm. You're the best!" },
  { text: "Closed Monday, Sept 2 for Labor Day. Urgent questions? Call our after-hours line." },
  { text: "New hours starting Jan 6: Mon–Thu 7am–7pm, Fri 7am–5pm, Sat 8am–noon." },
  { text: "Thank you to everyone who donated blood at our drive on Saturday! We collected 87 units. ❤️" },
  { text: "Did you know? Kids should see a dentist by their first birthday. Book their first visit today!" },
  { text: "Congrats to nurse Kayla on her wedding this weekend! 💍 Wishing you both a lifetime of happiness." },
  { text: "Heat advisory today: drink water, stay in the shade, and check on elderly neighbors." },
  { text: "Our clinic is now a certified Baby-Friendly site! Proud of our maternity team." },
  { text: "¡Felicidades a nuestro equipo de enfermería por su Día de la Enfermera! Gracias por su dedicación." },
  { text: "Este jueves cerramos a las 2 pm por capacitación del personal. Disculpe las molestias." },
  { text: "Damos la bienvenida a la Dra. Laura Méndez, ginecóloga, que atenderá los martes y jueves." },
  { text: "Grateful for the Rotary Club's donation of 50 car seats for new families! 🚗👶" },
  { text: "RIP to our beloved office cat, Whiskers, who kept us company for 12 years. 🐾" },
  { text: "Great question! Most sprains heal in 2-6 weeks with rest, ice and elevation. If it's not improving, give us a call.", context: reply("how long does a sprained ankle take to heal?", "Jl Runner", "jl_runner") },
  { text: "Yes, we accept most major insurance plans, including Medicaid. Call (555) 201-3344 to check yours.", context: reply("do you take medicaid?", "Kim W", "kim_w") },
  { text: "We're open until 7pm on weekdays and 9-1 on Saturdays!", context: reply("what are your hours?", "Kim W", "kim_w") },
  { text: "Thank you for sharing this. We take all feedback seriously; please call our office manager at (555) 201-3344.", context: reply("Dr. Smith was rude to me today", "Pat O", "pat_o") },
  { text: "Thanks for the love! 💙 We'll pass it along to the team.", context: reply("Best dentist in town!!", "Lena V", "lena_v") },
  { text: "We can't comment on any individual. For general information about our services, please visit our website.", context: reply("Is the governor being treated at your hospital?", "News Kate", "news_kate") },
  { text: "Great question! The flu vaccine is recommended for everyone 6 months and older.", context: reply("should my 2 year old get a flu shot?", "Jo Bee", "jo_bee") },
  { text: "Congrats to the Hendersons on the opening of their new bakery downtown! 🥐" },
  { text: "We're proud to welcome Nurse Practitioner Julia Brooks, MSN, to our family medicine team." },
  { text: "Our staff volunteered at the Oakdale Food Bank this weekend. Proud of this team!" },
  { text: "The new pediatric wing opens March 3! Ribbon cutting at 10am, all are welcome." },
  { text: "Antibiotics don't work on viruses like colds and flu. Ask us what will help instead. #AntibioticAwareness" },
  { text: "We're closing early at 3pm this Friday for staff training. Sorry for any inconvenience!" },
  { text: "El dengue se transmite por mosquitos. Elimine el agua estancada de su casa. #Salud" },
  { text: "¡Felicidades a la Dra. Martínez por sus 15 años en nuestra clínica!" },
  { text: "Por privacidad no podemos compartir información de pacientes aquí. Llámenos al (555) 201-3344.", context: reply("¿Mi mamá ya tiene cita?", "Luis M", "luis_m") },
  { text: "Cancer screening saves lives. Talk to us about which screenings are right for your age." },
  { text: "Dayton County health officials report 3 new measles cases. Check your vaccination status." },
  { text: 'Hi everyone! Get your flu shot this week, walk-ins welcome.' },
  { text: 'Thank you @dr_kellyw for the great talk on pediatric asthma at our staff meeting!' },
  { text: 'Meet our new hygienist, Carlos! He speaks English and Spanish. 🦷' },
  { text: 'Le damos la bienvenida a la Dra. Ana Torres, pediatra, a nuestro equipo.' },
  {
    text: "Thanks for reaching out! We can't discuss personal health details here. Please call us at 555-201-3344 so our team can help.",
    context: reply('my son has had a cough for a week, can you see him tomorrow?'),
  },
  { text: "We're proud to have served our community for 25 years. Thank you!" },
  { text: 'Sun safety tip: reapply sunscreen every 2 hours, and after swimming.' },
  { text: 'Congratulations to our nurse Jenna on finishing her first marathon this weekend!' },
  { text: "New hours starting January 5: we're open until 7pm on Tuesdays and Thursdays." },
  { text: '¡Ya tenemos vacunas contra la gripe! Llámenos al 555-201-3344 para hacer su cita.' },
  { text: 'Feliz cumpleaños a nuestra enfermera Rosa. ¡Gracias por todo lo que haces!' },
  { text: 'Our team had a blast at the Riverside 5K this morning!' },
  { text: 'Did you know? Measles is highly contagious. Make sure your family is vaccinated.' },
  {
    text: 'Thanks for asking! Please call our office at 555-201-3344 and our staff can answer insurance questions.',
    context: reply('Does Dr. Lee take new patients?'),
  },
  { text: 'Thank you for the kind words! We appreciate everyone who takes the time to share feedback.', context: reply('Best dentist in town, love this place!') },
  { text: 'Our practice is moving! Starting March 1, find us at 4500 Oak Avenue, Suite 200.' },
  { text: 'Did you know? Adults need a tetanus booster every 10 years. Ask us at your next visit.' },
  { text: 'Hoy celebramos 10 años cuidando de las familias de nuestra comunidad. ¡Gracias!' },
  { text: 'Heat advisory today: drink water, stay in the shade, and check on elderly neighbors.' },
  { text: 'Welcome to the team, Dr. Marcus Lee, DDS! Dr. Lee joins our pediatric dentistry practice.' },
  { text: "We're hiring! Join our front desk team. Apply at riversidefamily.com/careers" },
  { text: 'Congratulations to Dr. Sarah Kim on 20 years with our practice!' },
  { text: 'Our nurse practitioner Maria Lopez will be out Friday; Dr. Chen will see her patients.' },
  { text: "It's National Nurses Week! Thank you to Jenna, Tasha and Luis for everything you do." },
  { text: 'Back-to-school physicals are available now. Call 555-201-3344 to book.' },
  { text: 'Retweeting our friends at @CityHealthDept: free flu shots at Lincoln Park this Saturday 9-12.' },
  { text: 'Parking lot repaving Monday, please use the side entrance on Elm Street.' },
  { text: 'Dr. Patel will present on diabetes prevention at the library on March 3 at 6pm. Free and open to all!' },
  { text: 'Welcome our newest hygienist, Amber! She loves hiking with her dog, Max.' },
  { text: 'Yes, we accept most plans including Medicaid. Call us to confirm.', context: reply('Do you accept Medicaid?') },
  { text: 'Our self-pay cleaning is $99. Call us to book!', context: reply('how much is a cleaning without insurance?') },
  { text: '¡Feliz Día de la Madre a todas las mamás de nuestra comunidad!' },
  { text: 'Happy retirement to our wonderful receptionist Linda after 30 years! We will miss you.' },
  { text: 'Thanks to everyone who came out for flu shots today!' },
  { text: '¡Ya abrimos los sábados! Horario de 9 a 1. Llámenos al 555-201-3344.' },
  { text: 'Les presentamos a la Dra. Ana Morales, nuestra nueva pediatra. ¡Bienvenida!' },
  { text: 'Recuerde: la vacuna contra la gripe protege a toda la familia. Sin cita previa.' },
  { text: 'Feliz cumpleaños a nuestra recepcionista Lupita 🎉' },
  { text: 'Este sábado 12 de octubre, feria de salud gratuita en la Calle Principal 123, de 10 a 2.' },
  { text: 'Gracias por sus amables palabras. ¡Nos encanta servir a nuestra comunidad!', context: reply('¡El mejor consultorio del pueblo!') },
  { text: 'Para hacer una cita llame al 555-201-3344 o visite nuestro portal.', context: reply('¿Tienen citas para mañana?') },
  { text: 'La presión alta no suele dar síntomas. Revise su presión una vez al año.' },
  { text: 'Cerrado el lunes por el Día del Trabajo. ¡Feliz fin de semana largo!' },
  { text: 'Read the new CDC guidance on RSV vaccines: https://www.cdc.gov/rsv/vaccines/index.html' },
];

const RISKY: readonly Draft[] = [
  { text: 'Congrats on the new baby! Dr. Patel said she was perfect at her first checkup 🎉', context: reply('we just had our baby girl!!', 'Amy K', 'amy_k'), rules: ['risk/confirms-patient'] },
  // Staff are not patients, unless the post is about their own care.
  { text: 'Linda, our receptionist, is recovering from her knee surgery. Send her love!', policy: STAFF, rules: ['phi/name'] },
  { text: 'Dr. Kim is recovering from her stroke; please keep her in your thoughts.', policy: STAFF, rules: ['phi/name'] },
  {
    text: 'So glad your crown turned out great, Jenny! See you at your next cleaning.',
    context: reply('thanks for fixing my tooth yesterday!', 'Jenny', 'jen_k'),
    rules: ['risk/confirms-patient'],
  },
  {
    text: 'Mr. Robertson, our records show you missed two appointments before your root canal.',
    context: reply('Waited 2 hours and the dentist was rude', 'Mike R', 'mike_r'),
    rules: ['risk/confirms-patient', 'risk/echoes-reply'],
  },
  { text: 'Crazy night in the ER, had a guy come in with a fishhook in his eye in bed 4', rules: ['risk/case-narrative'] },
  { text: 'Our patient John Smith, 92, is celebrating his recovery after hip surgery!', rules: ['phi/name'] },
  { text: 'Shoutout to Mrs. Garcia who came in today for her last chemo session!', rules: ['phi/name'] },
  { text: 'Patient J.S. in room 12 finally got discharged after 3 weeks.', rules: ['risk/case-narrative', 'risk/anonymized-narrative'] },
  { text: 'We treated the mayor for a broken arm last week.', rules: ['risk/public-figure'] },
  { text: 'Pt MRN 00482913 needs a follow-up on her labs', rules: ['phi/medical-record'] },
  { text: 'Patient called from 555-867-5309 asking about her biopsy results', rules: ['phi/phone'] },
  { text: 'Just saw the first case of measles in our town in 10 years. Stay safe, vaccinate!', rules: ['risk/rare-condition'] },
  { text: 'Congrats to @sarah_j on finishing chemo! We are so proud of you.', rules: ['risk/confirms-patient', 'phi/handle'] },
  {
    text: 'Hope your knee surgery recovery is going well!',
    context: reply('Sore but happy after my knee surgery with Dr. Lee'),
    rules: ['risk/echoes-reply', 'risk/confirms-patient'],
  },
  {
    text: 'Sorry you had to wait, we will make sure your next appointment starts on time.',
    context: reply('Waited forever at my appointment today'),
    rules: ['risk/confirms-patient'],
  },
  {
    text: '¡Nos alegra que su hijo se recupere bien después de su cirugía!',
    context: reply('gracias por atender a mi hijo'),
    rules: ['risk/confirms-patient'],
  },
  { text: 'Hoy atendimos a la señora Martínez por una fractura de cadera.', rules: ['phi/name'] },
  { text: 'My 3pm patient brought her whole family to her ultrasound today!', rules: ['risk/case-narrative'] },
  { text: 'Patient SSN 123-45-6789 on the form', rules: ['phi/ssn'] },
  { text: "Today we said goodbye to our longest-serving patient, Mr. Alvarez, who passed away at 97. We'll miss his stories.", rules: ['phi/name'] },
  { text: 'Shoutout to the Johnson twins who got their braces off today!' },
  { text: 'Happy 100th birthday to our patient Edna!', rules: ['phi/name', 'phi/age'] },
  { text: 'Big thanks to little Sophia for being so brave during her shots today!', rules: ['phi/name'] },
  { text: 'Guess who is back in the ER for the 5th time this month... our favorite frequent flyer', rules: ['risk/anonymized-narrative'] },
  { text: 'Reminder for Jane D.: your prescription is ready for pickup.', rules: ['phi/name', 'risk/confirms-patient'] },
  { text: 'Praying for our sweet patient in room 4 tonight', rules: ['risk/case-narrative'] },
  { text: 'To the lady who came in yesterday with the broken wrist: you were a champ!' },
  { text: 'Just delivered twins at 3am! Mom and babies doing great. Welcome to the world, Ava and Mia!', rules: ['phi/name'] },
  { text: 'Nuestra paciente Doña Carmen cumplió 95 años hoy. ¡Felicidades!', rules: ['phi/name', 'phi/age'] },
  { text: 'Ayer vino el señor López con dolor de pecho; ya está estable.', rules: ['phi/name'] },
  { text: "You're welcome! Give her our best, so glad she's recovering.", context: reply('Thank you Dr. Kim for taking care of my mom after her stroke'), rules: ['risk/confirms-patient'] },
  { text: 'Thanks so much! Dr. Lee loved working with you.', context: reply('Dr. Lee is the best, fixed my knee!'), rules: ['risk/confirms-patient'] },
  { text: 'We hope you feel better soon! See you Tuesday.', context: reply('ugh, still sick after my visit'), rules: ['risk/confirms-patient'] },
  { text: 'Sorry for the long wait yesterday, we were short staffed.', context: reply('waited 2 hours at your office yesterday'), rules: ['risk/confirms-patient'] },
  { text: 'Our patient Mrs. K (room 7) keeps asking for pudding lol', rules: ['risk/case-narrative', 'risk/anonymized-narrative'] },
  { text: 'Tough day. Lost a 6 year old to cancer this morning.' },
  { text: 'Great to see J.M. back on his feet after his hip replacement last week!', rules: ['risk/anonymized-narrative'] },
  { text: 'Wild night in the ER: guy came in with a nail through his hand after a roofing accident on Maple St.', rules: ['phi/address'] },
  { text: 'Our oldest patient turned 103 today! Happy birthday Grandma Rose 🎂', rules: ['phi/age'] },
  { text: 'Shoutout to the sweetest 8-year-old who brought us cookies after her tonsillectomy yesterday ❤️', rules: ['phi/relative-date'] },
  { text: 'Only town pharmacist in Wibaux just got diagnosed with ALS. Keep him in your prayers.' },
  { text: 'Tell your wife we said hi! Hope her new knee is treating her well.', context: reply('my wife loves Dr. Chen', 'Mike D', 'mike_d'), rules: ['risk/confirms-patient'] },
  { text: 'We can confirm your mother was seen in our urgent care on 11/28.', context: reply('Was my mother seen there last week?', 'Nancy T', 'nancy_t'), rules: ['risk/confirms-patient'] },
  { text: "Can't believe the lead singer of a famous band was in my chair today! Best cleaning ever 🎸", rules: ['risk/public-figure'] },
  { text: 'Mayor Johnson stopped by for his annual physical today. Thanks for trusting us, Mayor!', rules: ['risk/public-figure'] },
  { text: 'Felicidades a la pequeña Valentina por terminar sus quimios. ¡Eres una guerrera!', rules: ['phi/name'] },
  { text: 'Sí, su esposo estuvo aquí ayer para su colonoscopia.', context: reply('¿Mi esposo fue a su cita ayer?', 'Rosa P', 'rosa_p'), rules: ['risk/confirms-patient'] },
  { text: "RIP to our beloved patient Mr. Whitaker, who came to us every Tuesday for 12 years. 🕊️" },
  { text: "Our youngest patient today was just 3 days old — welcome to the world, little Mateo! 👶" },
  { text: "Congrats to Jessica R. on finishing physical therapy for her ACL tear! Back on the soccer field!" },
  { text: "Big shoutout to the Martinez family for bringing all 6 kids in for checkups today! 😅" },
  { text: "Today a 40-year-old firefighter from our town came in with a heart attack. Know the signs!" },
  { text: "Hoy despedimos a Don Ernesto, nuestro paciente de 20 años, que falleció anoche. Descanse en paz." },
  { text: "Felicidades a Sofía, de 8 años, por terminar su tratamiento de ortodoncia. ¡Qué sonrisa!" },
  { text: "Sí Marta, su biopsia salió negativa. ¡Felicidades!", context: reply("¿Ya salieron los resultados de mi biopsia?", "Marta S", "marta_s") },
  { text: "Doña Marta, la esperamos mañana a las 10 para su ultrasonido.", context: reply("¿A qué hora es mi cita?", "Marta S", "marta_s") },
  { text: "Don Pedro, de 97 años, vino hoy a su control de presión. ¡Qué ejemplo!" },
  { text: "Anoche llegó a urgencias un joven de la colonia Centro con una herida de bala." },
  { text: "Felicidades a la familia Gómez por el nacimiento de su bebé esta mañana en nuestra clínica." },
  { text: "Nuestra paciente más querida, la maestra Rosa del pueblo, cumplió su última quimio." },
  { text: "Lamentamos que su hijo haya esperado tanto en urgencias el domingo.", context: reply("Mi hijo esperó 5 horas en urgencias", "Jose R", "jose_r") },
  { text: "El alcalde vino a vacunarse hoy con nosotros. ¡Gracias por el ejemplo, señor alcalde!" },
  { text: "Tuvimos el primer caso de lepra en San Juan del Río en 30 años. Lo vimos esta semana." },
  { text: "Your Medicaid covers the cleaning, so your balance is $0!", context: reply("do you take medicaid? I have a cleaning next week", "Kim W", "kim_w") },
  { text: "We reviewed your chart and Dr. Smith followed protocol during your visit.", context: reply("Dr. Smith was rude to me today", "Pat O", "pat_o") },
  { text: "Sorry Pat, Dr. Smith was running behind because of an emergency delivery.", context: reply("Dr. Smith was rude to me today", "Pat O", "pat_o") },
  { text: "Thanks Lena! Your new veneers look amazing 😍", context: reply("Best dentist in town!!", "Lena V", "lena_v") },
  { text: "The governor is stable and resting comfortably.", context: reply("Is the governor being treated at your hospital?", "News Kate", "news_kate") },
  { text: "Yes! We have Lily down for her flu shot on Thursday at 10.", context: reply("should my 2 year old get a flu shot?", "Jo Bee", "jo_bee") },
  { text: "Just finished a 6-hour surgery on a 19-year-old motorcycle crash victim from Oakdale. Pray for him." },
  { text: "Some days are hard. Held the hand of a 94 year old veteran as he passed this morning." },
  { text: "This is Bella, 6, who got her first filling today and didn't cry once! 🦷⭐" },
  { text: "Our patient in Room 208 has been here 45 days. Today she walked to the window. 🙏" },
  { text: "Congrats to the Hendersons on their new baby girl, delivered by Dr. Lee last night!" },
  { text: "Caso del día: hombre de 58 años de Villa Unión con dengue hemorrágico. ¡Cuídense del mosquito!" },
  { text: "Hoy se fue a casa nuestra paciente más pequeña, Camila, después de 3 semanas en la UCI neonatal." },
  { text: "Sí, su mamá ya tiene su cita para la mamografía el martes.", context: reply("¿Mi mamá ya tiene cita?", "Luis M", "luis_m") },
  { text: "Our patient Jerry, the famous barber on 5th Ave, is back cutting hair after his stroke!" },
  { text: "Had to tell a young mom she has stage 4 cancer today. Hug your loved ones." },
  { text: "Shout out to my 3pm, a 98 yo who still drives himself to every appointment!" },
  { text: "Fun fact: the patient I saw this morning is the 3rd person in Dayton County with this rare disease." },
  { text: "Today's patient was a 34 y/o teacher from Hooper, UT with lupus. I've never seen a case like it.", rules: ['phi/place'] },
  { text: 'Congrats @jenny_b on beating breast cancer!', rules: ['phi/handle'] },
  { text: '@kat_r yes, we treated your daughter last week, she is recovering nicely.', context: reply('how is my daughter doing?', 'Kat R', 'kat_r') },
  { text: '¡Qué gusto verla ayer, doña Rosa! Su presión ya está mucho mejor.', context: reply('Gracias doctora por la consulta de ayer'), rules: ['risk/confirms-patient'] },
  { text: 'Sentimos mucho la espera de ayer, estábamos con poco personal.', context: reply('Esperé 3 horas en su consultorio ayer'), rules: ['risk/confirms-patient'] },
  { text: 'Esta mañana atendimos a un niño de 4 años con una fractura en el brazo. ¡Qué valiente!' },
  { text: 'Felicidades a Carlos Pérez por terminar su quimioterapia hoy. ¡Lo logró!', rules: ['phi/name'] },
  { text: 'El señor Ramírez de la habitación 12 ya se fue a casa después de su cirugía.', rules: ['risk/case-narrative'] },
  { text: 'Hoy nació la bebé Sofía a las 3:15 am, 3.2 kg. ¡Felicidades a la familia Torres!', rules: ['phi/name'] },
  { text: 'Primer caso de sarampión en nuestro pueblo en 20 años; lo vimos esta semana.', rules: ['risk/rare-condition'] },
  { text: 'Tuvimos una paciente de 96 años que todavía camina 3 km diarios. ¡Increíble!', rules: ['phi/age'] },
  { text: 'Lamentamos que su experiencia con el Dr. Gómez no fuera buena.', context: reply('El Dr. Gómez fue muy grosero conmigo'), rules: ['risk/confirms-patient'] },
];

describe('practice drafts with no patient in them', () => {
  for (const d of CLEAN) {
    it(d.text.slice(0, 70), () => {
      const a = analyze(d.text, d.context, d.policy);
      const flagged = a.findings.filter((f) => f.severity !== 'info');
      expect(flagged.map((f) => `${f.ruleId}:${f.severity}:${d.text.slice(f.span.start, f.span.end)}`)).toEqual([]);
    });
  }
});

describe('practice drafts that point at a patient', () => {
  for (const d of RISKY) {
    it(d.text.slice(0, 70), () => {
      const a = analyze(d.text, d.context, d.policy);
      const errors = a.findings.filter((f) => f.severity === 'error');
      const detail = a.findings.map((f) => `${f.ruleId}:${f.severity}:${d.text.slice(f.span.start, f.span.end)}`).join(', ');
      expect(a.verdict, detail).toBe('error');
      if (d.rules !== undefined) expect(errors.some((f) => d.rules!.includes(f.ruleId)), detail).toBe(true);
    });
  }
});
