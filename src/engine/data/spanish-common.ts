/**
 * Common Spanish words that start sentences or appear in title case in practice posts, so a
 * capitalized "Hoy" or "Gracias" is not taken for a name. Written for CareTweet from general
 * Spanish usage (function words, greetings, clinic vocabulary); the English counterpart is SCOWL.
 */
export const SPANISH_COMMON: readonly string[] = [
  'a', 'al', 'algo', 'algunos', 'ante', 'antes', 'aquí', 'así', 'aún', 'ayer', 'bajo', 'bien',
  'bienvenida', 'bienvenido', 'bienvenidos', 'buen', 'buena', 'buenas', 'bueno', 'buenos', 'cada',
  'casa', 'cerca', 'cita', 'citas', 'clínica', 'como', 'cómo', 'con', 'consulta', 'consultorio',
  'contra', 'cual', 'cuál', 'cuando', 'cuándo', 'cuidado', 'cuide', 'cuídese', 'de', 'del', 'desde',
  'después', 'día', 'días', 'donde', 'dónde', 'durante', 'el', 'él', 'ella', 'ellas', 'ellos',
  'en', 'entre', 'equipo', 'era', 'es', 'esa', 'ese', 'eso', 'esta', 'está', 'estamos', 'están',
  'este', 'esto', 'estos', 'feliz', 'felices', 'felicidades', 'felicitaciones', 'fue', 'gracias',
  'gran', 'hacia', 'hasta', 'hay', 'hola', 'horario', 'horarios', 'hoy', 'la', 'las', 'le', 'les',
  'lo', 'los', 'llame', 'llámenos', 'llámanos', 'mañana', 'más', 'me', 'mi', 'mis', 'mucho',
  'muchas', 'muchos', 'muy', 'nada', 'ni', 'no', 'nos', 'nosotros', 'nuestra', 'nuestras',
  'nuestro', 'nuestros', 'nueva', 'nuevas', 'nuevo', 'nuevos', 'o', 'otra', 'otro', 'para',
  'pero', 'poco', 'por', 'porque', 'pregunta', 'preguntas', 'primer', 'pronto', 'puede', 'que',
  'qué', 'quien', 'quién', 'recuerde', 'recuerda', 'salud', 'se', 'semana', 'ser', 'si', 'sí',
  'siempre', 'sin', 'sobre', 'somos', 'son', 'su', 'sus', 'también', 'tan', 'te', 'tenemos',
  'tiene', 'todo', 'todos', 'todas', 'tu', 'tus', 'un', 'una', 'unas', 'uno', 'unos', 'usted',
  'ustedes', 'vacuna', 'vacunas', 'visite', 'visítenos', 'y', 'ya', 'yo', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril',
  'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'doctor',
  'doctora', 'paciente', 'pacientes', 'enfermera', 'enfermero', 'médico', 'médica', 'hospital',
  'urgencias', 'familia', 'familias', 'niños', 'niño', 'niña', 'madre', 'padre', 'mamá', 'papá',
  'abuela', 'abuelo', 'señor', 'señora', 'feliz cumpleaños', 'cumpleaños', 'navidad', 'año',
  'años', 'nuevo', 'aviso', 'importante', 'atención', 'abierto', 'cerrado', 'información',
  'servicio', 'servicios', 'oficina', 'teléfono', 'gratis', 'hoy', 'ahora', 'dolor', 'fiebre',
  'gripe', 'tos', 'presión', 'azúcar', 'peso', 'ejercicio', 'agua', 'sol', 'verano', 'invierno',
  'otoño', 'primavera', 'bebé', 'embarazo', 'mes', 'meses', 'hora', 'horas', 'tarde', 'noche',
  'increíble', 'excelente', 'maravilloso', 'maravillosa', 'fantástico', 'fantástica', 'genial',
  'bravo', 'enhorabuena', 'bienvenidas', 'recuerden', 'atentamente', 'saludos', 'cuídense',
  'prevención', 'urgente', 'valiente', 'campeón', 'campeona', 'querido', 'querida', 'queridos',
  'estimado', 'estimada', 'lamentamos', 'sentimos', 'disculpe', 'perdón', 'felices', 'juntos',
];
