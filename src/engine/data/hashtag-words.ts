/**
 * Words for splitting run-together hashtags (#fluseason → #FluSeason). Written for CareTweet, not
 * copied: English and Spanish function words, days and months, the vocabulary of health
 * awareness observances (the WHO and CDC health-observance calendars name the campaigns; the
 * words are ours) and of a practice's everyday posts, plus common one-word compounds
 * ("football", "sunshine") so they are not split. 2060 words, about 13 KB before
 * compression (7 KB gzipped); the Debian English and Spanish word lists together are 1.8 MB.
 * Plurals and -ing/-ed forms are derived by the segmenter, not listed.
 */
export const HASHTAG_WORDS = `
  a able about above abril accept accident account achieve acne across act action active actividad
  activity actually add addiction address adhd admit adult adults advice afraid after afternoon
  again against age aging ago agosto agree agua ahead ahora aid air al alegría alert alimentación
  alimentos alive all allergies allergy allow almost alone along already also although always
  alzheimers am amazing american amigo amigos among amor amount an and anemia angel animal ankle
  anniversary announce announcement annual another ansiedad answer antibiotic anxiety any anyone
  anything anyway anywhere apart apoyo app appear apple apply appointment appointments approach
  april aquí are area arm around arrive art arthritis article artist as ask asthma at atención
  attention august aunt autism autumn available average avoid award aware awareness away awesome
  ayuda azúcar año años babies baby back background bad bag baker balance ball bank bar base
  baseball based basic basketball bath battle bay be beach bear beat beautiful beauty bebé bebés
  because become bed bedtime been beer before begin behavior behind being believe bell belly
  belong below bench beside best better between beyond bien bienestar big bike biking bill bipolar
  bird birth birthday bit bite black bladder bless blessed blog blood bloom blossom blue bmi board
  boca body bold bond bone bones bonus book booking boost born boss both bottle bottom bowel bowl
  box boy braces brain brave bread break breakfast breakthrough breast breastfeeding breath
  breathe bridge brief bright bring broken bronchitis brother brown brush brushing budget buen
  buena buenas bueno buenos bug build bunny burn burnout bus business busy but butter buy by cada
  cake calcium call calm calor cama cambio came camera camp campaign can cancel cancer candy
  capital captain car cara card cardiac cardiology care career careful caregiver caregivers cares
  caring carpet carry casa case cat cataract catch cause cavities cavity celebrate celebration
  center centre century cerebro cervical chair challenge champion chance change chart cheap check
  checkin checkout checkup checkups cheer chef chest chicken chief child children chill chip
  chiropractic chocolate choice cholesterol choose christmas chronic church circle cita citas
  citizen city civil claim class classic classroom clean clear clever climate climb clinic clock
  close closed cloud club clínica coach coast coat code coffee cold collect college colon color
  colorectal come comer comfort comic comida common community company complete comunidad con
  concert conciencia concussion condition conditions connect consider consulta contact continue
  contra control cook cookie cooking cool corazón corner correct cost cotton couch cough could
  counseling count country county couple courage course cousin cover covid covid19 cozy crazy
  cream create creative crew crisis crowd cry cuerpo cuidado cuidados cuidar culture cup cure
  curious current customer cut cute cuídate cuídese cycle cáncer dad dads daily damage dance
  dancing danger dark data date daughter day days de deadline deadlines deal dear death debt
  december decide decision deep del deliver dementia dental dentist depresión depression
  dermatology descanso design desk detail detection detox develop diabetes diagnosis dialysis
  diamond did dientes diet dieta dietitian difference different difficult digestive digital dinner
  direct disabilities disability discover disease diseases dish distance diwali do doctor doctora
  doctors does dog doing dollar dolor domingo donate donation done donor door double doubt down
  download downstairs downtown dozen draw drawing dream dress drink drive driver drop drug dry
  during día días each ear early earn ears earth east easter easy eat eating eczema edge education
  effect effort eggs eight el elder election ella else email embarazo emergency employee empty en
  end endometriosis energy enero enfermedad enfermera enfermeras engine enjoy enough enter entire
  environment epilepsy equal equipo es escape escuela essential esta este estrés even evening
  event ever every everybody everyday everyone everything exam example exams excellent excited
  exciting exercise expect experience expert explain explore express extra eye eyecare eyes
  eyesight fabulous face facebook fact facts fair faith fall familia families family famous fan
  fancy far farm fashion fast fat father fathers fatigue fats favorite fear feature febrero
  february feel feeling feet feliz fertility festival fever few fiber fiction fiebre field fight
  fighters fighting figure fin final finally finance find fine finish fire firm first fish fit
  fitness five flag flashback flat flex floor floss flossing flower flu fluid flushot fly focus
  folic folk follow follower followers food foot football for forest forever forget form fortune
  forward four frame free freedom freeze fresh friday friend friendly friends from front frontline
  frozen fruit fruits frío fuel fuerte fuertes full fun funny future gain gallery game gap garden
  gas gastro gather gave gene general genetic gentle get getting giant gift ginger girl give glad
  glass glaucoma global glory gluten go goal goals goes going gold golf good goodbye gorgeous got
  grab grace gracias graduate graduation grain grains grand grandparents grateful gratitude grave
  great green greens grief gripe group grow growth guard guess guest guide gum gums gut guy
  gynecology habit habits had hair half hall halloween hand handbook handout hands hanukkah happen
  happy harbor hard harvest has hashtag hat hate have he head headache headaches headline
  headlines heal healing health healthcare healthier healthy hear hearing heart heartbeat
  heartburn hearts heat heavy height hell hello help hepatitis her here hero heroes hidden high
  hijo hijos hike hill him hire his history hiv hogar hold holiday holidays holy home homemade
  homework honest honey honor hope hormone horse hospice hospital host hot hotel hour hours house
  housework how however hoy hueso huesos hug huge human humor hundred hungry hunt hurry hurt
  hydration hygiene hypertension hábitos i ice idea ideal if ill illness image immune immunity
  immunization immunizations impact important improve in include income increase indeed
  independence indoor industry infection infections infertility inform injury inner input inside
  insight inspiration inspire instead insurance interest international internet into invierno
  invite iron is island issue it item its jacket january job join joints joke journey joy judge
  jueves juice julio july jump june junio junior just justice keep key keynote kick kid kidney
  kidneys kids kill kind kindness king kiss kitchen knee knit knock know kwanzaa la lab label
  labor lactation lady lake land landmark language large las laser last late laugh launch lavado
  lavar law lawn layer lead leader league lean leap learn learning leave left leg legend lemon
  less lesson let letter level library life lifestyle lifetime lift light like limit line link
  lion list listen little live liver lives livestream living lo load loan local lock lonely long
  longevity look loose los lose loss lot loud love loved lovely low lower lucky lunch lunes lung
  lungs lupus machine made madre madres magic mail main major make maker makeup malaria mall
  mammogram mamá man manage manos many map march mark market marketplace marry martes marzo mask
  masks master match maternal matter may maybe mayo mayor mañana me meal meals meaning measles
  measure media medicaid medical medicare medication medicine meditation meds meet mejor member
  memorial memory men meningitis menopause mental mente menu mes mess message metabolism metal
  method mi middle midnight midwife might migraine mile milk million mind mindful mindfulness mine
  minor minute mirror mis miss mission mix miércoles mobile mobility model modern mom moment moms
  monday money monster month monthly mood moon more morning most mother mothers motion motivation
  mountain mouse mouth mouthwash move movement movie much mujer mujeres multiple mundial mundo
  muscle muscles museum music must my mystery médico médicos nacional nails name narrow nation
  national native natural nature near neck need negative neighbor neighbors neighbours nephrology
  nerve net network neuro neurology never new newborn news next nice night nine niño niños no
  nobody noche noise none noon normal north nose not note notebook nothing notice novel november
  noviembre now nowadays nuestra nuestro nuevo number numbers nurse nurses nursing nutrición
  nutrition obesity ocean october octubre of off offer office officer offline often oh oil ojos ok
  old on once oncology one ones online only onsite open optometry or oral orange order organ
  organic origin orthodontics orthopedic osteoporosis other our out outcome outcomes outdoor
  output outside ovarian over overcome own owned owner pack padre padres page pain paint pair palm
  pan pandemic paper papá para parade parent parents park parking parkinsons part partner party
  pass passion password past pasta pastime path patience patient pattern pay paz peace peak pecho
  pediatric pediatrics pen pencil people pepper per perfect period person persona personal
  personas pet pharmacist pharmacy phone photo physical physician physicians physio physiotherapy
  piano pick picture piece piel pill pink pizza place plain plan planet plant plants plate play
  player playground please pleasure plus pocket podcast poem point police policy pool poor pop
  popular por portal positive possible post posture pot pound power powerful practice pray prayer
  pregnancy prenatal prepare present president pretty prevención prevention price pride primavera
  prince print private prize problem process produce product professional program project promise
  prostate protect protein proud provide psoriasis psychiatry psychology public pull pulmonary
  pulmones pure purple purpose push put puzzle quality que queen question quick quiet quit quote
  quotes quédate race radio radiology rain rainbow raise ramadan range rare rate reach read reader
  reading ready real reason reasons recipe recipes record recovery recycle red reduce refresh
  region rehab rehabilitation relationship relax release relief remember reminder reminders remote
  repair report rescue research resilience respect respiratory rest result return review reward
  rich ride right ring rise river road rock role roll roof room root rose round routine rule run
  running rural sad safe safety said salad sale salt salud saludable same sand saturday save say
  scale scene schedule school science score screen screened screening screenings se sea search
  season seasonal seasons second secret section secure see seed self sell semana send senior
  seniors sense sepsis september septiembre ser series serve service set setup seven sexual shape
  share sharp she shelter shift shine ship shirt shoe shoot shop short shot should shoulder show
  shower sick side sidewalk sight sign silver simple sin since sing single sinus sister sit six
  size skill skin skincare sky sleep slice slow small smart smile smiles smoking snack snacks snow
  so soap sobriety social sock soft softball soil sol solid solution some somebody someone
  something somewhere son song sonrisa soon soul sound soup source south space speak special speed
  spend spice spine spirit split sponsor sport sports spot sprain spread spring square staff stage
  stair stand star start state station statue status stay steady steel step still stomach stone
  stop storm story straight strange street strength stress stretch strike stroke strong stronger
  student study style su subject success sudden sueño sugar suicide suit summer sun sunday sunny
  sunrise sunscreen sunset sunshine super superbug superbugs superfood superfoods supply support
  sure surgeon surgery surprise survey survivor survivors sus sweater sweet swim swimming symbol
  symptoms system sábado table take takeaway talk target targets taste tax tea teach teacher
  teachers team tear technology teen teens teeth telehealth telemedicine tell temperature ten
  tennis term test tested testing text than thank thankful thanks thanksgiving that the theater
  their them theme then therapist therapy there these they thin thing think third this those
  thought thousand three through throughout throw throwback thursday thyroid ticket tie tiempo
  tiger tight time times tiny tip tips tired title to toast tobacco today toddler todo todos toe
  together tomato tomorrow tone tongue tonight too tool tooth toothbrush toothpaste top topic
  total touch tour tower town toy trabajo track trade trademark trademarks traffic trail train
  transfer transformation transplant trash trauma travel treasure treat treatment tree trend trick
  trip trivia trouble truck true trust truth try tu tuesday turn tus tutorial twice two type ugly
  ulcer ultrasound un una uncle under understand understanding union unique unit united universe
  university up update updates upgrade upload upper upstairs urban urgent urology us use useful
  usual vacation vaccinate vaccinated vaccination vaccinations vaccine vaccines vacuna vacunación
  vacunas vacúnate valentines valley value van vaping various vegan vegetable vegetables veggies
  verano very veterans vida video viernes view village virtual virus vision visit visits vitamin
  vitamins voice volleyball volume volunteer vote wait walk walking wall want war warm was wash
  waste watch water wave way we weak wealth wear weather web webinar website wedding wednesday
  week weekend weekly weight welcome well wellbeing wellness went were what whatever wheel
  wheelchair when whenever where which while white who whole why wide wife wild will win wind
  window wine wing winner winter wise wish with within without wolf woman women wonder wood wool
  word work worker workers workout workplace workshop world worry worth would wound write wrong
  xray y ya yard year yearly years yellow yes yesterday yet yo yoga you young your yourself youth
  zero zika zone
`;
