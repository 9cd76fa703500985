/**
 * Messages of the admin surfaces: workspace settings, people import, the Home tab's admin part,
 * loading a framework (and the notice to people whose roles changed) and the progression report.
 */
import { defineMessages } from '../messages.js';

export const adminMessages = defineMessages({
  en: {
    'admin.field.celebrationChannelId': 'Celebration channel',
    'admin.field.checkInCadenceDays': 'Days between check-ins',
    'admin.field.workdayStartHour': 'Working day starts at',
    'admin.field.workdayEndHour': 'Working day ends at',
    'admin.field.workingDays': 'Working days',
    'admin.field.nudgeKindsOnByDefault': 'Reminders on by default',
    'admin.field.minReportGroupSize': 'Minimum group size for reports',
    'admin.field.deactivatedRetentionDays': 'Keep a deactivated person’s data for (days)',
    'admin.field.conversationCadenceDays': 'Development conversation cadence (days)',
    'admin.field.mentoringEnabled': 'Mentoring',
    'admin.field.mentorSuggestionsCrossTeams': 'Mentor suggestions across teams',
    'admin.field.language': 'Workspace language',
    'admin.language.en': 'English',
    'admin.language.es': 'Spanish',
    'admin.language.de': 'German',
    'admin.hint.celebrationChannelId':
      'Where wins are celebrated when people opt in. Leave empty for no workspace-wide channel.',
    'admin.hint.checkInCadenceDays': 'How often people are reminded to check their readiness: 7 to 180 days.',
    'admin.hint.conversationCadenceDays':
      'After this many days without a development conversation (none planned), the person and their manager are invited to plan one, and the manager’s digest lists them: 7 to 180 days.',
    'admin.hint.workingDays':
      'Reminders arrive only on these days, within the hours above, in each person’s own time zone.',
    'admin.hint.nudgeKindsOnByDefault': 'For people who have not chosen in their own settings.',
    'admin.hint.minReportGroupSize':
      'Report figures over fewer people are hidden, so no one can be singled out: 3 or more.',
    'admin.hint.deactivatedRetentionDays':
      'After Slack deactivates someone, their Pathway data is erased after this many days (0: at the next daily run).',
    'admin.hint.mentoringEnabled':
      'People can offer to mentor, get mentor suggestions for their goal role and ask. Off: no suggestions, requests or “did you meet?” questions; current mentorships can still be ended.',
    'admin.hint.mentorSuggestionsCrossTeams':
      'Off: people are suggested mentors from their own team only (the team in their Pathway profile).',
    'admin.hint.language':
      'The language of channel posts, and of people whose own language Pathway does not speak (anyone can choose theirs with /pathway language).',
    'admin.switch.mentoringEnabled': 'Mentoring is on',
    'admin.switch.mentorSuggestionsCrossTeams': 'Suggestions may cross teams',
    'admin.kind.milestone_nudge': 'Milestone nudges',
    'admin.kind.milestone_nudge.description': 'before a milestone is due, on the day, and if it is overdue',
    'admin.kind.checkin_reminder': 'Check-in reminders',
    'admin.kind.checkin_reminder.description': 'when your next readiness check-in is due',
    'admin.kind.manager_reminder': 'Report check-in reminders',
    'admin.kind.manager_reminder.description': 'managers: when a report’s check-in is overdue',
    'admin.kind.manager_digest': 'Weekly team digest',
    'admin.kind.manager_digest.description': 'managers: who is on track, overdue, stalled or waiting for you',
    'admin.kind.mentor_checkin': 'Mentoring “did you meet?”',
    'admin.kind.mentor_checkin.description': 'every few weeks, while you mentor or are mentored',
    'admin.settings.title': 'Pathway settings',
    'admin.settings.framework':
      '*Active framework:* {name}, version {version}. To load a new one, type `/pathway admin framework`.',
    'admin.settings.noFramework': '*Active framework:* none yet. Type `/pathway admin framework` to load one.',
    'admin.save': 'Save',
    'admin.cancel': 'Cancel',
    'admin.close': 'Close',
    'admin.done': 'Done',
    'admin.value.none': 'none',
    'admin.value.on': 'on',
    'admin.value.off': 'off',
    'admin.saved.nothing': 'Nothing changed: the settings are as they were.',
    'admin.saved.changes': ':white_check_mark: Saved. What changed:',
    'admin.saved.change': '• *{field}:* {from} → {to}',
    'admin.saved.audit': 'The change is recorded in the audit log with your name.',
    'admin.refused.title': 'Pathway admin',
    'admin.notAdmin':
      'Only Pathway admins can do that: Slack workspace admins and owners, and the people your Pathway operator lists in PATHWAY_ADMINS. Ask one of them, or type `/pathway roles` to browse the current framework.',
    'admin.import.title': 'Import people',
    'admin.import.check': 'Check the file',
    'admin.import.fileLabel': 'CSV file',
    'admin.import.format':
      'Send a CSV file with a header row `person,manager,role,team`: person and manager as a Slack user id (U0123ABCD) or an email address, role as a role key from the framework, team as free text; an empty manager, role or team keeps what is stored. Example row: `U012AB3CD,manager@example.com,senior-instructional-designer,Learning`',
    'admin.import.checkedFirst': 'The file is checked first and nothing changes until you confirm.',
    'admin.import.checking': ':hourglass_flowing_sand: Checking {file} row by row…',
    'admin.import.problem': '• line {line}: {reason}',
    'admin.import.more': '…and {count} more.',
    'admin.import.summaryWillBe':
      '*{file}*: {rows, plural, one {# row} other {# rows}}. {accepted, plural, one {# person} other {# people}} will be imported, {skipped, plural, one {# row} other {# rows}} skipped.',
    'admin.import.summaryWere':
      '*{file}*: {rows, plural, one {# row} other {# rows}}. {accepted, plural, one {# person} other {# people}} were imported, {skipped, plural, one {# row} other {# rows}} skipped.',
    'admin.import.skippedHeader': '*Skipped, and why:*',
    'admin.import.nothingYet':
      'Nothing has changed yet. Import writes every row above in one go, or none if anything fails.',
    'admin.import.nothingToImport': 'There is nothing to import: fix the file and try again.',
    'admin.import.submit': 'Import {count}',
    'admin.import.reportInDm': 'A report with every skipped row is in your DM with Pathway.',
    'admin.import.reportDone': ':busts_in_silhouette: People import done.',
    'admin.import.reportText': 'People import: {accepted} imported, {skipped} skipped',
    'admin.import.uploadHere': 'Upload the CSV file here.',
    'admin.import.csvRule': 'Upload a UTF-8 CSV file of at most {megabytes} MB.',
    'admin.import.unreadable': 'Pathway could not read this file from Slack (reference {reference}). Please try again.',
    'admin.import.nothingImported': 'Nothing was imported: {problem}.',
    'admin.import.checkFailed':
      'Sorry, checking the file failed on our side; nothing was imported. Please try again (reference {reference}).',
    'admin.import.cannotResume':
      'This import could not be resumed. Type `/pathway admin import` and upload the file again.',
    'admin.import.failed':
      'Sorry, the import failed on our side and nothing was changed. Please try again (reference {reference}).',
    'admin.home.header': 'Admin',
    'admin.home.intro':
      'You are a Pathway admin. Type `/pathway report` for progression figures, `/pathway admin framework` to load a framework.',
    'admin.home.settings': 'Settings',
    'admin.home.settingsLabel': 'Open the workspace settings of Pathway',
    'admin.home.importLabel': 'Import people and manager links',

    'frameworkAdmin.title.load': 'Load a framework',
    'frameworkAdmin.title.loaded': 'Framework loaded',
    'frameworkAdmin.title.notLoaded': 'Framework not loaded',
    'frameworkAdmin.loadedBy.default': 'shipped with Pathway',
    'frameworkAdmin.loadedBy.person': 'loaded by <@{user}>',
    'frameworkAdmin.loadedBy.source': 'loaded from the {source}',
    'frameworkAdmin.active':
      '*Active framework:* {name} (version {version}, {loadedBy} on {date}): {stages, plural, one {# stage} other {# stages}}, {roles, plural, one {# role} other {# roles}}.',
    'frameworkAdmin.upload.label': 'Upload a YAML file',
    'frameworkAdmin.upload.hint':
      'Start from a copy of the file your organisation loaded last. If anything is wrong, nothing changes and each problem is listed with its line.',
    'frameworkAdmin.paste.label': '…or paste it here',
    'frameworkAdmin.paste.placeholder': '# Paste the YAML here\nversion: 1\nname: …',
    'frameworkAdmin.paste.hint': 'Slack limits this field to {max} characters: upload a file for anything longer.',
    'frameworkAdmin.upload.context':
      'Nothing changes if the file has problems: each one is listed with its line. On success the file becomes the next version; people whose role or goal was renamed or removed are told by DM.',
    'frameworkAdmin.upload.submit': 'Load',
    'frameworkAdmin.loading': ':hourglass_flowing_sand: The file is valid. Loading it…',
    'frameworkAdmin.problems':
      '{count, plural, one {# problem; nothing was changed. Fix it and load again:} other {# problems; nothing was changed. Fix them and load again:}}',
    'frameworkAdmin.problems.more': '…and {count} more after these.',
    'frameworkAdmin.added': ':new: *Added:* {roles}',
    'frameworkAdmin.renamed': ':label: *Renamed:* {from} → {to}',
    'frameworkAdmin.retitled': ':label: *Retitled:* {from} → {to}',
    'frameworkAdmin.removed': ':wastebasket: *Removed:* {roles}',
    'frameworkAdmin.noRoleChanges': 'No roles were added, renamed or removed.',
    'frameworkAdmin.outcome.moved':
      '{count, plural, one {# active pathway} other {# active pathways}} moved to this version',
    'frameworkAdmin.outcome.toChoose': '{count} left as they were, their owners asked to choose a new goal',
    'frameworkAdmin.outcome.notified': '{count, plural, one {# person} other {# people}} told by DM',
    'frameworkAdmin.loaded': ':white_check_mark: *{name}* is now active as version {version} (was version {previous}).',
    'frameworkAdmin.unchanged': 'This file is identical to the active framework (version {version}); nothing changed.',
    'frameworkAdmin.error.both': 'Use the upload or the paste, not both: clear this field or remove the file.',
    'frameworkAdmin.error.oneFile': 'Upload one framework file at a time.',
    'frameworkAdmin.error.none': 'Upload a YAML file here, or paste the framework in the field below.',
    'frameworkAdmin.error.unreadable':
      'Pathway could not read this file from Slack (reference {reference}). Try again, or paste the text below.',
    'frameworkAdmin.error.apology':
      'Sorry, loading the framework failed on our side and nothing was changed. Please try again; if it keeps happening, give your Pathway operator the reference {reference}.',
    'frameworkAdmin.notice.roleRenamed': '• Your role *{from}* is now called *{to}*.',
    'frameworkAdmin.notice.roleRemoved': '• Your role *{title}* is no longer in the framework.',
    'frameworkAdmin.notice.goalRenamed': '• Your goal *{from}* is now called *{to}*.',
    'frameworkAdmin.notice.goalRemoved': '• Your goal *{title}* is no longer in the framework.',
    'frameworkAdmin.notice.fromRenamed': '• The role your pathway starts from, *{from}* is now called *{to}*.',
    'frameworkAdmin.notice.fromRemoved':
      '• The role your pathway starts from, *{title}* is no longer in the framework.',
    'frameworkAdmin.notice.pickAgain': 'Pick your current role again when you next plan.',
    'frameworkAdmin.notice.movedAlong': 'Your pathway and milestones moved along with it; nothing else changes.',
    'frameworkAdmin.notice.goalGone': 'Your goal *{goal}* is no longer in the framework.',
    'frameworkAdmin.notice.fromGone': 'The role your pathway starts from, *{from}*, is no longer in the framework.',
    'frameworkAdmin.notice.moveGone': 'The framework no longer offers a move from *{from}* to *{goal}*.',
    'frameworkAdmin.notice.choose':
      '• {why} Your pathway and milestones stay as they are; please choose a new goal when you are ready.',
    'frameworkAdmin.notice.intro':
      ':compass: Your organisation updated its career framework (*{name}*, version {version}).',
    'frameworkAdmin.notice.button': 'Choose a new goal',
    'frameworkAdmin.notice.buttonLabel': 'Choose a new goal role in the changed framework',
    'frameworkAdmin.notice.roles': 'See every role and the moves open to you: `/pathway roles`',
    'frameworkAdmin.notice.textChoose': 'The career framework changed: please choose a new goal',
    'frameworkAdmin.notice.textRenamed': 'The career framework changed: your roles were renamed',

    'adminReport.header': 'Progression report: {period}',
    'adminReport.lastDays': 'the last {count} days',
    'adminReport.range': '{from} to {to}',
    'adminReport.context':
      '{from} to {to}. Any figure over fewer than {min} people is hidden, so no one can be singled out.',
    'adminReport.fewer': 'fewer than {min} people',
    'adminReport.days': '{count, plural, one {# day} other {# days}}',
    'adminReport.segmentHidden': '*{name}*: fewer than {min} people, figures hidden',
    'adminReport.segment': '*{name}* ({people} people): {parts}',
    'adminReport.readinessHidden': '*{name}*: fewer than {min} people, hidden',
    'adminReport.more': '…and {count} more in the CSV.',
    'adminReport.byTeam': 'By team',
    'adminReport.byRole': 'By current role',
    'adminReport.readiness': '*Readiness by goal role* (latest check-in in the period)',
    'adminReport.mentoring':
      '*Mentoring* (whole workspace, counts only): {mentorships, plural, one {# active mentorship} other {# active mentorships}} · {sessions, plural, one {# session} other {# sessions}} logged in the period · {offers, plural, one {# open offer} other {# open offers}} to mentor today',
    'adminReport.delivered':
      'The full table (CSV) and a chart of milestones done per month are in your DM with Pathway.',
    'adminReport.notDelivered':
      'Pathway could not send the CSV and chart to your DM this time; type the command again to retry.',
    'adminReport.measure.people': 'People',
    'adminReport.measure.activePathwayShare': 'With an active pathway',
    'adminReport.measure.promotions': 'Promotions (ladder moves)',
    'adminReport.measure.lateralMoves': 'Moves across to another track',
    'adminReport.measure.medianDaysInStage': 'Median days in stage before a move',
    'adminReport.measure.milestoneCompletion': 'Milestones due that are done',
    'adminReport.measure.milestoneOnTime': 'Done milestones finished on time',
    'adminReport.measure.checkInCadenceKept': 'Check-ins kept on schedule',
    'adminReport.level.0': 'not yet',
    'adminReport.level.1': 'emerging',
    'adminReport.level.2': 'consistent',
    'adminReport.level.3': 'role model',
    'adminReport.badPeriod': 'I could not read that period: {problem}. For example: `/pathway report 2026-q3`.',
    'adminReport.dmTitle': 'Progression report: {period} ({from} to {to})',
    'adminReport.csvTitle': 'Progression report {from} to {to}',
    'adminReport.chartTitle': 'Milestones done per month, {period}',
  },
  es: {
    'admin.field.celebrationChannelId': 'Canal de celebraciones',
    'admin.field.checkInCadenceDays': 'Días entre check-ins',
    'admin.field.workdayStartHour': 'La jornada empieza a las',
    'admin.field.workdayEndHour': 'La jornada termina a las',
    'admin.field.workingDays': 'Días laborables',
    'admin.field.nudgeKindsOnByDefault': 'Recordatorios activos por defecto',
    'admin.field.minReportGroupSize': 'Tamaño mínimo de grupo en los informes',
    'admin.field.deactivatedRetentionDays': 'Conservar los datos de una persona desactivada (días)',
    'admin.field.conversationCadenceDays': 'Frecuencia de conversaciones de desarrollo (días)',
    'admin.field.mentoringEnabled': 'Mentoría',
    'admin.field.mentorSuggestionsCrossTeams': 'Sugerencias de mentores entre equipos',
    'admin.field.language': 'Idioma del espacio de trabajo',
    'admin.language.en': 'inglés',
    'admin.language.es': 'español',
    'admin.language.de': 'alemán',
    'admin.hint.celebrationChannelId':
      'Dónde se celebran los logros cuando las personas lo aceptan. Déjalo vacío para no tener un canal común.',
    'admin.hint.checkInCadenceDays': 'Cada cuánto se recuerda a las personas revisar su preparación: de 7 a 180 días.',
    'admin.hint.conversationCadenceDays':
      'Tras tantos días sin una conversación de desarrollo (ni una planificada), se invita a la persona y a su responsable a planificar una, y el resumen del responsable la incluye: de 7 a 180 días.',
    'admin.hint.workingDays':
      'Los recordatorios llegan solo estos días, dentro del horario de arriba, en la zona horaria de cada persona.',
    'admin.hint.nudgeKindsOnByDefault': 'Para quienes no han elegido en sus propios ajustes.',
    'admin.hint.minReportGroupSize':
      'Las cifras de menos personas se ocultan en los informes, para que nadie pueda ser identificado: 3 o más.',
    'admin.hint.deactivatedRetentionDays':
      'Cuando Slack desactiva a alguien, sus datos de Pathway se borran tras estos días (0: en la siguiente ejecución diaria).',
    'admin.hint.mentoringEnabled':
      'Las personas pueden ofrecerse como mentoras, recibir sugerencias de mentores para su rol objetivo y pedir mentoría. Desactivada: sin sugerencias, solicitudes ni preguntas de «¿os habéis reunido?»; las mentorías actuales aún pueden terminarse.',
    'admin.hint.mentorSuggestionsCrossTeams':
      'Desactivado: solo se sugieren mentores del propio equipo (el equipo del perfil de Pathway).',
    'admin.hint.language':
      'El idioma de las publicaciones en canales y de las personas cuyo idioma Pathway no habla (cada cual puede elegir el suyo con /pathway language).',
    'admin.switch.mentoringEnabled': 'La mentoría está activada',
    'admin.switch.mentorSuggestionsCrossTeams': 'Las sugerencias pueden cruzar equipos',
    'admin.kind.milestone_nudge': 'Avisos de hitos',
    'admin.kind.milestone_nudge.description': 'antes de que venza un hito, el mismo día y si está vencido',
    'admin.kind.checkin_reminder': 'Recordatorios de check-in',
    'admin.kind.checkin_reminder.description': 'cuando toca tu próximo check-in de preparación',
    'admin.kind.manager_reminder': 'Recordatorios de check-ins del equipo',
    'admin.kind.manager_reminder.description': 'responsables: cuando el check-in de alguien de su equipo está vencido',
    'admin.kind.manager_digest': 'Resumen semanal del equipo',
    'admin.kind.manager_digest.description': 'responsables: quién va bien, con retraso, parado o esperándote',
    'admin.kind.mentor_checkin': 'Mentoría: «¿os habéis reunido?»',
    'admin.kind.mentor_checkin.description': 'cada pocas semanas, mientras das o recibes mentoría',
    'admin.settings.title': 'Ajustes de Pathway',
    'admin.settings.framework':
      '*Marco activo:* {name}, versión {version}. Para cargar uno nuevo, escribe `/pathway admin framework`.',
    'admin.settings.noFramework': '*Marco activo:* ninguno aún. Escribe `/pathway admin framework` para cargar uno.',
    'admin.save': 'Guardar',
    'admin.cancel': 'Cancelar',
    'admin.close': 'Cerrar',
    'admin.done': 'Listo',
    'admin.value.none': 'ninguno',
    'admin.value.on': 'activado',
    'admin.value.off': 'desactivado',
    'admin.saved.nothing': 'No cambió nada: los ajustes siguen como estaban.',
    'admin.saved.changes': ':white_check_mark: Guardado. Qué cambió:',
    'admin.saved.change': '• *{field}:* {from} → {to}',
    'admin.saved.audit': 'El cambio queda registrado en el registro de auditoría con tu nombre.',
    'admin.refused.title': 'Admin de Pathway',
    'admin.notAdmin':
      'Solo las personas administradoras de Pathway pueden hacerlo: administradores y propietarios del espacio de trabajo de Slack, y quienes tu operador de Pathway indica en PATHWAY_ADMINS. Pídeselo a una de ellas, o escribe `/pathway roles` para ver el marco actual.',
    'admin.import.title': 'Importar personas',
    'admin.import.check': 'Revisar el archivo',
    'admin.import.fileLabel': 'Archivo CSV',
    'admin.import.format':
      'Envía un archivo CSV con una fila de cabecera `person,manager,role,team`: persona y responsable como id de usuario de Slack (U0123ABCD) o correo electrónico, el rol como clave de rol del marco, el equipo como texto libre; un responsable, rol o equipo vacío conserva lo guardado. Fila de ejemplo: `U012AB3CD,manager@example.com,senior-instructional-designer,Learning`',
    'admin.import.checkedFirst': 'Primero se revisa el archivo y nada cambia hasta que confirmes.',
    'admin.import.checking': ':hourglass_flowing_sand: Revisando {file} fila por fila…',
    'admin.import.problem': '• línea {line}: {reason}',
    'admin.import.more': '…y {count} más.',
    'admin.import.summaryWillBe':
      '*{file}*: {rows, plural, one {# fila} other {# filas}}. Personas que se importarán: {accepted}; filas omitidas: {skipped}.',
    'admin.import.summaryWere':
      '*{file}*: {rows, plural, one {# fila} other {# filas}}. Personas importadas: {accepted}; filas omitidas: {skipped}.',
    'admin.import.skippedHeader': '*Omitidas, y por qué:*',
    'admin.import.nothingYet':
      'Aún no ha cambiado nada. Importar escribe todas las filas de arriba de una vez, o ninguna si algo falla.',
    'admin.import.nothingToImport': 'No hay nada que importar: corrige el archivo e inténtalo de nuevo.',
    'admin.import.submit': 'Importar {count}',
    'admin.import.reportInDm': 'Tienes un informe con cada fila omitida en tu MD con Pathway.',
    'admin.import.reportDone': ':busts_in_silhouette: Importación de personas terminada.',
    'admin.import.reportText': 'Importación de personas: {accepted} importadas, {skipped} omitidas',
    'admin.import.uploadHere': 'Sube aquí el archivo CSV.',
    'admin.import.csvRule': 'Sube un archivo CSV en UTF-8 de {megabytes} MB como máximo.',
    'admin.import.unreadable':
      'Pathway no pudo leer este archivo desde Slack (referencia {reference}). Inténtalo de nuevo.',
    'admin.import.nothingImported': 'No se importó nada: {problem}.',
    'admin.import.checkFailed':
      'Lo sentimos, la revisión del archivo falló por nuestra parte; no se importó nada. Inténtalo de nuevo (referencia {reference}).',
    'admin.import.cannotResume':
      'No se pudo retomar esta importación. Escribe `/pathway admin import` y vuelve a subir el archivo.',
    'admin.import.failed':
      'Lo sentimos, la importación falló por nuestra parte y no cambió nada. Inténtalo de nuevo (referencia {reference}).',
    'admin.home.header': 'Administración',
    'admin.home.intro':
      'Eres admin de Pathway. Escribe `/pathway report` para ver cifras de progresión y `/pathway admin framework` para cargar un marco.',
    'admin.home.settings': 'Ajustes',
    'admin.home.settingsLabel': 'Abrir los ajustes de Pathway del espacio de trabajo',
    'admin.home.importLabel': 'Importar personas y vínculos con responsables',

    'frameworkAdmin.title.load': 'Cargar un marco',
    'frameworkAdmin.title.loaded': 'Marco cargado',
    'frameworkAdmin.title.notLoaded': 'Marco no cargado',
    'frameworkAdmin.loadedBy.default': 'incluido con Pathway',
    'frameworkAdmin.loadedBy.person': 'cargado por <@{user}>',
    'frameworkAdmin.loadedBy.source': 'cargado desde {source}',
    'frameworkAdmin.active':
      '*Marco activo:* {name} (versión {version}, {loadedBy} el {date}): {stages, plural, one {# etapa} other {# etapas}}, {roles, plural, one {# rol} other {# roles}}.',
    'frameworkAdmin.upload.label': 'Sube un archivo YAML',
    'frameworkAdmin.upload.hint':
      'Parte de una copia del último archivo que cargó tu organización. Si algo está mal, nada cambia y cada problema aparece con su línea.',
    'frameworkAdmin.paste.label': '…o pégalo aquí',
    'frameworkAdmin.paste.placeholder': '# Pega aquí el YAML\nversion: 1\nname: …',
    'frameworkAdmin.paste.hint': 'Slack limita este campo a {max} caracteres: sube un archivo si es más largo.',
    'frameworkAdmin.upload.context':
      'Nada cambia si el archivo tiene problemas: cada uno aparece con su línea. Si todo va bien, el archivo pasa a ser la siguiente versión; quienes tengan un rol u objetivo renombrado o eliminado reciben un MD.',
    'frameworkAdmin.upload.submit': 'Cargar',
    'frameworkAdmin.loading': ':hourglass_flowing_sand: El archivo es válido. Cargándolo…',
    'frameworkAdmin.problems':
      '{count, plural, one {# problema; no cambió nada. Corrígelo y vuelve a cargarlo:} other {# problemas; no cambió nada. Corrígelos y vuelve a cargarlo:}}',
    'frameworkAdmin.problems.more': '…y {count} más después de estos.',
    'frameworkAdmin.added': ':new: *Añadidos:* {roles}',
    'frameworkAdmin.renamed': ':label: *Renombrado:* {from} → {to}',
    'frameworkAdmin.retitled': ':label: *Nuevo título:* {from} → {to}',
    'frameworkAdmin.removed': ':wastebasket: *Eliminados:* {roles}',
    'frameworkAdmin.noRoleChanges': 'No se añadió, renombró ni eliminó ningún rol.',
    'frameworkAdmin.outcome.moved':
      '{count, plural, one {# itinerario activo pasó} other {# itinerarios activos pasaron}} a esta versión',
    'frameworkAdmin.outcome.toChoose':
      '{count} quedaron como estaban y se pidió a sus titulares elegir un nuevo objetivo',
    'frameworkAdmin.outcome.notified': '{count, plural, one {# persona avisada} other {# personas avisadas}} por MD',
    'frameworkAdmin.loaded':
      ':white_check_mark: *{name}* está activo como versión {version} (antes versión {previous}).',
    'frameworkAdmin.unchanged': 'Este archivo es idéntico al marco activo (versión {version}); no cambió nada.',
    'frameworkAdmin.error.both': 'Usa la subida o el pegado, no ambos: vacía este campo o quita el archivo.',
    'frameworkAdmin.error.oneFile': 'Sube un solo archivo de marco cada vez.',
    'frameworkAdmin.error.none': 'Sube aquí un archivo YAML, o pega el marco en el campo de abajo.',
    'frameworkAdmin.error.unreadable':
      'Pathway no pudo leer este archivo desde Slack (referencia {reference}). Inténtalo de nuevo, o pega el texto abajo.',
    'frameworkAdmin.error.apology':
      'Lo sentimos, la carga del marco falló por nuestra parte y no cambió nada. Inténtalo de nuevo; si sigue pasando, da a tu operador de Pathway la referencia {reference}.',
    'frameworkAdmin.notice.roleRenamed': '• Tu rol *{from}* ahora se llama *{to}*.',
    'frameworkAdmin.notice.roleRemoved': '• Tu rol *{title}* ya no está en el marco.',
    'frameworkAdmin.notice.goalRenamed': '• Tu objetivo *{from}* ahora se llama *{to}*.',
    'frameworkAdmin.notice.goalRemoved': '• Tu objetivo *{title}* ya no está en el marco.',
    'frameworkAdmin.notice.fromRenamed': '• El rol del que parte tu itinerario, *{from}*, ahora se llama *{to}*.',
    'frameworkAdmin.notice.fromRemoved': '• El rol del que parte tu itinerario, *{title}*, ya no está en el marco.',
    'frameworkAdmin.notice.pickAgain': 'Vuelve a elegir tu rol actual la próxima vez que planifiques.',
    'frameworkAdmin.notice.movedAlong': 'Tu itinerario y tus hitos se actualizaron con él; nada más cambia.',
    'frameworkAdmin.notice.goalGone': 'Tu objetivo *{goal}* ya no está en el marco.',
    'frameworkAdmin.notice.fromGone': 'El rol del que parte tu itinerario, *{from}*, ya no está en el marco.',
    'frameworkAdmin.notice.moveGone': 'El marco ya no ofrece pasar de *{from}* a *{goal}*.',
    'frameworkAdmin.notice.choose':
      '• {why} Tu itinerario y tus hitos siguen como están; elige un nuevo objetivo cuando quieras.',
    'frameworkAdmin.notice.intro':
      ':compass: Tu organización actualizó su marco de carrera (*{name}*, versión {version}).',
    'frameworkAdmin.notice.button': 'Elegir un nuevo objetivo',
    'frameworkAdmin.notice.buttonLabel': 'Elegir un nuevo rol objetivo en el marco cambiado',
    'frameworkAdmin.notice.roles': 'Mira todos los roles y los cambios a tu alcance: `/pathway roles`',
    'frameworkAdmin.notice.textChoose': 'El marco de carrera cambió: elige un nuevo objetivo',
    'frameworkAdmin.notice.textRenamed': 'El marco de carrera cambió: tus roles se renombraron',

    'adminReport.header': 'Informe de progresión: {period}',
    'adminReport.lastDays': 'los últimos {count} días',
    'adminReport.range': '{from} a {to}',
    'adminReport.context':
      '{from} a {to}. Toda cifra de menos de {min} personas se oculta, para que nadie pueda ser identificado.',
    'adminReport.fewer': 'menos de {min} personas',
    'adminReport.days': '{count, plural, one {# día} other {# días}}',
    'adminReport.segmentHidden': '*{name}*: menos de {min} personas, cifras ocultas',
    'adminReport.segment': '*{name}* ({people} personas): {parts}',
    'adminReport.readinessHidden': '*{name}*: menos de {min} personas, oculto',
    'adminReport.more': '…y {count} más en el CSV.',
    'adminReport.byTeam': 'Por equipo',
    'adminReport.byRole': 'Por rol actual',
    'adminReport.readiness': '*Preparación por rol objetivo* (último check-in del periodo)',
    'adminReport.mentoring':
      '*Mentoría* (todo el espacio de trabajo, solo recuentos): {mentorships, plural, one {# mentoría activa} other {# mentorías activas}} · {sessions, plural, one {# sesión registrada} other {# sesiones registradas}} en el periodo · {offers, plural, one {# oferta abierta} other {# ofertas abiertas}} de mentoría hoy',
    'adminReport.delivered': 'La tabla completa (CSV) y un gráfico de hitos hechos por mes están en tu MD con Pathway.',
    'adminReport.notDelivered':
      'Pathway no pudo enviar el CSV y el gráfico a tu MD esta vez; escribe el comando de nuevo para reintentarlo.',
    'adminReport.measure.people': 'Personas',
    'adminReport.measure.activePathwayShare': 'Con un itinerario activo',
    'adminReport.measure.promotions': 'Ascensos (en la escala)',
    'adminReport.measure.lateralMoves': 'Cambios a otra trayectoria',
    'adminReport.measure.medianDaysInStage': 'Mediana de días en la etapa antes de un cambio',
    'adminReport.measure.milestoneCompletion': 'Hitos vencidos que están hechos',
    'adminReport.measure.milestoneOnTime': 'Hitos hechos a tiempo',
    'adminReport.measure.checkInCadenceKept': 'Check-ins al día',
    'adminReport.level.0': 'aún no',
    'adminReport.level.1': 'en desarrollo',
    'adminReport.level.2': 'consistente',
    'adminReport.level.3': 'referente',
    'adminReport.badPeriod': 'No pude leer ese periodo: {problem}. Por ejemplo: `/pathway report 2026-q3`.',
    'adminReport.dmTitle': 'Informe de progresión: {period} ({from} a {to})',
    'adminReport.csvTitle': 'Informe de progresión {from} a {to}',
    'adminReport.chartTitle': 'Hitos hechos por mes, {period}',
  },
  de: {
    'admin.field.celebrationChannelId': 'Channel für Erfolge',
    'admin.field.checkInCadenceDays': 'Tage zwischen Check-ins',
    'admin.field.workdayStartHour': 'Arbeitstag beginnt um',
    'admin.field.workdayEndHour': 'Arbeitstag endet um',
    'admin.field.workingDays': 'Arbeitstage',
    'admin.field.nudgeKindsOnByDefault': 'Standardmäßig aktive Erinnerungen',
    'admin.field.minReportGroupSize': 'Mindestgruppengröße in Berichten',
    'admin.field.deactivatedRetentionDays': 'Daten deaktivierter Personen aufbewahren (Tage)',
    'admin.field.conversationCadenceDays': 'Abstand der Entwicklungsgespräche (Tage)',
    'admin.field.mentoringEnabled': 'Mentoring im Workspace',
    'admin.field.mentorSuggestionsCrossTeams': 'Mentorenvorschläge über Teams hinweg',
    'admin.field.language': 'Sprache des Workspace',
    'admin.language.en': 'Englisch',
    'admin.language.es': 'Spanisch',
    'admin.language.de': 'Deutsch',
    'admin.hint.celebrationChannelId':
      'Wo Erfolge gefeiert werden, wenn Personen zustimmen. Leer lassen für keinen gemeinsamen Channel.',
    'admin.hint.checkInCadenceDays':
      'Wie oft Personen erinnert werden, ihre Bereitschaft einzuschätzen: 7 bis 180 Tage.',
    'admin.hint.conversationCadenceDays':
      'Nach so vielen Tagen ohne Entwicklungsgespräch (auch kein geplantes) werden die Person und ihre Führungskraft eingeladen, eines zu planen, und die Übersicht der Führungskraft nennt sie: 7 bis 180 Tage.',
    'admin.hint.workingDays':
      'Erinnerungen kommen nur an diesen Tagen, innerhalb der Zeiten oben, in der Zeitzone jeder Person.',
    'admin.hint.nudgeKindsOnByDefault': 'Für Personen, die in ihren eigenen Einstellungen nichts gewählt haben.',
    'admin.hint.minReportGroupSize':
      'Zahlen über weniger Personen werden in Berichten ausgeblendet, damit niemand erkennbar ist: 3 oder mehr.',
    'admin.hint.deactivatedRetentionDays':
      'Wenn Slack jemanden deaktiviert, werden die Pathway-Daten nach so vielen Tagen gelöscht (0: beim nächsten täglichen Lauf).',
    'admin.hint.mentoringEnabled':
      'Personen können Mentoring anbieten, Mentorenvorschläge für ihre Zielrolle bekommen und anfragen. Aus: keine Vorschläge, Anfragen oder „Habt ihr euch getroffen?“-Fragen; laufende Mentorings können noch beendet werden.',
    'admin.hint.mentorSuggestionsCrossTeams':
      'Aus: Mentoren werden nur aus dem eigenen Team vorgeschlagen (dem Team im Pathway-Profil).',
    'admin.hint.language':
      'Die Sprache von Channel-Beiträgen und von Personen, deren Sprache Pathway nicht spricht (jede Person kann ihre mit /pathway language wählen).',
    'admin.switch.mentoringEnabled': 'Mentoring ist an',
    'admin.switch.mentorSuggestionsCrossTeams': 'Vorschläge dürfen Teams überschreiten',
    'admin.kind.milestone_nudge': 'Hinweise zu Meilensteinen',
    'admin.kind.milestone_nudge.description':
      'bevor ein Meilenstein fällig ist, am Tag selbst und wenn er überfällig ist',
    'admin.kind.checkin_reminder': 'Check-in-Erinnerungen',
    'admin.kind.checkin_reminder.description': 'wenn dein nächster Check-in zur Bereitschaft fällig ist',
    'admin.kind.manager_reminder': 'Erinnerungen zu Check-ins im Team',
    'admin.kind.manager_reminder.description': 'Führungskräfte: wenn ein Check-in im Team überfällig ist',
    'admin.kind.manager_digest': 'Wöchentliche Team-Übersicht',
    'admin.kind.manager_digest.description':
      'Führungskräfte: wer im Plan liegt, überfällig ist, feststeckt oder auf dich wartet',
    'admin.kind.mentor_checkin': 'Mentoring: „Habt ihr euch getroffen?“',
    'admin.kind.mentor_checkin.description': 'alle paar Wochen, solange du Mentor bist oder begleitet wirst',
    'admin.settings.title': 'Pathway-Einstellungen',
    'admin.settings.framework':
      '*Aktives Framework:* {name}, Version {version}. Für ein neues tippe `/pathway admin framework`.',
    'admin.settings.noFramework':
      '*Aktives Framework:* noch keines. Tippe `/pathway admin framework`, um eines zu laden.',
    'admin.save': 'Speichern',
    'admin.cancel': 'Abbrechen',
    'admin.close': 'Schließen',
    'admin.done': 'Fertig',
    'admin.value.none': 'keiner',
    'admin.value.on': 'an',
    'admin.value.off': 'aus',
    'admin.saved.nothing': 'Nichts geändert: Die Einstellungen sind wie vorher.',
    'admin.saved.changes': ':white_check_mark: Gespeichert. Geändert hat sich:',
    'admin.saved.change': '• *{field}:* {from} → {to}',
    'admin.saved.audit': 'Die Änderung steht mit deinem Namen im Audit-Log.',
    'admin.refused.title': 'Pathway-Verwaltung',
    'admin.notAdmin':
      'Das dürfen nur Pathway-Admins: Admins und Inhaber des Slack-Workspace sowie die Personen, die dein Pathway-Betreiber in PATHWAY_ADMINS nennt. Frag eine von ihnen, oder tippe `/pathway roles`, um das aktuelle Framework anzusehen.',
    'admin.import.title': 'Personen importieren',
    'admin.import.check': 'Datei prüfen',
    'admin.import.fileLabel': 'CSV-Datei',
    'admin.import.format':
      'Schick eine CSV-Datei mit der Kopfzeile `person,manager,role,team`: Person und Führungskraft als Slack-Benutzer-ID (U0123ABCD) oder E-Mail-Adresse, Rolle als Rollenschlüssel aus dem Framework, Team als freier Text; eine leere Führungskraft, Rolle oder ein leeres Team behält den gespeicherten Wert. Beispielzeile: `U012AB3CD,manager@example.com,senior-instructional-designer,Learning`',
    'admin.import.checkedFirst': 'Die Datei wird zuerst geprüft; nichts ändert sich, bis du bestätigst.',
    'admin.import.checking': ':hourglass_flowing_sand: {file} wird Zeile für Zeile geprüft…',
    'admin.import.problem': '• Zeile {line}: {reason}',
    'admin.import.more': '…und {count} weitere.',
    'admin.import.summaryWillBe':
      '*{file}*: {rows, plural, one {# Zeile} other {# Zeilen}}. {accepted, plural, one {# Person wird} other {# Personen werden}} importiert, {skipped, plural, one {# Zeile wird} other {# Zeilen werden}} übersprungen.',
    'admin.import.summaryWere':
      '*{file}*: {rows, plural, one {# Zeile} other {# Zeilen}}. {accepted, plural, one {# Person wurde} other {# Personen wurden}} importiert, {skipped, plural, one {# Zeile wurde} other {# Zeilen wurden}} übersprungen.',
    'admin.import.skippedHeader': '*Übersprungen, und warum:*',
    'admin.import.nothingYet':
      'Noch hat sich nichts geändert. Der Import schreibt alle Zeilen oben auf einmal, oder keine, wenn etwas fehlschlägt.',
    'admin.import.nothingToImport': 'Es gibt nichts zu importieren: Korrigiere die Datei und versuch es noch einmal.',
    'admin.import.submit': '{count} importieren',
    'admin.import.reportInDm': 'Ein Bericht mit jeder übersprungenen Zeile liegt in deiner DM mit Pathway.',
    'admin.import.reportDone': ':busts_in_silhouette: Personenimport abgeschlossen.',
    'admin.import.reportText': 'Personenimport: {accepted} importiert, {skipped} übersprungen',
    'admin.import.uploadHere': 'Lade hier die CSV-Datei hoch.',
    'admin.import.csvRule': 'Lade eine CSV-Datei in UTF-8 mit höchstens {megabytes} MB hoch.',
    'admin.import.unreadable':
      'Pathway konnte diese Datei nicht aus Slack lesen (Referenz {reference}). Bitte versuch es noch einmal.',
    'admin.import.nothingImported': 'Nichts wurde importiert: {problem}.',
    'admin.import.checkFailed':
      'Entschuldige, die Prüfung der Datei ist bei uns fehlgeschlagen; nichts wurde importiert. Bitte versuch es noch einmal (Referenz {reference}).',
    'admin.import.cannotResume':
      'Dieser Import lässt sich nicht fortsetzen. Tippe `/pathway admin import` und lade die Datei erneut hoch.',
    'admin.import.failed':
      'Entschuldige, der Import ist bei uns fehlgeschlagen; nichts wurde geändert. Bitte versuch es noch einmal (Referenz {reference}).',
    'admin.home.header': 'Verwaltung',
    'admin.home.intro':
      'Du bist Pathway-Admin. Tippe `/pathway report` für Zahlen zur Entwicklung, `/pathway admin framework`, um ein Framework zu laden.',
    'admin.home.settings': 'Einstellungen',
    'admin.home.settingsLabel': 'Die Pathway-Einstellungen des Workspace öffnen',
    'admin.home.importLabel': 'Personen und Verknüpfungen zu Führungskräften importieren',

    'frameworkAdmin.title.load': 'Framework laden',
    'frameworkAdmin.title.loaded': 'Framework geladen',
    'frameworkAdmin.title.notLoaded': 'Framework nicht geladen',
    'frameworkAdmin.loadedBy.default': 'mit Pathway ausgeliefert',
    'frameworkAdmin.loadedBy.person': 'geladen von <@{user}>',
    'frameworkAdmin.loadedBy.source': 'geladen aus {source}',
    'frameworkAdmin.active':
      '*Aktives Framework:* {name} (Version {version}, {loadedBy} am {date}): {stages, plural, one {# Stufe} other {# Stufen}}, {roles, plural, one {# Rolle} other {# Rollen}}.',
    'frameworkAdmin.upload.label': 'YAML-Datei hochladen',
    'frameworkAdmin.upload.hint':
      'Beginne mit einer Kopie der zuletzt geladenen Datei deiner Organisation. Ist etwas falsch, ändert sich nichts, und jedes Problem steht mit seiner Zeile da.',
    'frameworkAdmin.paste.label': '…oder hier einfügen',
    'frameworkAdmin.paste.placeholder': '# YAML hier einfügen\nversion: 1\nname: …',
    'frameworkAdmin.paste.hint': 'Slack begrenzt dieses Feld auf {max} Zeichen: Lade für Längeres eine Datei hoch.',
    'frameworkAdmin.upload.context':
      'Nichts ändert sich, wenn die Datei Probleme hat: Jedes steht mit seiner Zeile da. Bei Erfolg wird die Datei die nächste Version; wessen Rolle oder Ziel umbenannt oder entfernt wurde, bekommt eine DM.',
    'frameworkAdmin.upload.submit': 'Laden',
    'frameworkAdmin.loading': ':hourglass_flowing_sand: Die Datei ist gültig. Sie wird geladen…',
    'frameworkAdmin.problems':
      '{count, plural, one {# Problem; nichts wurde geändert. Behebe es und lade erneut:} other {# Probleme; nichts wurde geändert. Behebe sie und lade erneut:}}',
    'frameworkAdmin.problems.more': '…und {count} weitere danach.',
    'frameworkAdmin.added': ':new: *Hinzugefügt:* {roles}',
    'frameworkAdmin.renamed': ':label: *Umbenannt:* {from} → {to}',
    'frameworkAdmin.retitled': ':label: *Neuer Titel:* {from} → {to}',
    'frameworkAdmin.removed': ':wastebasket: *Entfernt:* {roles}',
    'frameworkAdmin.noRoleChanges': 'Keine Rolle wurde hinzugefügt, umbenannt oder entfernt.',
    'frameworkAdmin.outcome.moved':
      '{count, plural, one {# aktiver Entwicklungspfad} other {# aktive Entwicklungspfade}} auf diese Version umgestellt',
    'frameworkAdmin.outcome.toChoose':
      '{count} unverändert gelassen, die Personen wurden gebeten, ein neues Ziel zu wählen',
    'frameworkAdmin.outcome.notified': '{count, plural, one {# Person} other {# Personen}} per DM informiert',
    'frameworkAdmin.loaded':
      ':white_check_mark: *{name}* ist jetzt als Version {version} aktiv (vorher Version {previous}).',
    'frameworkAdmin.unchanged':
      'Diese Datei ist identisch mit dem aktiven Framework (Version {version}); nichts wurde geändert.',
    'frameworkAdmin.error.both':
      'Nutze Hochladen oder Einfügen, nicht beides: Leere dieses Feld oder entferne die Datei.',
    'frameworkAdmin.error.oneFile': 'Lade jeweils nur eine Framework-Datei hoch.',
    'frameworkAdmin.error.none': 'Lade hier eine YAML-Datei hoch oder füge das Framework unten ein.',
    'frameworkAdmin.error.unreadable':
      'Pathway konnte diese Datei nicht aus Slack lesen (Referenz {reference}). Versuch es noch einmal oder füge den Text unten ein.',
    'frameworkAdmin.error.apology':
      'Entschuldige, das Laden des Frameworks ist bei uns fehlgeschlagen; nichts wurde geändert. Bitte versuch es noch einmal; passiert es wieder, gib deinem Pathway-Betreiber die Referenz {reference}.',
    'frameworkAdmin.notice.roleRenamed': '• Deine Rolle *{from}* heißt jetzt *{to}*.',
    'frameworkAdmin.notice.roleRemoved': '• Deine Rolle *{title}* ist nicht mehr im Framework.',
    'frameworkAdmin.notice.goalRenamed': '• Dein Ziel *{from}* heißt jetzt *{to}*.',
    'frameworkAdmin.notice.goalRemoved': '• Dein Ziel *{title}* ist nicht mehr im Framework.',
    'frameworkAdmin.notice.fromRenamed': '• Die Ausgangsrolle deines Entwicklungspfads, *{from}*, heißt jetzt *{to}*.',
    'frameworkAdmin.notice.fromRemoved':
      '• Die Ausgangsrolle deines Entwicklungspfads, *{title}*, ist nicht mehr im Framework.',
    'frameworkAdmin.notice.pickAgain': 'Wähle deine aktuelle Rolle neu, wenn du das nächste Mal planst.',
    'frameworkAdmin.notice.movedAlong':
      'Dein Entwicklungspfad und deine Meilensteine wurden mit umgestellt; sonst ändert sich nichts.',
    'frameworkAdmin.notice.goalGone': 'Dein Ziel *{goal}* ist nicht mehr im Framework.',
    'frameworkAdmin.notice.fromGone':
      'Die Ausgangsrolle deines Entwicklungspfads, *{from}*, ist nicht mehr im Framework.',
    'frameworkAdmin.notice.moveGone': 'Das Framework bietet keinen Wechsel mehr von *{from}* zu *{goal}*.',
    'frameworkAdmin.notice.choose':
      '• {why} Dein Entwicklungspfad und deine Meilensteine bleiben, wie sie sind; wähle bitte ein neues Ziel, wenn du so weit bist.',
    'frameworkAdmin.notice.intro':
      ':compass: Deine Organisation hat ihr Karriere-Framework aktualisiert (*{name}*, Version {version}).',
    'frameworkAdmin.notice.button': 'Neues Ziel wählen',
    'frameworkAdmin.notice.buttonLabel': 'Eine neue Zielrolle im geänderten Framework wählen',
    'frameworkAdmin.notice.roles': 'Alle Rollen und die Wechsel, die dir offenstehen: `/pathway roles`',
    'frameworkAdmin.notice.textChoose': 'Das Karriere-Framework hat sich geändert: Wähle bitte ein neues Ziel',
    'frameworkAdmin.notice.textRenamed': 'Das Karriere-Framework hat sich geändert: Deine Rollen wurden umbenannt',

    'adminReport.header': 'Entwicklungsbericht: {period}',
    'adminReport.lastDays': 'die letzten {count} Tage',
    'adminReport.range': '{from} bis {to}',
    'adminReport.context':
      '{from} bis {to}. Jede Zahl über weniger als {min} Personen wird ausgeblendet, damit niemand erkennbar ist.',
    'adminReport.fewer': 'weniger als {min} Personen',
    'adminReport.days': '{count, plural, one {# Tag} other {# Tage}}',
    'adminReport.segmentHidden': '*{name}*: weniger als {min} Personen, Zahlen ausgeblendet',
    'adminReport.segment': '*{name}* ({people} Personen): {parts}',
    'adminReport.readinessHidden': '*{name}*: weniger als {min} Personen, ausgeblendet',
    'adminReport.more': '…und {count} weitere in der CSV.',
    'adminReport.byTeam': 'Nach Team',
    'adminReport.byRole': 'Nach aktueller Rolle',
    'adminReport.readiness': '*Bereitschaft nach Zielrolle* (letzter Check-in im Zeitraum)',
    'adminReport.mentoring':
      '*Mentoring* (ganzer Workspace, nur Anzahlen): {mentorships, plural, one {# aktives Mentoring} other {# aktive Mentorings}} · {sessions, plural, one {# Treffen} other {# Treffen}} im Zeitraum erfasst · {offers, plural, one {# offenes Angebot} other {# offene Angebote}} für Mentoring heute',
    'adminReport.delivered':
      'Die vollständige Tabelle (CSV) und ein Diagramm der erledigten Meilensteine pro Monat liegen in deiner DM mit Pathway.',
    'adminReport.notDelivered':
      'Pathway konnte CSV und Diagramm diesmal nicht in deine DM schicken; gib den Befehl erneut ein, um es noch einmal zu versuchen.',
    'adminReport.measure.people': 'Personen',
    'adminReport.measure.activePathwayShare': 'Mit aktivem Entwicklungspfad',
    'adminReport.measure.promotions': 'Beförderungen (auf der Leiter)',
    'adminReport.measure.lateralMoves': 'Wechsel in einen anderen Pfad',
    'adminReport.measure.medianDaysInStage': 'Median der Tage in der Stufe vor einem Wechsel',
    'adminReport.measure.milestoneCompletion': 'Fällige Meilensteine, die erledigt sind',
    'adminReport.measure.milestoneOnTime': 'Erledigte Meilensteine, pünktlich abgeschlossen',
    'adminReport.measure.checkInCadenceKept': 'Check-ins im Rhythmus',
    'adminReport.level.0': 'noch nicht',
    'adminReport.level.1': 'in Entwicklung',
    'adminReport.level.2': 'beständig',
    'adminReport.level.3': 'Vorbild',
    'adminReport.badPeriod':
      'Diesen Zeitraum konnte ich nicht lesen: {problem}. Zum Beispiel: `/pathway report 2026-q3`.',
    'adminReport.dmTitle': 'Entwicklungsbericht: {period} ({from} bis {to})',
    'adminReport.csvTitle': 'Entwicklungsbericht {from} bis {to}',
    'adminReport.chartTitle': 'Erledigte Meilensteine pro Monat, {period}',
  },
});
