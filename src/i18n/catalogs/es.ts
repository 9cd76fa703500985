import { adminMessages } from '../areas/admin.js';
import { checkinMessages } from '../areas/checkin.js';
import { conversationsMessages } from '../areas/conversations.js';
import { errorsMessages } from '../areas/errors.js';
import { homeMessages } from '../areas/home.js';
import { mentoringMessages } from '../areas/mentoring.js';
import { planMessages } from '../areas/plan.js';
import { sandboxMessages } from '../areas/sandbox.js';
import type { Catalog, CoreKey } from './en.js';

/** Spanish (neutral, tú). Command words stay English: `/pathway plan`, not `/pathway plan` translated. */
const core: Record<CoreKey, string> = {
  'help.header': 'Pathway: lo que puedes escribir',
  'help.footer':
    'Fechas como las dirías en inglés: `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` (día o mes primero, según escribe las fechas tu idioma de Slack) o `2027-03-31`. Tu plan, tus check-ins y tus logros también están en la pestaña *Inicio* de la app. Para guardar cualquier mensaje de Slack en tu registro de logros, usa *Save as evidence* en su menú ⋮.',
  'help.group.more': 'Más',
  'help.group.your-plan': 'Tu plan',
  'help.group.check-ins': 'Check-ins',
  'help.group.you-and-your-manager': 'Tú y tu responsable',
  'help.group.colleagues-and-mentors': 'Colegas y mentores',
  'help.group.reminders-and-celebrations': 'Recordatorios y celebraciones',
  'help.group.your-data': 'Tus datos',
  'help.group.admins': 'Administración',
  'help.cmd.overview': 'dónde estás: objetivo, próximos hitos, último check-in',
  'help.cmd.plan': 'elige el rol al que aspiras y recibe hitos',
  'help.cmd.add': 'añade un hito',
  'help.cmd.done': 'marca uno como hecho, con una línea sobre lo que hiciste',
  'help.cmd.move': 'cambia su fecha límite',
  'help.cmd.target': 'mueve tu fecha objetivo; los hitos abiertos la siguen',
  'help.cmd.wins': 'todo lo que hiciste y guardaste, lo más reciente primero',
  'help.cmd.roles': 'explora los roles y los cambios abiertos para ti',
  'help.cmd.checkin': 'valora lo preparado que estás para tu rol objetivo, con ejemplos',
  'help.cmd.competencies': 'valórate en las competencias de tu rol objetivo; tu responsable también lo ve',
  'help.cmd.manager': 'pide a alguien que sea tu responsable en Pathway (verá tus check-ins)',
  'help.cmd.team': 'si gestionas personas: sus objetivos, avances y preparación',
  'help.cmd.conversation':
    'planifica una conversación de desarrollo: una agenda para ambos, y después notas y acciones acordadas',
  'help.cmd.feedback':
    'pregunta a colegas cómo ven tus señales de preparación; sus respuestas aparecen junto a tus valoraciones',
  'help.cmd.thanks':
    'agradece a alguien su trabajo: va a su registro de logros (o usa el atajo *“Thank for this”* en un mensaje)',
  'help.cmd.mentor':
    'hasta tres mentores para tu rol objetivo; `offer` para ofrecerte como mentor, `pause`, `resume` o `withdraw` la oferta, `end` termina una mentoría',
  'help.cmd.settings': 'elige qué recordatorios recibes',
  'help.cmd.language': 'el idioma en que Pathway te escribe: `en`, `es`, `de`, o `auto` para el idioma de tu Slack',
  'help.cmd.away': 'sin recordatorios hasta esa fecha, y luego un resumen',
  'help.cmd.back': 'termina antes tu ausencia',
  'help.cmd.pause': 'detiene todos los recordatorios',
  'help.cmd.resume': 'vuelve a activarlos',
  'help.cmd.celebrate': 'si tus logros se celebran en un canal',
  'help.cmd.export': 'todo lo que Pathway guarda sobre ti, en un archivo',
  'help.cmd.delete': 'bórralo todo (pregunta antes)',
  'help.cmd.admin': 'marco de carrera, ajustes, importación de personas, mensajes fallidos',
  'help.cmd.report': 'cifras de progresión de un periodo, con un CSV y un gráfico',
  'help.unknown.suggest': ':grey_question: No conozco `{input}`. ¿Querías decir `{usage}` ({summary})?',
  'help.unknown.example': 'Por ejemplo: `{example}`',
  'help.unknown.helpHint': '`/pathway help` muestra todo lo que puedes escribir.',
  'help.unknown.list': ':grey_question: No conozco `{input}`. Esto es lo que puedes escribir:',
  'help.invalid':
    ':warning: `{command}` necesita otra forma: {problems}.\nEscríbelo así: `{usage}`\nPor ejemplo: `{example}`',

  'language.set':
    'Pathway ahora te escribe en español. `/pathway language auto` vuelve a seguir el idioma de tu Slack.',
  'language.auto': 'Pathway ahora sigue el idioma de tu Slack: {name}.',
  'language.autoUnsupported':
    'Pathway ahora sigue el idioma de tu Slack; todavía no lo habla, así que te escribe en el idioma del espacio de trabajo: {name}.',

  'nudge.hint': '¿Ahora no? `/pathway pause` detiene todos los avisos, `/pathway settings` elige cuáles recibes.',
  'nudge.before':
    ':hourglass_flowing_sand: Se acerca: {title} vence el {date} ({days, plural, one {en # día} other {en # días}}).',
  'nudge.due': ':calendar: Hoy es el día: {title} vence hoy.',
  'nudge.overdue':
    ':warning: {title} vencía el {date}, hace {days, plural, one {# día} other {# días}}. ¿Ya está hecho, o necesita una fecha nueva?',
  'nudge.text.before': 'Pathway: el hito {position} se acerca',
  'nudge.text.due': 'Pathway: el hito {position} vence hoy',
  'nudge.text.overdue': 'Pathway: el hito {position} está vencido',
  'nudge.button.done': 'Hecho',
  'nudge.button.move': 'Cambiar la fecha',
  'nudge.button.snooze': 'Posponer {days} días',
  'nudge.label.done': 'Hecho: marcar ‘{title}’ como hecho',
  'nudge.label.move': 'Cambiar la fecha de ‘{title}’',
  'nudge.label.snooze': 'Posponer {days} días: ‘{title}’',
  'checkinReminder.text': 'Pathway: un buen momento para tu check-in de preparación',
  'checkinReminder.body':
    ':compass: *Un buen momento para un check-in de preparación.* Cinco minutos frente a las señales de *{goal}*: tus valoraciones parten de la última vez, así que solo cambias lo que se movió, y cada señal muestra la evidencia que reuniste.',
  'checkinReminder.button': 'Hacer el check-in',
  'checkinReminder.label': 'Hacer el check-in de tu preparación',
  'managerReminder.text': 'Pathway: un buen momento para preguntar a {name} por su preparación',
  'managerReminder.someone': 'tu colaborador',
  'managerReminder.body':
    ':seedling: {mention} podría volver a hacer un check-in de su preparación: su próximo check-in tocaba el {date}. Un buen momento para preguntar cómo va y qué le ayudaría; `/pathway team` muestra su plan y su evidencia.',
  'digest.text': 'Pathway: tu equipo esta semana ({week})',
  'digest.header': 'Tu equipo esta semana',
  'digest.onTrack': ':large_green_circle: *Al día*',
  'digest.overdue': ':red_circle: *Hitos vencidos*',
  'digest.stalled': ':double_vertical_bar: *Parados* (nada se movió en 30 días)',
  'digest.awaitingCalibration': ':scales: *Check-ins que esperan tu opinión*',
  'digest.noConversation':
    ':speech_balloon: *Sin conversación de desarrollo en el ritmo acordado* (ninguna planificada: `/pathway conversation @nombre`)',
  'digest.line': '{label} ({count}): {names}',
  'digest.more': '{names} y {count} más',
  'digest.empty': 'Nadie de tu equipo tiene todavía un plan.',
  'digest.footer': 'Detalles: `/pathway team`. Silencia este resumen en `/pathway settings`.',
  'away.text': 'Pathway: bienvenido de vuelta, esto es lo que venció',
  'away.intro': ':wave: Bienvenido de vuelta. Mientras no estabas (del {from} al {until}) venció esto:',
  'away.milestone': '• {title}: vence el {date}',
  'away.more': '…y {count} más en `/pathway`.',
  'away.checkin': '• Tu check-in de preparación (vence el {date}): `/pathway checkin`',
  'away.footer': 'Márcalos como hechos o cambia sus fechas en `/pathway`.',
};

export const es: Catalog = {
  ...core,
  ...homeMessages.es,
  ...planMessages.es,
  ...checkinMessages.es,
  ...conversationsMessages.es,
  ...adminMessages.es,
  ...errorsMessages.es,
  ...mentoringMessages.es,
  ...sandboxMessages.es,
};
