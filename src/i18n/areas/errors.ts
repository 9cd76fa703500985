/**
 * Messages of errors people can fix (the UserErrors services raise, see ../user-errors.ts), apologies,
 * the words blocks share, and what help and nudges still wrote inline. Values named `…Date` are ISO
 * dates, shown as dates in the reader's language.
 */
import { defineMessages } from '../messages.js';

export const errorsMessages = defineMessages({
  en: {
    // Dates that could not be read (domain/date-phrases.ts); the example phrases are what the parser reads, so they stay English.
    'problem.date.empty':
      'Give a date, for example `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    'problem.date.noSuchMonth':
      '"{typed}" is not a date: there is no month {month}. Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    'problem.date.notOnCalendar': '"{typed}" does not exist on the calendar: {monthName} {year} has {days} days',
    'problem.date.addYearNumeric': 'Add the year to "{typed}", for example {typed}/2027',
    'problem.date.addYear': 'Add the year to "{typed}", for example {typed} 2027',
    'problem.date.dateItself': 'Give the date itself instead of "{typed}", for example 2027-03-31',
    'problem.date.unreadable':
      'I could not read "{typed}" as a date. Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    'problem.date.leftover':
      'I read "{read}" as a date but not "{leftover}". Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    'problem.date.weekdayMismatch': '"{typed}": {readDate} is a {weekday}, not a {typedWeekday}',
    // A date that reads either way (3/4/2027), said back in words; {otherIso} is the form that says the other date.
    'date.eitherWay':
      '{typed} is {date}: {order, select, day {day first} other {month first}}, as your Slack language writes dates (for {otherDate}, type {otherIso}).',
    'date.eitherWay.only':
      '{typed} is {date}: {order, select, day {day first} other {month first}}, as your Slack language writes dates.',
    // Apologies and what safely() says
    'error.apology':
      'Sorry, something went wrong on our side. Please try again in a minute; if it keeps happening, give your Pathway admin the reference {reference}.',
    'error.apology.view':
      'Sorry, something went wrong on our side. Please try again in a minute (reference {reference}).',
    'error.expiredTrigger':
      'That took too long to open: Slack gives a form 3 seconds. Please click or type the command again.',

    // Shared words of blocks
    'shared.helps': ':link: Helps: {links}',
    'shared.cancel': 'Cancel',
    'shared.ok': 'OK',

    // Suggestions
    'error.suggestions.noReportPathway':
      'They have no active pathway yet, so there is nothing to add a milestone to. Suggest they start one with `/pathway plan`.',
    'error.suggestions.formChanged':
      'Their pathway changed since you opened this form. Close it and open their pathway again.',
    'error.suggestions.notYours': 'This suggestion was made for someone else, so you cannot answer it.',
    'error.suggestions.alreadyAnswered':
      'You already {status, select, accepted {accepted this} declined {declined this} other {{status} this}} suggestion. Type `/pathway` to see your plan.',
    'error.suggestions.pathwayGone':
      'This suggestion was for a pathway that is no longer active. Ask your manager to suggest it again for your current plan.',
    'error.suggestions.datePassed':
      'The suggested date has passed: {dueDate} is in the past (today is {todayDate} where you are): pick today or a later date. Use *Edit* to accept it with a new date.',
    'error.suggestions.answeredMeanwhile': 'This suggestion was answered a moment ago; nothing more to do.',

    // Celebrations
    'error.celebrations.gone':
      'That celebration is no longer there (its data may have been erased). Type `/pathway celebrate` to see your settings.',
    'error.celebrations.notYours':
      'That button belongs to someone else’s celebration. Type `/pathway celebrate` to see your own settings.',
    'error.celebrations.delivering':
      'The post is being delivered right now. Press *Remove the post* again in a minute and it will be deleted.',

    // Reminder settings and time away
    'error.settings.awayPast':
      '{untilDate} has already passed. Give the last day you are away, for example `/pathway away until {example}`.',
    'error.settings.awayTooFar':
      'That is more than a year away. Give a date before {lastDate}, or use `/pathway pause` to stop nudges until you resume them.',
    'error.settings.milestoneGone':
      'That milestone is not on your pathway any more. Type `/pathway` to see your current milestones.',
    'error.settings.milestoneDone': 'That milestone is already done: no more nudges about it.',

    // Goal moves
    'error.goals.proposedMeanwhile': 'This move was proposed a moment ago; nothing more to do.',
    'error.goals.notActive': 'That pathway is no longer active. Type `/pathway` to see where you are now.',
    'error.goals.alreadySaidMoved':
      'You already said you moved into this role; <@{manager}> is asked to confirm it. You will get a DM once they do.',
    'error.goals.alreadySaidMovedAdmin':
      'You already said you moved into this role; a Pathway admin is asked to confirm it. You will get a DM once they do.',
    'error.goals.noManagerToConfirm':
      'Someone has to confirm a move, and you have no manager in Pathway yet. Link them with `/pathway manager @name`, then say you moved.',
    'error.goals.noGoalToConfirm': 'They have no active pathway, so there is no goal to confirm.',
    'error.goals.alreadyProposed': 'You already proposed this move; <@{person}> is asked to confirm it.',
    'error.goals.alreadyConfirmed': 'This move is already confirmed. Nothing more to do.',
    'error.goals.noMoveWaiting':
      'There is no move waiting for confirmation on this pathway (it may have been answered already).',
    'error.goals.onlyTheirManager': 'Only <@{owner}>’s manager in Pathway, <@{manager}>, can confirm this move.',
    'error.goals.needsSomeoneElse':
      'Your move needs someone else to confirm it: your manager, or a Pathway admin while you have none.',
    'error.goals.onlyManagerOrAdmin':
      'Only <@{owner}>’s manager, or a Pathway admin while they have none, can confirm this move.',
    'error.goals.onlyOwner': 'Only <@{owner}> can confirm a move their manager proposed.',
    'error.goals.managerChanged':
      'The manager who proposed this move no longer manages you in Pathway. Say *I moved into this role* again to ask your current manager.',

    // Competencies
    'error.competencies.noPathway':
      'You have no active pathway yet, so there are no competencies to assess. Start one with `/pathway plan`: pick your goal role, then assess yourself against its competencies.',
    'error.competencies.none':
      'Your goal role lists no competencies in the current framework, so there is nothing to assess yet. Type `/pathway checkin` to rate its readiness signals instead.',
    'error.competencies.changed':
      'Your pathway changed since you opened this form. Close it and type `/pathway competencies` to start again.',

    // Development conversations
    'error.conversations.noManager':
      'A development conversation is between you and your manager, and you have no manager linked in Pathway yet. Ask yours with `/pathway manager @name`, then type `/pathway conversation` again. For a conversation with one of your reports, name them: `/pathway conversation @name`.',
    'error.conversations.notFound':
      'That conversation no longer exists. Type `/pathway conversation` to see the one coming up.',
    'error.conversations.alreadyHeld':
      'The notes of this conversation are already recorded. Type `/pathway conversation` to see the next one.',
    'error.conversations.pickDate': 'Pick the date of the conversation.',
    'error.conversations.pickLaterDate': 'Pick today or a later date.',
    'error.conversations.withinYear': 'Pick a date within the next year.',
    'error.conversations.itemTooLong': 'Keep the agenda item under {max} characters.',
    'error.conversations.writeItem': 'Write the item you want to talk about.',
    'error.conversations.agendaFull':
      'The agenda already has {max} items: enough for one conversation. Keep the rest for the next one.',
    'error.conversations.actionsNoPathway':
      'You have no active pathway yet: start one with `/pathway plan`, so your actions cannot become milestones yet. Make them your manager’s, or leave them out for now.',
    'error.conversations.actionsNoReportPathway':
      'They have no active pathway, so their actions cannot become milestones yet. Make them your to-dos, or leave them out for now.',
    'error.conversations.todoGone': 'That to-do no longer exists. Type `/pathway team` to see your reports.',
    'error.conversations.todoManagers': 'This to-do is your manager’s: they mark it done.',

    // Evidence
    'error.evidence.noPathway':
      'You have no active pathway yet: start one with `/pathway plan`, then save evidence to it.',
    'error.evidence.noReportPathway': 'They have no active pathway yet, so there is no milestone to comment on.',
    'error.evidence.changed': 'Your pathway changed since you opened this form. Close it and save the message again.',
    'error.evidence.milestoneGone':
      'That milestone is no longer on their active pathway. Open their pathway again from `/pathway team`.',

    // Milestones and target dates
    'error.milestones.noPathway': 'You have no active pathway yet: start one with `/pathway plan`.',
    'error.milestones.noneYet': 'Your pathway has no milestones yet: add one with `/pathway add <title> by <date>`.',
    'error.milestones.noSuchNumber':
      'There is no milestone {position}: you have {count, plural, one {only milestone 1} other {milestones 1–{count}}}. Type `/pathway` to see them with their numbers.',
    'error.milestones.notActive':
      'That milestone is not on your active pathway any more. Type `/pathway` to see your current milestones.',
    'error.milestones.alreadyDone':
      'Milestone {position}. “{title}” is already done ({doneDate}), so there is {what, select, mark {nothing to mark} other {nothing to move}}. Type `/pathway` to see the open ones.',
    'error.milestones.pastDate':
      '{dueDate} is in the past (today is {todayDate} where you are): pick today or a later date.',
    'error.pathways.targetNotAfterToday':
      '{targetDate} is not after today ({todayDate}): pick a later target, for example `/pathway target in 6 months`',
    'error.pathways.noPathway': 'You have no active pathway yet: start one with `/pathway plan`',

    // Thanks and managers
    'error.thanks.yourself':
      'You can’t thank yourself, but you can keep your own win: `/pathway wins` shows your log, and the ⋮ menu on a message has *Save as evidence*.',
    'error.thanks.inactive': 'That account is no longer active in this workspace, so nobody would read your thanks.',
    'error.managers.yourself':
      'You cannot be your own manager. Mention the person you report to, for example `/pathway manager @Dana`.',
    'error.managers.inactive': 'That person is no longer active in this workspace. Mention your current manager.',
    'error.managers.already': '<@{manager}> is already your manager in Pathway. Nothing to change.',
    'error.managers.loop':
      'That would make a loop in the reporting line (they report to you, directly or further down). Mention the person you report to.',
    'error.managers.notYours': 'This request was sent to someone else, so you cannot answer it.',
    'error.managers.superseded': '<@{person}> sent a newer request since, so this one no longer applies.',
    'error.managers.alreadyAnswered':
      'You already {status, select, accepted {accepted this} declined {declined this} other {{status} this}} request.',
    'error.managers.answeredMeanwhile': 'This request was answered a moment ago; nothing more to do.',
    'error.managers.otherWorkspace': 'A manager must be in the same workspace as their report.',
    'error.managers.ownManager': 'A person cannot be their own manager.',

    // Mentoring
    'error.mentoring.off':
      'Mentoring is turned off in this workspace. A Pathway admin can turn it on in `/pathway admin settings`.',
    'error.mentoring.noGoal':
      'Mentor suggestions follow your goal role, and you have none yet. Type `/pathway plan` to pick one, then `/pathway mentor` again.',
    'error.mentoring.noOffer':
      'You have not offered to mentor yet. Type `/pathway mentor offer` to say which roles and signals you can help with.',
    'error.mentoring.offerGone':
      'Those roles or signals are no longer in the framework. Type `/pathway mentor offer` to pick again.',
    'error.mentoring.personUnavailable':
      'That person is not available as a mentor right now. Type `/pathway mentor` for other suggestions.',
    'error.mentoring.mentorUnavailable':
      '<@{mentor}> is not available as a mentor right now. Type `/pathway mentor` for other suggestions.',
    'error.mentoring.alreadyAsked':
      'You already asked <@{mentor}>. Type `/pathway mentor` to see your mentorships and requests.',
    'error.mentoring.tooManyWaiting':
      'You have {count} mentoring requests waiting for an answer, the most at once. Wait for an answer, or take one back with *Cancel request* in `/pathway mentor`, then ask again.',
    'error.mentoring.onlyMentorAnswers': 'Only the person asked to mentor answers this request.',
    'error.mentoring.withdrawn':
      'The asker withdrew this request before you answered, so there is nothing to accept or decline. Thank you for offering to mentor.',
    'error.mentoring.alreadyAnswered':
      'This request is already answered. Type `/pathway mentor` to see your mentorships.',
    'error.mentoring.onlyAskerCancels': 'Only the person who asked can cancel a mentoring request.',
    'error.mentoring.ended':
      'This mentorship has ended, so there is nothing to log. Type `/pathway mentor` to see your mentorships.',

    // Check-ins and feedback
    'error.checkins.noPathway':
      'You have no active pathway yet, so there is nothing to check in against. Start one with `/pathway plan`: pick your goal role, then check in against its signals.',
    'error.checkins.noSignals':
      'Your goal role lists no readiness signals in the current framework, so there is nothing to rate yet. Ask your Pathway admin to add signals to it, or pick another goal with `/pathway plan`.',
    'error.checkins.pathwayChanged':
      'Your pathway changed since you opened this check-in. Close it and type `/pathway checkin` to start again.',
    'error.checkins.changed': 'This check-in changed since you opened it. Close the form and open the check-in again.',
    'error.feedback.noPathway':
      'You have no active pathway yet, so there are no signals to ask about. Start one with `/pathway plan`, then ask colleagues with `/pathway feedback`.',
    'error.feedback.noSignals':
      'Your goal role lists no readiness signals in the framework, so there is nothing to ask about. Ask your Pathway admin to add signals to it.',
    'error.feedback.pickedYourself':
      'You picked yourself: ask colleagues who have seen your work. Your own view goes in your check-in (`/pathway checkin`).',
    'error.feedback.pickColleague': 'Pick at least one colleague to ask.',
    'error.feedback.inactive': '<@{person}> is no longer active in this workspace. Pick someone else.',
    'error.feedback.changed':
      'Your pathway changed since you opened this form. Close it and type `/pathway feedback` again.',
    'error.feedback.pickSignal': 'Pick at least one signal to ask about.',
    'error.feedback.tooMany':
      'You have {waiting, plural, one {# feedback request} other {# feedback requests}} waiting for an answer, and at most {max} can wait at once (you picked {wanted}). {room, plural, =0 {Wait for an answer first} one {Pick at most # colleague now} other {Pick at most # colleagues now}}: a request stops waiting when it is answered, or closes by itself two weeks after it was sent.',
    'error.feedback.closed':
      'This request closed two weeks after it was sent, so it no longer takes answers. If you still want to share your view, tell them directly.',

    // Privacy
    'error.privacy.denied':
      'Check-ins are private: only the person who made them and their current manager can see them. If you manage this person, ask them to link you with `/pathway manager @you`.',
    'error.privacy.checkinGone':
      'That check-in no longer exists. Type `/pathway team` to see your reports’ latest check-ins.',
    'error.privacy.calibrateOwn':
      'This is your own check-in: your manager adds their ratings beside yours. Type `/pathway` to see them once they have.',
    'error.privacy.ownPathway':
      'This is your own pathway: your manager suggests milestones, comments and proposes moves here. Add milestones yourself with `/pathway add`, or say you moved with *I moved into this role*.',
    'error.privacy.feedbackGone':
      'That feedback request is no longer there: the person who asked may have erased their data. Nothing more to do.',
    'error.privacy.feedbackNotYours':
      'That feedback request was sent to someone else: only they can answer it, and only the person who asked and their manager read the answers.',
    'error.privacy.mentorshipDenied':
      'A mentorship is private to the mentor and the mentee. Type `/pathway mentor` to see your own mentorships and suggestions.',
    'error.privacy.mentorshipGone': 'That mentorship no longer exists. Type `/pathway mentor` to see your own.',

    // Framework files
    'error.files.tooBig': '{name} is {size} KB; a framework file can be at most {max} KB.',
    'error.files.tooLarge': '{name} is larger than {max} KB, the most a framework file can be.',
    'error.files.notText':
      '{name} is not a UTF-8 text file. Save the framework as plain text (.yaml) and upload it again.',

    // The command parser's problems (domain/commands.ts COMMAND_PROBLEMS)
    'problem.milestoneNumberMissing': 'give the milestone number shown in `/pathway`, for example 2',
    'problem.milestoneNumberWhole': 'give a whole milestone number, for example 2',
    'problem.milestoneNumberFromOne': 'milestone numbers start at 1',
    'problem.milestoneNumberTooHigh': 'there is no milestone with that number',
    'problem.notAMilestoneNumber':
      '"{typed}" is not a milestone number: give the number shown in `/pathway`, for example 2',
    'problem.titleAndDateMissing':
      'give the title, then "by" and the due date, for example `/pathway add Lead a workshop by next friday`',
    'problem.titleMissing': 'give the milestone a title',
    'problem.titleTooLong': 'keep the title under {max} characters',
    'problem.noteTooLong': 'keep the note under {max} characters',
    'problem.nothingAfter': 'type just `/pathway {command}`, with nothing after it',
    'problem.addDateMissing': 'add the due date after "by", for example by next friday or by 31/03/2027',
    'problem.moveDateMissing': 'add the new date after "to", for example to next friday',
    'problem.roleQueryTooLong': 'give a role key or a few words of its title',
    'problem.adminArea': 'say what to administer: {areas}',
    'problem.reportPeriod': 'give a period like 90d, 2026-q3 or 2026-01-01..2026-06-30',
    'problem.winsPage': 'give a page number, for example /pathway wins 2',
    'problem.managerMention': 'mention your manager with @, for example /pathway manager @Dana',
    'problem.awayDateMissing': 'add the last day you are away, for example until 2027-01-10',
    'problem.targetDateMissing': 'add the new target date, for example /pathway target 30 June 2027',
    'problem.conversationMention':
      'mention the report with @, for example /pathway conversation @Priya, or type nothing after it',
    'problem.feedbackArguments':
      'mention colleagues with @ and give signal numbers as shown in your check-in, for example /pathway feedback @Sam 1 3',
    'problem.tooManyColleagues': 'ask at most {max} colleagues at once',
    'problem.signalNumberFromOne': 'signal numbers start at 1',
    'problem.thanksMention':
      'mention the person with @ first, for example /pathway thanks @Ana for running the Q3 workshop',
    'problem.thanksReason': 'say what you thank them for, for example /pathway thanks @Ana for running the Q3 workshop',
    'problem.thanksTooLong': 'keep the thanks under {max} characters',
    'problem.mentorAction': 'type `/pathway mentor` for suggestions, or add offer, pause, resume, withdraw or end',
    'problem.languageChoice': 'give one of en (English), es (Español), de (Deutsch) or auto (your Slack language)',
    // Placeholders in a command's form (`/pathway add <title> by <date>`); the command words stay English
    'usage.title': 'title',
    'usage.date': 'date',
    'usage.number': 'number',
    'usage.whatYouDid': 'what you did',
    'usage.role': 'role',
    'usage.page': 'page',
    'usage.report': '@report',
    'usage.colleague': '@colleague …',
    'usage.signalNumbers': 'signal numbers',
    'usage.whatTheyDid': 'what they did',
  },
  es: {
    'problem.date.empty':
      'Indica una fecha, por ejemplo `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` o `2027-03-31`',
    'problem.date.noSuchMonth':
      '"{typed}" no es una fecha: no existe el mes {month}. Prueba `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` o `2027-03-31`',
    'problem.date.notOnCalendar': '"{typed}" no existe en el calendario: {monthName} de {year} tiene {days} días',
    'problem.date.addYearNumeric': 'Añade el año a "{typed}", por ejemplo {typed}/2027',
    'problem.date.addYear': 'Añade el año a "{typed}", por ejemplo {typed} 2027',
    'problem.date.dateItself': 'Indica la fecha en sí en lugar de "{typed}", por ejemplo 2027-03-31',
    'problem.date.unreadable':
      'No he podido leer "{typed}" como fecha. Prueba `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` o `2027-03-31`',
    'problem.date.leftover':
      'He leído "{read}" como fecha, pero no "{leftover}". Prueba `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` o `2027-03-31`',
    'problem.date.weekdayMismatch': '"{typed}": el {readDate} es {weekday}, no {typedWeekday}',
    'date.eitherWay':
      '{typed} es el {date}: {order, select, day {primero el día} other {primero el mes}}, como escribe las fechas tu idioma de Slack (para el {otherDate}, escribe {otherIso}).',
    'date.eitherWay.only':
      '{typed} es el {date}: {order, select, day {primero el día} other {primero el mes}}, como escribe las fechas tu idioma de Slack.',
    'error.apology':
      'Lo sentimos, algo falló de nuestro lado. Inténtalo de nuevo en un minuto; si sigue pasando, da a tu administrador de Pathway la referencia {reference}.',
    'error.apology.view':
      'Lo sentimos, algo falló de nuestro lado. Inténtalo de nuevo en un minuto (referencia {reference}).',
    'error.expiredTrigger':
      'Tardó demasiado en abrirse: Slack da 3 segundos a un formulario. Vuelve a hacer clic o a escribir el comando.',

    'shared.helps': ':link: Ayuda: {links}',
    'shared.cancel': 'Cancelar',
    'shared.ok': 'Entendido',

    'error.suggestions.noReportPathway':
      'Aún no tiene un plan activo, así que no hay dónde añadir un hito. Sugiérele que empiece uno con `/pathway plan`.',
    'error.suggestions.formChanged':
      'Su plan cambió desde que abriste este formulario. Ciérralo y vuelve a abrir su plan.',
    'error.suggestions.notYours': 'Esta sugerencia era para otra persona, así que no puedes responderla.',
    'error.suggestions.alreadyAnswered':
      'Ya {status, select, accepted {aceptaste esta} declined {rechazaste esta} other {respondiste esta}} sugerencia. Escribe `/pathway` para ver tu plan.',
    'error.suggestions.pathwayGone':
      'Esta sugerencia era para un plan que ya no está activo. Pide a tu mánager que la sugiera de nuevo para tu plan actual.',
    'error.suggestions.datePassed':
      'La fecha sugerida ya pasó: {dueDate} queda en el pasado (hoy es {todayDate} donde estás): elige hoy o una fecha posterior. Usa *Editar* para aceptarla con otra fecha.',
    'error.suggestions.answeredMeanwhile': 'Esta sugerencia se respondió hace un momento; no hace falta nada más.',

    'error.celebrations.gone':
      'Esa celebración ya no existe (quizá se borraron sus datos). Escribe `/pathway celebrate` para ver tus ajustes.',
    'error.celebrations.notYours':
      'Ese botón es de la celebración de otra persona. Escribe `/pathway celebrate` para ver tus propios ajustes.',
    'error.celebrations.delivering':
      'La publicación se está enviando ahora mismo. Pulsa *Quitar la publicación* de nuevo en un minuto y se borrará.',

    'error.settings.awayPast':
      '{untilDate} ya pasó. Indica el último día que estarás fuera, por ejemplo `/pathway away until {example}`.',
    'error.settings.awayTooFar':
      'Eso queda a más de un año. Indica una fecha antes del {lastDate}, o usa `/pathway pause` para parar los recordatorios hasta que los reactives.',
    'error.settings.milestoneGone': 'Ese hito ya no está en tu plan. Escribe `/pathway` para ver tus hitos actuales.',
    'error.settings.milestoneDone': 'Ese hito ya está hecho: no habrá más recordatorios sobre él.',

    'error.goals.proposedMeanwhile': 'Este cambio se propuso hace un momento; no hace falta nada más.',
    'error.goals.notActive': 'Ese plan ya no está activo. Escribe `/pathway` para ver dónde estás ahora.',
    'error.goals.alreadySaidMoved':
      'Ya dijiste que pasaste a este rol; se ha pedido a <@{manager}> que lo confirme. Recibirás un mensaje directo cuando lo haga.',
    'error.goals.alreadySaidMovedAdmin':
      'Ya dijiste que pasaste a este rol; se ha pedido a un administrador de Pathway que lo confirme. Recibirás un mensaje directo cuando lo haga.',
    'error.goals.noManagerToConfirm':
      'Alguien tiene que confirmar un cambio de rol y aún no tienes mánager en Pathway. Vincúlalo con `/pathway manager @nombre` y luego di que cambiaste.',
    'error.goals.noGoalToConfirm': 'No tiene un plan activo, así que no hay objetivo que confirmar.',
    'error.goals.alreadyProposed': 'Ya propusiste este cambio; se ha pedido a <@{person}> que lo confirme.',
    'error.goals.alreadyConfirmed': 'Este cambio ya está confirmado. No hace falta nada más.',
    'error.goals.noMoveWaiting': 'No hay ningún cambio pendiente de confirmar en este plan (quizá ya se respondió).',
    'error.goals.onlyTheirManager':
      'Solo quien gestiona a <@{owner}> en Pathway, <@{manager}>, puede confirmar este cambio.',
    'error.goals.needsSomeoneElse':
      'Tu cambio necesita que otra persona lo confirme: tu mánager, o un administrador de Pathway mientras no tengas mánager.',
    'error.goals.onlyManagerOrAdmin':
      'Solo quien gestiona a <@{owner}>, o un administrador de Pathway mientras no haya nadie, puede confirmar este cambio.',
    'error.goals.onlyOwner': 'Solo <@{owner}> puede confirmar un cambio que propuso su mánager.',
    'error.goals.managerChanged':
      'Quien propuso este cambio ya no es tu mánager en Pathway. Di de nuevo *Pasé a este rol* para pedírselo a tu mánager actual.',

    'error.competencies.noPathway':
      'Aún no tienes un plan activo, así que no hay competencias que evaluar. Empieza uno con `/pathway plan`: elige tu rol objetivo y luego evalúate en sus competencias.',
    'error.competencies.none':
      'Tu rol objetivo no tiene competencias en el marco actual, así que aún no hay nada que evaluar. Escribe `/pathway checkin` para valorar sus señales de preparación.',
    'error.competencies.changed':
      'Tu plan cambió desde que abriste este formulario. Ciérralo y escribe `/pathway competencies` para empezar de nuevo.',

    'error.conversations.noManager':
      'Una conversación de desarrollo es entre tú y tu mánager, y aún no tienes mánager vinculado en Pathway. Pídeselo con `/pathway manager @nombre` y vuelve a escribir `/pathway conversation`. Para una conversación con alguien de tu equipo, nómbralo: `/pathway conversation @nombre`.',
    'error.conversations.notFound':
      'Esa conversación ya no existe. Escribe `/pathway conversation` para ver la próxima.',
    'error.conversations.alreadyHeld':
      'Las notas de esta conversación ya están guardadas. Escribe `/pathway conversation` para ver la siguiente.',
    'error.conversations.pickDate': 'Elige la fecha de la conversación.',
    'error.conversations.pickLaterDate': 'Elige hoy o una fecha posterior.',
    'error.conversations.withinYear': 'Elige una fecha dentro del próximo año.',
    'error.conversations.itemTooLong': 'El punto de la agenda debe tener menos de {max} caracteres.',
    'error.conversations.writeItem': 'Escribe el punto del que quieres hablar.',
    'error.conversations.agendaFull':
      'La agenda ya tiene {max} puntos: suficiente para una conversación. Guarda el resto para la siguiente.',
    'error.conversations.actionsNoPathway':
      'Aún no tienes un plan activo (empieza uno con `/pathway plan`), así que tus acciones todavía no pueden ser hitos. Asígnalas a tu mánager o déjalas fuera por ahora.',
    'error.conversations.actionsNoReportPathway':
      'No tiene un plan activo, así que sus acciones todavía no pueden ser hitos. Hazlas tareas tuyas o déjalas fuera por ahora.',
    'error.conversations.todoGone': 'Esa tarea ya no existe. Escribe `/pathway team` para ver a tu equipo.',
    'error.conversations.todoManagers': 'Esta tarea es de tu mánager: es quien la marca como hecha.',

    'error.evidence.noPathway':
      'Aún no tienes un plan activo: empieza uno con `/pathway plan` y luego guarda evidencias en él.',
    'error.evidence.noReportPathway': 'Aún no tiene un plan activo, así que no hay ningún hito que comentar.',
    'error.evidence.changed':
      'Tu plan cambió desde que abriste este formulario. Ciérralo y guarda el mensaje de nuevo.',
    'error.evidence.milestoneGone':
      'Ese hito ya no está en su plan activo. Vuelve a abrir su plan desde `/pathway team`.',

    'error.milestones.noPathway': 'Aún no tienes un plan activo: empieza uno con `/pathway plan`.',
    'error.milestones.noneYet': 'Tu plan aún no tiene hitos: añade uno con `/pathway add <título> by <fecha>`.',
    'error.milestones.noSuchNumber':
      'No hay ningún hito {position}: {count, plural, one {solo tienes el hito 1} other {tienes los hitos 1–{count}}}. Escribe `/pathway` para verlos con sus números.',
    'error.milestones.notActive':
      'Ese hito ya no está en tu plan activo. Escribe `/pathway` para ver tus hitos actuales.',
    'error.milestones.alreadyDone':
      'El hito {position}. “{title}” ya está hecho ({doneDate}), así que no hay {what, select, mark {nada que marcar} other {nada que mover}}. Escribe `/pathway` para ver los pendientes.',
    'error.milestones.pastDate': '{dueDate} ya pasó (hoy es {todayDate} donde estás): elige hoy o una fecha posterior.',
    'error.pathways.targetNotAfterToday':
      '{targetDate} no es posterior a hoy ({todayDate}): elige una meta más adelante, por ejemplo `/pathway target in 6 months`',
    'error.pathways.noPathway': 'Aún no tienes un plan activo: empieza uno con `/pathway plan`',

    'error.thanks.yourself':
      'No puedes darte las gracias, pero sí guardar tu propio logro: `/pathway wins` muestra tu registro, y el menú ⋮ de un mensaje tiene *Guardar como evidencia*.',
    'error.thanks.inactive':
      'Esa cuenta ya no está activa en este espacio de trabajo, así que nadie leería tu agradecimiento.',
    'error.managers.yourself':
      'No puedes ser tu propio mánager. Menciona a la persona a la que reportas, por ejemplo `/pathway manager @Dana`.',
    'error.managers.inactive':
      'Esa persona ya no está activa en este espacio de trabajo. Menciona a tu mánager actual.',
    'error.managers.already': '<@{manager}> ya es tu mánager en Pathway. No hay nada que cambiar.',
    'error.managers.loop':
      'Eso crearía un bucle en la línea de reporte (esa persona depende de ti, directamente o más abajo). Menciona a la persona a la que reportas.',
    'error.managers.notYours': 'Esta solicitud se envió a otra persona, así que no puedes responderla.',
    'error.managers.superseded': '<@{person}> envió después una solicitud más reciente, así que esta ya no cuenta.',
    'error.managers.alreadyAnswered':
      'Ya {status, select, accepted {aceptaste esta} declined {rechazaste esta} other {respondiste esta}} solicitud.',
    'error.managers.answeredMeanwhile': 'Esta solicitud se respondió hace un momento; no hace falta nada más.',
    'error.managers.otherWorkspace': 'Un mánager debe estar en el mismo espacio de trabajo que la persona a su cargo.',
    'error.managers.ownManager': 'Nadie puede ser su propio mánager.',

    'error.mentoring.off':
      'La mentoría está desactivada en este espacio de trabajo. Un administrador de Pathway puede activarla en `/pathway admin settings`.',
    'error.mentoring.noGoal':
      'Las sugerencias de mentores siguen tu rol objetivo, y aún no tienes uno. Escribe `/pathway plan` para elegirlo y luego `/pathway mentor` otra vez.',
    'error.mentoring.noOffer':
      'Todavía no te ofreciste como mentor. Escribe `/pathway mentor offer` para decir con qué roles y señales puedes ayudar.',
    'error.mentoring.offerGone':
      'Esos roles o señales ya no están en el marco. Escribe `/pathway mentor offer` para elegir de nuevo.',
    'error.mentoring.personUnavailable':
      'Esa persona no está disponible como mentora ahora mismo. Escribe `/pathway mentor` para ver otras sugerencias.',
    'error.mentoring.mentorUnavailable':
      '<@{mentor}> no está disponible como mentor ahora mismo. Escribe `/pathway mentor` para ver otras sugerencias.',
    'error.mentoring.alreadyAsked':
      'Ya se lo pediste a <@{mentor}>. Escribe `/pathway mentor` para ver tus mentorías y solicitudes.',
    'error.mentoring.tooManyWaiting':
      'Tienes {count} solicitudes de mentoría esperando respuesta, el máximo a la vez. Espera una respuesta o retira una con *Cancelar solicitud* en `/pathway mentor`, y vuelve a pedirlo.',
    'error.mentoring.onlyMentorAnswers': 'Solo la persona a quien se pidió la mentoría responde a esta solicitud.',
    'error.mentoring.withdrawn':
      'Quien lo pidió retiró esta solicitud antes de que respondieras, así que no hay nada que aceptar o rechazar. Gracias por ofrecerte como mentor.',
    'error.mentoring.alreadyAnswered':
      'Esta solicitud ya está respondida. Escribe `/pathway mentor` para ver tus mentorías.',
    'error.mentoring.onlyAskerCancels': 'Solo quien la pidió puede cancelar una solicitud de mentoría.',
    'error.mentoring.ended':
      'Esta mentoría terminó, así que no hay nada que registrar. Escribe `/pathway mentor` para ver tus mentorías.',

    'error.checkins.noPathway':
      'Aún no tienes un plan activo, así que no hay nada sobre lo que hacer un check-in. Empieza uno con `/pathway plan`: elige tu rol objetivo y luego valora sus señales.',
    'error.checkins.noSignals':
      'Tu rol objetivo no tiene señales de preparación en el marco actual, así que aún no hay nada que valorar. Pide a tu administrador de Pathway que las añada, o elige otro objetivo con `/pathway plan`.',
    'error.checkins.pathwayChanged':
      'Tu plan cambió desde que abriste este check-in. Ciérralo y escribe `/pathway checkin` para empezar de nuevo.',
    'error.checkins.changed':
      'Este check-in cambió desde que lo abriste. Cierra el formulario y vuelve a abrir el check-in.',
    'error.feedback.noPathway':
      'Aún no tienes un plan activo, así que no hay señales sobre las que preguntar. Empieza uno con `/pathway plan` y luego pregunta a tus colegas con `/pathway feedback`.',
    'error.feedback.noSignals':
      'Tu rol objetivo no tiene señales de preparación en el marco, así que no hay nada que preguntar. Pide a tu administrador de Pathway que las añada.',
    'error.feedback.pickedYourself':
      'Te elegiste a ti: pregunta a colegas que hayan visto tu trabajo. Tu propia opinión va en tu check-in (`/pathway checkin`).',
    'error.feedback.pickColleague': 'Elige al menos a un colega a quien preguntar.',
    'error.feedback.inactive': '<@{person}> ya no está activo en este espacio de trabajo. Elige a otra persona.',
    'error.feedback.changed':
      'Tu plan cambió desde que abriste este formulario. Ciérralo y escribe `/pathway feedback` de nuevo.',
    'error.feedback.pickSignal': 'Elige al menos una señal sobre la que preguntar.',
    'error.feedback.tooMany':
      'Tienes {waiting, plural, one {# solicitud de opinión} other {# solicitudes de opinión}} esperando respuesta, y como máximo pueden esperar {max} a la vez (elegiste {wanted}). {room, plural, =0 {Espera primero una respuesta} one {Elige como máximo # colega ahora} other {Elige como máximo # colegas ahora}}: una solicitud deja de esperar cuando se responde, o se cierra sola dos semanas después de enviarse.',
    'error.feedback.closed':
      'Esta solicitud se cerró dos semanas después de enviarse, así que ya no admite respuestas. Si aún quieres dar tu opinión, díselo directamente.',

    'error.privacy.denied':
      'Los check-ins son privados: solo los ve quien los hizo y su mánager actual. Si gestionas a esta persona, pídele que te vincule con `/pathway manager @tú`.',
    'error.privacy.checkinGone':
      'Ese check-in ya no existe. Escribe `/pathway team` para ver los últimos check-ins de tu equipo.',
    'error.privacy.calibrateOwn':
      'Este es tu propio check-in: tu mánager añade sus valoraciones junto a las tuyas. Escribe `/pathway` para verlas cuando lo haga.',
    'error.privacy.ownPathway':
      'Este es tu propio plan: aquí tu mánager sugiere hitos, comenta y propone cambios de rol. Añade hitos tú con `/pathway add`, o di que cambiaste con *Pasé a este rol*.',
    'error.privacy.feedbackGone':
      'Esa solicitud de opinión ya no existe: quizá quien la pidió borró sus datos. No hace falta nada más.',
    'error.privacy.feedbackNotYours':
      'Esa solicitud de opinión se envió a otra persona: solo ella puede responderla, y solo quien la pidió y su mánager leen las respuestas.',
    'error.privacy.mentorshipDenied':
      'Una mentoría es privada entre mentor y aprendiz. Escribe `/pathway mentor` para ver tus propias mentorías y sugerencias.',
    'error.privacy.mentorshipGone': 'Esa mentoría ya no existe. Escribe `/pathway mentor` para ver las tuyas.',

    'error.files.tooBig': '{name} ocupa {size} KB; un archivo de marco puede ocupar como máximo {max} KB.',
    'error.files.tooLarge': '{name} ocupa más de {max} KB, el máximo para un archivo de marco.',
    'error.files.notText':
      '{name} no es un archivo de texto UTF-8. Guarda el marco como texto plano (.yaml) y súbelo de nuevo.',

    'problem.milestoneNumberMissing': 'indica el número del hito que muestra `/pathway`, por ejemplo 2',
    'problem.milestoneNumberWhole': 'indica un número de hito entero, por ejemplo 2',
    'problem.milestoneNumberFromOne': 'los números de hito empiezan en 1',
    'problem.milestoneNumberTooHigh': 'no hay ningún hito con ese número',
    'problem.notAMilestoneNumber':
      '«{typed}» no es un número de hito: indica el número que muestra `/pathway`, por ejemplo 2',
    'problem.titleAndDateMissing':
      'indica el título, luego `by` y la fecha límite, por ejemplo `/pathway add Dar un taller by next friday`',
    'problem.titleMissing': 'dale un título al hito',
    'problem.titleTooLong': 'el título debe tener menos de {max} caracteres',
    'problem.noteTooLong': 'la nota debe tener menos de {max} caracteres',
    'problem.nothingAfter': 'escribe solo `/pathway {command}`, sin nada detrás',
    'problem.addDateMissing': 'añade la fecha límite después de `by`, por ejemplo `by next friday` o `by 31/03/2027`',
    'problem.moveDateMissing': 'añade la nueva fecha después de `to`, por ejemplo `to next friday`',
    'problem.roleQueryTooLong': 'indica la clave de un rol o unas pocas palabras de su título',
    'problem.adminArea': 'di qué quieres administrar: {areas}',
    'problem.reportPeriod': 'indica un periodo como `90d`, `2026-q3` o `2026-01-01..2026-06-30`',
    'problem.winsPage': 'indica un número de página, por ejemplo `/pathway wins 2`',
    'problem.managerMention': 'menciona a tu mánager con @, por ejemplo `/pathway manager @Dana`',
    'problem.awayDateMissing': 'añade el último día que estarás fuera, por ejemplo `until 2027-01-10`',
    'problem.targetDateMissing': 'añade la nueva fecha meta, por ejemplo `/pathway target 30 June 2027`',
    'problem.conversationMention':
      'menciona a la persona de tu equipo con @, por ejemplo `/pathway conversation @Priya`, o no escribas nada detrás',
    'problem.feedbackArguments':
      'menciona a colegas con @ e indica los números de señal como aparecen en tu check-in, por ejemplo `/pathway feedback @Sam 1 3`',
    'problem.tooManyColleagues': 'pregunta como máximo a {max} colegas a la vez',
    'problem.signalNumberFromOne': 'los números de señal empiezan en 1',
    'problem.thanksMention':
      'menciona primero a la persona con @, por ejemplo `/pathway thanks @Ana por dirigir el taller del Q3`',
    'problem.thanksReason':
      'di por qué le das las gracias, por ejemplo `/pathway thanks @Ana por dirigir el taller del Q3`',
    'problem.thanksTooLong': 'el agradecimiento debe tener menos de {max} caracteres',
    'problem.mentorAction':
      'escribe `/pathway mentor` para ver sugerencias, o añade `offer`, `pause`, `resume`, `withdraw` o `end`',
    'problem.languageChoice': 'indica `en` (English), `es` (Español), `de` (Deutsch) o `auto` (tu idioma de Slack)',
    'usage.title': 'título',
    'usage.date': 'fecha',
    'usage.number': 'número',
    'usage.whatYouDid': 'lo que hiciste',
    'usage.role': 'rol',
    'usage.page': 'página',
    'usage.report': '@persona',
    'usage.colleague': '@colega …',
    'usage.signalNumbers': 'números de señal',
    'usage.whatTheyDid': 'lo que hizo',
  },
  de: {
    'problem.date.empty':
      'Gib ein Datum an, zum Beispiel `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` oder `2027-03-31`',
    'problem.date.noSuchMonth':
      '„{typed}“ ist kein Datum: Einen Monat {month} gibt es nicht. Versuch es mit `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` oder `2027-03-31`',
    'problem.date.notOnCalendar': '„{typed}“ gibt es im Kalender nicht: {monthName} {year} hat {days} Tage',
    'problem.date.addYearNumeric': 'Ergänze das Jahr zu „{typed}“, zum Beispiel {typed}/2027',
    'problem.date.addYear': 'Ergänze das Jahr zu „{typed}“, zum Beispiel {typed} 2027',
    'problem.date.dateItself': 'Gib statt „{typed}“ das Datum selbst an, zum Beispiel 2027-03-31',
    'problem.date.unreadable':
      'Ich konnte „{typed}“ nicht als Datum lesen. Versuch es mit `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` oder `2027-03-31`',
    'problem.date.leftover':
      'Ich habe „{read}“ als Datum gelesen, aber nicht „{leftover}“. Versuch es mit `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` oder `2027-03-31`',
    'problem.date.weekdayMismatch': '„{typed}“: {readDate} ist ein {weekday}, kein {typedWeekday}',
    'date.eitherWay':
      '{typed} ist der {date}: {order, select, day {Tag zuerst} other {Monat zuerst}}, wie deine Slack-Sprache Daten schreibt (für den {otherDate} gib {otherIso} ein).',
    'date.eitherWay.only':
      '{typed} ist der {date}: {order, select, day {Tag zuerst} other {Monat zuerst}}, wie deine Slack-Sprache Daten schreibt.',
    'error.apology':
      'Entschuldigung, bei uns ist etwas schiefgelaufen. Versuche es in einer Minute erneut; wenn es wieder passiert, gib deinem Pathway-Admin die Referenz {reference}.',
    'error.apology.view':
      'Entschuldigung, bei uns ist etwas schiefgelaufen. Versuche es in einer Minute erneut (Referenz {reference}).',
    'error.expiredTrigger':
      'Das Öffnen hat zu lange gedauert: Slack gibt einem Formular 3 Sekunden. Klicke bitte erneut oder gib den Befehl noch einmal ein.',

    'shared.helps': ':link: Hilft: {links}',
    'shared.cancel': 'Abbrechen',
    'shared.ok': 'Verstanden',

    'error.suggestions.noReportPathway':
      'Die Person hat noch keinen aktiven Plan, also gibt es nichts, wozu ein Meilenstein passt. Schlag ihr vor, mit `/pathway plan` einen zu beginnen.',
    'error.suggestions.formChanged':
      'Der Plan hat sich geändert, seit du dieses Formular geöffnet hast. Schließ es und öffne den Plan erneut.',
    'error.suggestions.notYours': 'Dieser Vorschlag war für jemand anderen, daher kannst du ihn nicht beantworten.',
    'error.suggestions.alreadyAnswered':
      'Du hast diesen Vorschlag schon {status, select, accepted {angenommen.} declined {abgelehnt.} other {beantwortet.}} Gib `/pathway` ein, um deinen Plan zu sehen.',
    'error.suggestions.pathwayGone':
      'Dieser Vorschlag galt einem Plan, der nicht mehr aktiv ist. Bitte deine Führungskraft, ihn für deinen aktuellen Plan erneut vorzuschlagen.',
    'error.suggestions.datePassed':
      'Das vorgeschlagene Datum ist vorbei: {dueDate} liegt in der Vergangenheit (heute ist {todayDate} bei dir): wähle heute oder ein späteres Datum. Mit *Bearbeiten* nimmst du ihn mit neuem Datum an.',
    'error.suggestions.answeredMeanwhile': 'Dieser Vorschlag wurde gerade eben beantwortet; es ist nichts mehr zu tun.',

    'error.celebrations.gone':
      'Diese Feier gibt es nicht mehr (ihre Daten wurden vielleicht gelöscht). Gib `/pathway celebrate` ein, um deine Einstellungen zu sehen.',
    'error.celebrations.notYours':
      'Dieser Knopf gehört zur Feier einer anderen Person. Gib `/pathway celebrate` ein, um deine eigenen Einstellungen zu sehen.',
    'error.celebrations.delivering':
      'Der Beitrag wird gerade zugestellt. Drücke in einer Minute erneut *Beitrag entfernen*, dann wird er gelöscht.',

    'error.settings.awayPast':
      '{untilDate} ist schon vorbei. Gib den letzten Tag deiner Abwesenheit an, zum Beispiel `/pathway away until {example}`.',
    'error.settings.awayTooFar':
      'Das ist mehr als ein Jahr entfernt. Gib ein Datum vor dem {lastDate} an, oder nutze `/pathway pause`, um Erinnerungen anzuhalten, bis du sie wieder einschaltest.',
    'error.settings.milestoneGone':
      'Dieser Meilenstein ist nicht mehr in deinem Plan. Gib `/pathway` ein, um deine aktuellen Meilensteine zu sehen.',
    'error.settings.milestoneDone': 'Dieser Meilenstein ist schon erledigt: keine Erinnerungen mehr dazu.',

    'error.goals.proposedMeanwhile': 'Dieser Wechsel wurde gerade eben vorgeschlagen; es ist nichts mehr zu tun.',
    'error.goals.notActive': 'Dieser Plan ist nicht mehr aktiv. Gib `/pathway` ein, um zu sehen, wo du jetzt stehst.',
    'error.goals.alreadySaidMoved':
      'Du hast schon gesagt, dass du in diese Rolle gewechselt bist; <@{manager}> soll es bestätigen. Du bekommst eine DM, sobald das passiert.',
    'error.goals.alreadySaidMovedAdmin':
      'Du hast schon gesagt, dass du in diese Rolle gewechselt bist; ein Pathway-Admin soll es bestätigen. Du bekommst eine DM, sobald das passiert.',
    'error.goals.noManagerToConfirm':
      'Jemand muss einen Wechsel bestätigen, und du hast in Pathway noch keine Führungskraft. Verknüpfe sie mit `/pathway manager @name` und sag dann, dass du gewechselt bist.',
    'error.goals.noGoalToConfirm': 'Die Person hat keinen aktiven Plan, also gibt es kein Ziel zu bestätigen.',
    'error.goals.alreadyProposed': 'Du hast diesen Wechsel schon vorgeschlagen; <@{person}> soll ihn bestätigen.',
    'error.goals.alreadyConfirmed': 'Dieser Wechsel ist schon bestätigt. Es ist nichts mehr zu tun.',
    'error.goals.noMoveWaiting':
      'Bei diesem Plan wartet kein Wechsel auf Bestätigung (vielleicht wurde er schon beantwortet).',
    'error.goals.onlyTheirManager':
      'Nur die Führungskraft von <@{owner}> in Pathway, <@{manager}>, kann diesen Wechsel bestätigen.',
    'error.goals.needsSomeoneElse':
      'Deinen Wechsel muss jemand anderes bestätigen: deine Führungskraft, oder ein Pathway-Admin, solange du keine hast.',
    'error.goals.onlyManagerOrAdmin':
      'Nur die Führungskraft von <@{owner}>, oder ein Pathway-Admin, solange es keine gibt, kann diesen Wechsel bestätigen.',
    'error.goals.onlyOwner': 'Nur <@{owner}> kann einen Wechsel bestätigen, den die Führungskraft vorgeschlagen hat.',
    'error.goals.managerChanged':
      'Die Führungskraft, die diesen Wechsel vorgeschlagen hat, ist in Pathway nicht mehr deine. Sag erneut *Ich bin in diese Rolle gewechselt*, um deine aktuelle Führungskraft zu fragen.',

    'error.competencies.noPathway':
      'Du hast noch keinen aktiven Plan, also gibt es keine Kompetenzen zu bewerten. Beginne einen mit `/pathway plan`: wähle deine Zielrolle und bewerte dich dann in ihren Kompetenzen.',
    'error.competencies.none':
      'Deine Zielrolle hat im aktuellen Rahmenwerk keine Kompetenzen, also gibt es noch nichts zu bewerten. Gib `/pathway checkin` ein, um stattdessen ihre Bereitschaftssignale einzuschätzen.',
    'error.competencies.changed':
      'Dein Plan hat sich geändert, seit du dieses Formular geöffnet hast. Schließ es und gib `/pathway competencies` ein, um neu zu beginnen.',

    'error.conversations.noManager':
      'Ein Entwicklungsgespräch führst du mit deiner Führungskraft, und du hast in Pathway noch keine verknüpft. Frag sie mit `/pathway manager @name` und gib dann erneut `/pathway conversation` ein. Für ein Gespräch mit jemandem aus deinem Team nenne die Person: `/pathway conversation @name`.',
    'error.conversations.notFound':
      'Dieses Gespräch gibt es nicht mehr. Gib `/pathway conversation` ein, um das nächste zu sehen.',
    'error.conversations.alreadyHeld':
      'Die Notizen dieses Gesprächs sind schon gespeichert. Gib `/pathway conversation` ein, um das nächste zu sehen.',
    'error.conversations.pickDate': 'Wähle das Datum des Gesprächs.',
    'error.conversations.pickLaterDate': 'Wähle heute oder ein späteres Datum.',
    'error.conversations.withinYear': 'Wähle ein Datum innerhalb des nächsten Jahres.',
    'error.conversations.itemTooLong': 'Halte den Agendapunkt unter {max} Zeichen.',
    'error.conversations.writeItem': 'Schreib den Punkt, über den du sprechen möchtest.',
    'error.conversations.agendaFull':
      'Die Agenda hat schon {max} Punkte: genug für ein Gespräch. Heb den Rest für das nächste auf.',
    'error.conversations.actionsNoPathway':
      'Du hast noch keinen aktiven Plan (beginne einen mit `/pathway plan`), daher können deine Aufgaben noch keine Meilensteine werden. Gib sie deiner Führungskraft oder lass sie vorerst weg.',
    'error.conversations.actionsNoReportPathway':
      'Die Person hat keinen aktiven Plan, daher können ihre Aufgaben noch keine Meilensteine werden. Übernimm sie als deine Aufgaben oder lass sie vorerst weg.',
    'error.conversations.todoGone': 'Diese Aufgabe gibt es nicht mehr. Gib `/pathway team` ein, um dein Team zu sehen.',
    'error.conversations.todoManagers': 'Diese Aufgabe gehört deiner Führungskraft: sie hakt sie ab.',

    'error.evidence.noPathway':
      'Du hast noch keinen aktiven Plan: beginne einen mit `/pathway plan` und speichere dann Nachweise darin.',
    'error.evidence.noReportPathway':
      'Die Person hat noch keinen aktiven Plan, also gibt es keinen Meilenstein zum Kommentieren.',
    'error.evidence.changed':
      'Dein Plan hat sich geändert, seit du dieses Formular geöffnet hast. Schließ es und speichere die Nachricht erneut.',
    'error.evidence.milestoneGone':
      'Dieser Meilenstein ist nicht mehr in ihrem aktiven Plan. Öffne den Plan erneut über `/pathway team`.',

    'error.milestones.noPathway': 'Du hast noch keinen aktiven Plan: beginne einen mit `/pathway plan`.',
    'error.milestones.noneYet':
      'Dein Plan hat noch keine Meilensteine: füge einen mit `/pathway add <Titel> by <Datum>` hinzu.',
    'error.milestones.noSuchNumber':
      'Es gibt keinen Meilenstein {position}: du hast {count, plural, one {nur Meilenstein 1} other {die Meilensteine 1–{count}}}. Gib `/pathway` ein, um sie mit ihren Nummern zu sehen.',
    'error.milestones.notActive':
      'Dieser Meilenstein ist nicht mehr in deinem aktiven Plan. Gib `/pathway` ein, um deine aktuellen Meilensteine zu sehen.',
    'error.milestones.alreadyDone':
      'Meilenstein {position}. „{title}“ ist schon erledigt ({doneDate}), also gibt es {what, select, mark {nichts zu markieren} other {nichts zu verschieben}}. Gib `/pathway` ein, um die offenen zu sehen.',
    'error.milestones.pastDate':
      '{dueDate} liegt in der Vergangenheit (heute ist {todayDate} bei dir): wähle heute oder ein späteres Datum.',
    'error.pathways.targetNotAfterToday':
      '{targetDate} liegt nicht nach heute ({todayDate}): wähle ein späteres Zieldatum, zum Beispiel `/pathway target in 6 months`',
    'error.pathways.noPathway': 'Du hast noch keinen aktiven Plan: beginne einen mit `/pathway plan`',

    'error.thanks.yourself':
      'Dir selbst kannst du nicht danken, aber deinen eigenen Erfolg festhalten: `/pathway wins` zeigt dein Protokoll, und das ⋮-Menü einer Nachricht hat *Als Nachweis speichern*.',
    'error.thanks.inactive':
      'Dieses Konto ist in diesem Workspace nicht mehr aktiv, also würde niemand deinen Dank lesen.',
    'error.managers.yourself':
      'Du kannst nicht deine eigene Führungskraft sein. Erwähne die Person, an die du berichtest, zum Beispiel `/pathway manager @Dana`.',
    'error.managers.inactive':
      'Diese Person ist in diesem Workspace nicht mehr aktiv. Erwähne deine aktuelle Führungskraft.',
    'error.managers.already': '<@{manager}> ist schon deine Führungskraft in Pathway. Nichts zu ändern.',
    'error.managers.loop':
      'Das ergäbe eine Schleife in der Berichtslinie (die Person berichtet an dich, direkt oder weiter unten). Erwähne die Person, an die du berichtest.',
    'error.managers.notYours': 'Diese Anfrage ging an jemand anderen, daher kannst du sie nicht beantworten.',
    'error.managers.superseded': '<@{person}> hat seitdem eine neuere Anfrage geschickt, daher gilt diese nicht mehr.',
    'error.managers.alreadyAnswered':
      'Du hast diese Anfrage schon {status, select, accepted {angenommen.} declined {abgelehnt.} other {beantwortet.}}',
    'error.managers.answeredMeanwhile': 'Diese Anfrage wurde gerade eben beantwortet; es ist nichts mehr zu tun.',
    'error.managers.otherWorkspace':
      'Eine Führungskraft muss im selben Workspace sein wie die Person, die an sie berichtet.',
    'error.managers.ownManager': 'Niemand kann die eigene Führungskraft sein.',

    'error.mentoring.off':
      'Mentoring ist in diesem Workspace ausgeschaltet. Ein Pathway-Admin kann es unter `/pathway admin settings` einschalten.',
    'error.mentoring.noGoal':
      'Mentor-Vorschläge richten sich nach deiner Zielrolle, und du hast noch keine. Gib `/pathway plan` ein, um eine zu wählen, dann wieder `/pathway mentor`.',
    'error.mentoring.noOffer':
      'Du hast noch kein Mentoring angeboten. Gib `/pathway mentor offer` ein, um zu sagen, bei welchen Rollen und Signalen du helfen kannst.',
    'error.mentoring.offerGone':
      'Diese Rollen oder Signale sind nicht mehr im Rahmenwerk. Gib `/pathway mentor offer` ein, um neu zu wählen.',
    'error.mentoring.personUnavailable':
      'Diese Person ist gerade nicht als Mentor verfügbar. Gib `/pathway mentor` ein, um andere Vorschläge zu sehen.',
    'error.mentoring.mentorUnavailable':
      '<@{mentor}> ist gerade nicht als Mentor verfügbar. Gib `/pathway mentor` ein, um andere Vorschläge zu sehen.',
    'error.mentoring.alreadyAsked':
      'Du hast <@{mentor}> schon gefragt. Gib `/pathway mentor` ein, um deine Mentorings und Anfragen zu sehen.',
    'error.mentoring.tooManyWaiting':
      'Du hast {count} Mentoring-Anfragen, die auf Antwort warten, mehr geht nicht auf einmal. Warte auf eine Antwort oder zieh eine mit *Anfrage zurückziehen* in `/pathway mentor` zurück, dann frag erneut.',
    'error.mentoring.onlyMentorAnswers': 'Nur die als Mentor angefragte Person beantwortet diese Anfrage.',
    'error.mentoring.withdrawn':
      'Die fragende Person hat diese Anfrage zurückgezogen, bevor du geantwortet hast, also gibt es nichts anzunehmen oder abzulehnen. Danke für dein Angebot als Mentor.',
    'error.mentoring.alreadyAnswered':
      'Diese Anfrage ist schon beantwortet. Gib `/pathway mentor` ein, um deine Mentorings zu sehen.',
    'error.mentoring.onlyAskerCancels': 'Nur die Person, die gefragt hat, kann eine Mentoring-Anfrage zurückziehen.',
    'error.mentoring.ended':
      'Dieses Mentoring ist beendet, also gibt es nichts festzuhalten. Gib `/pathway mentor` ein, um deine Mentorings zu sehen.',

    'error.checkins.noPathway':
      'Du hast noch keinen aktiven Plan, also gibt es nichts für einen Check-in. Beginne einen mit `/pathway plan`: wähle deine Zielrolle und schätze dich dann bei ihren Signalen ein.',
    'error.checkins.noSignals':
      'Deine Zielrolle hat im aktuellen Rahmenwerk keine Bereitschaftssignale, also gibt es noch nichts einzuschätzen. Bitte deinen Pathway-Admin, welche hinzuzufügen, oder wähle mit `/pathway plan` ein anderes Ziel.',
    'error.checkins.pathwayChanged':
      'Dein Plan hat sich geändert, seit du diesen Check-in geöffnet hast. Schließ ihn und gib `/pathway checkin` ein, um neu zu beginnen.',
    'error.checkins.changed':
      'Dieser Check-in hat sich geändert, seit du ihn geöffnet hast. Schließ das Formular und öffne den Check-in erneut.',
    'error.feedback.noPathway':
      'Du hast noch keinen aktiven Plan, also gibt es keine Signale, nach denen du fragen kannst. Beginne einen mit `/pathway plan` und frag dann Kollegen mit `/pathway feedback`.',
    'error.feedback.noSignals':
      'Deine Zielrolle hat im Rahmenwerk keine Bereitschaftssignale, also gibt es nichts zu fragen. Bitte deinen Pathway-Admin, welche hinzuzufügen.',
    'error.feedback.pickedYourself':
      'Du hast dich selbst gewählt: frag Kollegen, die deine Arbeit gesehen haben. Deine eigene Sicht gehört in deinen Check-in (`/pathway checkin`).',
    'error.feedback.pickColleague': 'Wähle mindestens eine Kollegin oder einen Kollegen zum Fragen.',
    'error.feedback.inactive': '<@{person}> ist in diesem Workspace nicht mehr aktiv. Wähle jemand anderen.',
    'error.feedback.changed':
      'Dein Plan hat sich geändert, seit du dieses Formular geöffnet hast. Schließ es und gib erneut `/pathway feedback` ein.',
    'error.feedback.pickSignal': 'Wähle mindestens ein Signal, nach dem du fragst.',
    'error.feedback.tooMany':
      'Du hast {waiting, plural, one {# Feedback-Anfrage} other {# Feedback-Anfragen}}, die auf Antwort warten, und höchstens {max} können gleichzeitig warten (du hast {wanted} gewählt). {room, plural, =0 {Warte zuerst auf eine Antwort} one {Wähle jetzt höchstens # Person} other {Wähle jetzt höchstens # Personen}}: eine Anfrage wartet nicht mehr, sobald sie beantwortet ist, oder schließt sich zwei Wochen nach dem Senden von selbst.',
    'error.feedback.closed':
      'Diese Anfrage wurde zwei Wochen nach dem Senden geschlossen und nimmt keine Antworten mehr an. Wenn du deine Sicht noch teilen möchtest, sag es der Person direkt.',

    'error.privacy.denied':
      'Check-ins sind privat: nur die Person, die sie gemacht hat, und ihre aktuelle Führungskraft sehen sie. Wenn du diese Person führst, bitte sie, dich mit `/pathway manager @du` zu verknüpfen.',
    'error.privacy.checkinGone':
      'Diesen Check-in gibt es nicht mehr. Gib `/pathway team` ein, um die letzten Check-ins deines Teams zu sehen.',
    'error.privacy.calibrateOwn':
      'Das ist dein eigener Check-in: deine Führungskraft ergänzt ihre Einschätzungen neben deinen. Gib `/pathway` ein, um sie zu sehen, sobald sie da sind.',
    'error.privacy.ownPathway':
      'Das ist dein eigener Plan: hier schlägt deine Führungskraft Meilensteine vor, kommentiert und schlägt Wechsel vor. Füge Meilensteine selbst mit `/pathway add` hinzu, oder sag mit *Ich bin in diese Rolle gewechselt*, dass du gewechselt bist.',
    'error.privacy.feedbackGone':
      'Diese Feedback-Anfrage gibt es nicht mehr: die fragende Person hat vielleicht ihre Daten gelöscht. Es ist nichts mehr zu tun.',
    'error.privacy.feedbackNotYours':
      'Diese Feedback-Anfrage ging an jemand anderen: nur diese Person kann sie beantworten, und nur die fragende Person und ihre Führungskraft lesen die Antworten.',
    'error.privacy.mentorshipDenied':
      'Ein Mentoring ist privat zwischen Mentor und Mentee. Gib `/pathway mentor` ein, um deine eigenen Mentorings und Vorschläge zu sehen.',
    'error.privacy.mentorshipGone':
      'Dieses Mentoring gibt es nicht mehr. Gib `/pathway mentor` ein, um deine eigenen zu sehen.',

    'error.files.tooBig': '{name} ist {size} KB groß; eine Rahmenwerk-Datei darf höchstens {max} KB groß sein.',
    'error.files.tooLarge': '{name} ist größer als {max} KB, das Maximum für eine Rahmenwerk-Datei.',
    'error.files.notText':
      '{name} ist keine UTF-8-Textdatei. Speichere das Rahmenwerk als reinen Text (.yaml) und lade es erneut hoch.',

    'problem.milestoneNumberMissing': 'gib die Nummer des Meilensteins an, die `/pathway` zeigt, zum Beispiel 2',
    'problem.milestoneNumberWhole': 'gib eine ganze Meilenstein-Nummer an, zum Beispiel 2',
    'problem.milestoneNumberFromOne': 'Meilenstein-Nummern beginnen bei 1',
    'problem.milestoneNumberTooHigh': 'es gibt keinen Meilenstein mit dieser Nummer',
    'problem.notAMilestoneNumber':
      '„{typed}“ ist keine Meilenstein-Nummer: gib die Nummer an, die `/pathway` zeigt, zum Beispiel 2',
    'problem.titleAndDateMissing':
      'gib den Titel an, dann `by` und das Fälligkeitsdatum, zum Beispiel `/pathway add Einen Workshop leiten by next friday`',
    'problem.titleMissing': 'gib dem Meilenstein einen Titel',
    'problem.titleTooLong': 'halte den Titel unter {max} Zeichen',
    'problem.noteTooLong': 'halte die Notiz unter {max} Zeichen',
    'problem.nothingAfter': 'gib nur `/pathway {command}` ein, ohne etwas danach',
    'problem.addDateMissing':
      'gib das Fälligkeitsdatum nach `by` an, zum Beispiel `by next friday` oder `by 31/03/2027`',
    'problem.moveDateMissing': 'gib das neue Datum nach `to` an, zum Beispiel `to next friday`',
    'problem.roleQueryTooLong': 'gib den Schlüssel einer Rolle oder ein paar Wörter ihres Titels an',
    'problem.adminArea': 'sag, was du verwalten möchtest: {areas}',
    'problem.reportPeriod': 'gib einen Zeitraum an wie `90d`, `2026-q3` oder `2026-01-01..2026-06-30`',
    'problem.winsPage': 'gib eine Seitennummer an, zum Beispiel `/pathway wins 2`',
    'problem.managerMention': 'erwähne deine Führungskraft mit @, zum Beispiel `/pathway manager @Dana`',
    'problem.awayDateMissing': 'gib den letzten Tag deiner Abwesenheit an, zum Beispiel `until 2027-01-10`',
    'problem.targetDateMissing': 'gib das neue Zieldatum an, zum Beispiel `/pathway target 30 June 2027`',
    'problem.conversationMention':
      'erwähne die Person aus deinem Team mit @, zum Beispiel `/pathway conversation @Priya`, oder gib nichts danach ein',
    'problem.feedbackArguments':
      'erwähne Kollegen mit @ und gib die Signal-Nummern wie in deinem Check-in an, zum Beispiel `/pathway feedback @Sam 1 3`',
    'problem.tooManyColleagues': 'frag höchstens {max} Kollegen auf einmal',
    'problem.signalNumberFromOne': 'Signal-Nummern beginnen bei 1',
    'problem.thanksMention':
      'erwähne zuerst die Person mit @, zum Beispiel `/pathway thanks @Ana für die Leitung des Q3-Workshops`',
    'problem.thanksReason':
      'sag, wofür du dankst, zum Beispiel `/pathway thanks @Ana für die Leitung des Q3-Workshops`',
    'problem.thanksTooLong': 'halte den Dank unter {max} Zeichen',
    'problem.mentorAction':
      'gib `/pathway mentor` für Vorschläge ein, oder ergänze `offer`, `pause`, `resume`, `withdraw` oder `end`',
    'problem.languageChoice': 'gib `en` (English), `es` (Español), `de` (Deutsch) oder `auto` (deine Slack-Sprache) an',
    'usage.title': 'Titel',
    'usage.date': 'Datum',
    'usage.number': 'Nummer',
    'usage.whatYouDid': 'was du getan hast',
    'usage.role': 'Rolle',
    'usage.page': 'Seite',
    'usage.report': '@teammitglied',
    'usage.colleague': '@person …',
    'usage.signalNumbers': 'Signal-Nummern',
    'usage.whatTheyDid': 'was die Person getan hat',
  },
});
