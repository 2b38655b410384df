/**
 * Words common in health hashtags that the everyday-word lexicon (SCOWL 10–20) does not hold:
 * month and day names, health terms and brands, and Spanish health vocabulary. Kept from the
 * hashtag word list compiled for CareTweet (#FluSeason, #SaludMental…); everything else that
 * list held is in the shared lexicon.
 */
export const HASHTAG_EXTRA_WORDS = `
acne actividad addiction adhd alegría alimentación alimentos allergies allergy alzheimers
american amigo amigos amor anemia ankle ansiedad antibiotic anxiety apoyo app april arthritis
asthma autism awesome ayuda baker baseball basketball bebés bedtime belly bienestar bike biking
bladder blog bmi boca bowel braces breakthrough breast breastfeeding bronchitis brushing burnout
calcium calor cama cambio cara cardiac cardiology caregiver caregivers cataract cavities cavity
centre cerebro cervical checkin checkout checkup checkups chef chill chiropractic cholesterol
christmas chronic classroom colorectal comer comida comunidad conciencia concussion corazón
couch covid covid19 cuerpo cuidados cuidar cuídate cáncer dad dads deadlines december dementia
dental depresión dermatology descanso detox diabetes dialysis dieta dietitian digestive
disabilities disability diwali donor download downtown easter eczema elder email endometriosis
enfermedad enfermeras epilepsy escuela estrés eyecare fabulous facebook fatigue fats february
fertility fighters fitness flashback floss flu flushot folic friday frontline frío fuerte
fuertes gallery gastro glaucoma gluten grains grandparents gratitude greens gums gynecology
halloween handout hanukkah harbor harvest hashtag headaches heal healing healthcare healthier
heartbeat heartburn hepatitis hijo hijos hike hiv hogar homemade homework hormone hospice
housework hueso huesos hydration hygiene hypertension hábitos immunity immunization
immunizations indoor infections infertility internet january july june keynote kidneys knit
kwanzaa lactation landmark lavado lavar livestream longevity lupus madres makeup malaria mall
mammogram manos marketplace masks maternal measles medicaid medicare medication meditation meds
mejor memorial meningitis menopause mente metabolism midwife migraine mindful mindfulness
mobility moms monday mouthwash mujer mujeres mundial mundo médicos nacional neighbours
nephrology neuro neurology newborn notebook november nursing nutrición nutrition obesity october
offline ojos ok oncology online onsite optometry orthodontics orthopedic osteoporosis outdoor
ovarian padres pandemic parkinsons pasta pastime paz pecho pediatric pediatrics pepper persona
personas pharmacist physician physicians physio physiotherapy piel podcast portal posture
prenatal prostate psoriasis psychiatry pulmonary pulmones quédate radiology ramadan rehab
rehabilitation reminders resilience respiratory salad saludable saturday screened screening
screenings seasonal seasons seniors sepsis september setup sidewalk sinus skincare snacks
sobriety softball sonrisa spice spine sprain statue sueño sunday sunscreen sunset superbug
superbugs superfood superfoods surgeon survivor survivors sweater takeaway teen teens telehealth
telemedicine thanksgiving therapist throwback thursday thyroid tiempo toddler toothbrush
toothpaste trabajo trademark trademarks transplant trauma tuesday ulcer ultrasound upload
urology vaccinate vaccinated vaccination vaccinations vaccine vaccines vacunación vacúnate
valentines vaping vegan veterans vida vitamin vitamins volleyball webinar website wednesday
wellbeing wellness wheelchair wool workout workplace xray zika
`;
