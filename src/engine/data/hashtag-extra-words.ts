/**
 * Words common in health hashtags that the everyday-word lexicon (SCOWL 10–35) does not hold:
 * month and day names, health terms and brands, and Spanish health vocabulary. Kept from the
 * hashtag word list compiled for CareTweet (#FluSeason, #SaludMental…); everything else that
 * list held is in the shared lexicon.
 */
export const HASHTAG_EXTRA_WORDS = `
actividad adhd alegría alimentación alimentos alzheimers american amigo amigos amor ansiedad
apoyo app april autism ayuda bebés bienestar bipolar bmi boca breastfeeding burnout calor cama
cambio cara cardiology caregiver caregivers centre cerebro checkin chiropractic christmas
colorectal comer comida comunidad conciencia corazón covid covid19 cuerpo cuidados cuidar
cuídate cáncer december depresión dermatology descanso detox dialysis dientes dieta dietitian
diwali download easter enfermedad enfermeras escuela estrés eyecare facebook february flushot
folic friday frontline frío fuerte fuertes glaucoma gluten halloween hanukkah hashtag hijo hijos
hiv hogar hospice hueso huesos hydration hábitos infertility january july june kwanzaa lactation
lavado lavar livestream lupus madres manos medicaid medicare meds mejor meningitis mente
mindfulness monday mouthwash mujer mujeres mundial mundo médicos nacional neighbours nephrology
neuro november nutrición october offline ojos oncology online onsite optometry orthodontics
orthopedic osteoporosis ovarian padres pandemic parkinsons paz pecho pediatric personas physio
physiotherapy piel podcast prevención prostate psoriasis pulmones quédate radiology ramadan
rehab saludable saturday screenings sepsis september setup skincare sonrisa sueño sunday
superbug superbugs superfood superfoods takeaway telehealth telemedicine thanksgiving thursday
tiempo trabajo tuesday ultrasound urology vacunación vacúnate vaping vegan veggies vida webinar
website wednesday wellbeing wellness xray zika
`;
