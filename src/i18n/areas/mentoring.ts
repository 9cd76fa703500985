/** Messages of mentoring, celebrations, data rights and failed deliveries. */
import { defineMessages } from '../messages.js';

export const mentoringMessages = defineMessages({
  en: {
    // Mentoring: shared words
    'mentoring.buttonLabel': '{text}: mentoring',
    'mentoring.weeks': '{count, plural, one {every week} other {every # weeks}}',
    'mentoring.them': 'them',
    'mentoring.cancel': 'Cancel',
    // The offer form
    'mentoring.offer.title': 'Offer to mentor',
    'mentoring.offer.submit': 'Save my offer',
    'mentoring.offer.intro':
      'You may be suggested as a mentor to people aiming for a role you hold (or reached in the last year), outside their own reporting line. You answer each request yourself, and you can pause or withdraw this offer at any time.',
    'mentoring.offer.roles': 'Roles you can help people reach',
    'mentoring.offer.signals': 'Readiness signals you can help with',
    'mentoring.offer.signalsHint': 'Suggestions rank you higher for people whose goal role asks for these.',
    'mentoring.offer.capacity': 'How many people at once',
    'mentoring.offer.status.active': 'open',
    'mentoring.offer.status.paused': 'paused: no new requests until you resume',
    'mentoring.offer.status.withdrawn': 'withdrawn',
    'mentoring.offer.summary':
      '*Your mentor offer* is {status}. Roles: {roles}. Signals: {signals}. {mentees} of {capacity, plural, one {# mentee} other {# mentees}} now.',
    'mentoring.offer.saved':
      ':white_check_mark: Saved. {offer}\nYou are suggested only while the offer is open and you have room; `/pathway mentor pause` stops new requests.',
    'mentoring.offer.unchanged': 'Nothing changed. {offer}',
    'mentoring.offer.paused':
      ':double_vertical_bar: Offer paused: you are not suggested to anyone, and nobody can ask you, until you type `/pathway mentor resume`. Your current mentorships go on.',
    'mentoring.offer.resumed': ':white_check_mark: Offer open again. {offer}',
    'mentoring.offer.withdrawn':
      'Offer withdrawn: you are no longer suggested as a mentor. Your current mentorships go on until one of you ends them. `/pathway mentor offer` makes a new offer.',
    'mentoring.offer.button.offer': 'Offer to mentor',
    'mentoring.offer.button.change': 'Change your offer',
    'mentoring.offer.label.change': 'Change your offer to mentor',
    'mentoring.offer.button.pause': 'Pause',
    'mentoring.offer.label.pause': 'Pause your mentoring offer',
    'mentoring.offer.button.resume': 'Resume',
    'mentoring.offer.label.resume': 'Resume your mentoring offer',
    'mentoring.offer.button.withdraw': 'Withdraw',
    'mentoring.offer.label.withdraw': 'Withdraw your mentoring offer',
    'mentoring.offer.savedTitle': 'Mentor offer saved',
    // The mentor's answer
    'mentoring.cadence.option': '{count, plural, one {Every week} other {Every # weeks}}',
    'mentoring.accept.title': 'Accept mentoring',
    'mentoring.accept.submit': 'Accept',
    'mentoring.accept.intro':
      'Pathway opens a group DM for you and {mentee}, with a short introduction and what a good first session covers.',
    'mentoring.accept.yourMentee': 'your mentee',
    'mentoring.accept.cadence': 'How often you plan to meet',
    'mentoring.accept.cadenceHint':
      'Pathway asks you both “did you meet?” this often; a yes counts as a session on their pathway.',
    'mentoring.accept.pickCadence': 'Pick how often you plan to meet.',
    'mentoring.problem.roles': 'pick at least one role you can help people reach',
    'mentoring.problem.signals': 'pick at least one signal you can help with',
    'mentoring.problem.capacityMissing': 'say how many people you can mentor at once',
    'mentoring.problem.capacityAtLeastOne': 'mentor at least one person at once',
    'mentoring.problem.capacityAtMost': 'mentor at most {max} people at once',
    'mentoring.problem.cadence': 'pick how often you plan to meet',
    'mentoring.accepted.title': 'Mentoring accepted',
    'mentoring.accepted.group': 'a group DM for the two of you',
    'mentoring.accepted.fallback': 'a group DM for the two of you (or a DM each, if Slack does not let it open)',
    'mentoring.accepted':
      ':handshake: You are mentoring {mentee} towards *{goal}*. Pathway opens {place} with an introduction, and asks you both “did you meet?” {weeks}.',
    'mentoring.declined':
      'Declined. {mentee} is told only that you are not available right now, and you will not be suggested to them again.',
    'mentoring.declined.unknown':
      'Declined. They are told only that you are not available right now, and you will not be suggested to them again.',
    'mentoring.onlyMentorAnswers': 'Only the person asked to mentor answers this request.',
    'mentoring.alreadyAnswered': 'This request is already answered. Type `/pathway mentor` to see your mentorships.',
    'mentoring.withdrawnRequest':
      '{asker} withdrew this request before you answered, so there is nothing to accept or decline. Thank you for offering to mentor.',
    'mentoring.theAsker': 'The asker',
    'mentoring.asked':
      ':incoming_envelope: Asked {mentor}. They answer in a DM from Pathway; if they accept, Pathway opens a group DM for the two of you.',
    // `/pathway mentor` and Home
    'mentoring.header': 'Mentoring',
    'mentoring.text.overview': 'Mentoring',
    'mentoring.text.end': 'End a mentorship',
    'mentoring.someoneLeft': 'someone who left Pathway',
    'mentoring.line.askedByYou': '• Asked {other} to mentor you: waiting for their answer.',
    'mentoring.line.askedYou': '• {other} asked you to mentor them: answer in your DM with Pathway.',
    'mentoring.line.mentorsYou':
      '• {other} mentors you towards {goal}: {sessions, plural, one {# session} other {# sessions}} logged, meeting {weeks}{next}.',
    'mentoring.line.youMentor':
      '• You mentor {other} towards {goal}: {sessions, plural, one {# session} other {# sessions}} logged, meeting {weeks}{next}.',
    'mentoring.line.next': ', next “did you meet?” {date}',
    'mentoring.button.end': 'End',
    'mentoring.label.end': 'End the mentorship towards {goal}',
    'mentoring.button.cancelRequest': 'Cancel request',
    'mentoring.label.cancelRequest': 'Cancel your mentoring request towards {goal}',
    'mentoring.yourMentorships': '*Your mentorships*',
    'mentoring.suggest.none':
      '*Mentors for {goal}*\nNobody who offered to mentor fits right now. Ask again later: offers change as people join and finish mentorships.',
    'mentoring.suggest.lead':
      '*Mentors for {goal}*: people who hold the role or reached it recently and offered to mentor.',
    'mentoring.suggest.recently': '{mentor} (reached it recently)',
    'mentoring.suggest.helps': 'Can help with: {signals}',
    'mentoring.suggest.general': 'Offers general help with the role',
    'mentoring.suggest.button': 'Ask',
    'mentoring.suggest.label': 'Ask this person to mentor you towards {goal}',
    'mentoring.offerInvite': '*Mentor others?* Offer to help people aiming for a role you hold.',
    'mentoring.end.none': 'You have no mentorship to end. Type `/pathway mentor` to find a mentor or offer to mentor.',
    'mentoring.end.which': 'Which mentorship do you want to end? The other person is told it ended.',
    'mentoring.ended.already': 'This mentorship with {other} had already ended.',
    'mentoring.ended.done':
      'Ended your mentorship with {other}. They are told; no more “did you meet?” questions. Thank you for the time you gave it.',
    'mentoring.cancelled':
      'Cancelled your request to {other}. They are not messaged about it: a request they have not received yet is not sent, and if they answer one they have, they are told you withdrew it. Type `/pathway mentor` for other suggestions.',
    'mentoring.cancelled.already': 'You had already cancelled this request to {other}.',
    'mentoring.cancelled.answered':
      '{other} answered this request already, so there is nothing to cancel. Type `/pathway mentor` to see your mentorships.',
    'mentoring.met.no': 'Thanks for saying. Pathway asks again in {weeks, plural, one {a week} other {# weeks}}.',
    'mentoring.met.noDated':
      'Thanks for saying. Pathway asks again in {weeks, plural, one {a week} other {# weeks}} ({date}).',
    'mentoring.met.already': 'Already logged: one session per question.',
    'mentoring.met.alreadyBy': 'Already logged by {who}: one session per question.',
    'mentoring.met.noPathway':
      ':white_check_mark: Session logged. (The mentee has no plan right now, so it is not on a pathway.)',
    'mentoring.met.logged': ':white_check_mark: Session logged. It counts as evidence in the mentee’s wins log.',
    'mentoring.met.loggedOn':
      ':white_check_mark: Session logged. It counts as evidence on *{milestone}* in the mentee’s wins log.',
    // The DMs
    'mentoring.request.text': '{mentee} would like you to mentor them towards {goal}.',
    'mentoring.request.helps': 'You offered help with: {signals}.',
    'mentoring.request.how':
      'If you accept, Pathway opens a group DM for the two of you. If you decline, they are told only that you are not available right now.',
    'mentoring.request.accept': 'Accept',
    'mentoring.request.acceptLabel': 'Accept the mentoring request',
    'mentoring.request.decline': 'Decline',
    'mentoring.request.declineLabel': 'Decline the mentoring request',
    'mentoring.unavailable.text': '{mentor} is not available as a mentor right now.',
    'mentoring.unavailable.more': 'Type `/pathway mentor` for other suggestions.',
    'mentoring.intro.text': '{mentee}, meet your mentor {mentor}.',
    'mentoring.intro.goal': '{mentee} is working towards *{goal}*; {mentor} offered to help.',
    'mentoring.intro.goalFocus':
      '{mentee} is working towards *{goal}*; {mentor} offered to help, especially {signals}.',
    'mentoring.intro.firstSession':
      '*A good first session*\n• Where you are now and what the next role asks for\n• Which readiness signal to work on first, and what would show it\n• How you will meet, and what each of you brings next time',
    'mentoring.intro.footer':
      'Pathway asks you both “did you meet?” {weeks}; a yes counts as a session on the pathway. Either of you can end the mentorship with `/pathway mentor end`.',
    'mentoring.checkIn.mentor': 'Did you meet your mentor {other} recently?',
    'mentoring.checkIn.mentee': 'Did you meet your mentee {other} recently?',
    'mentoring.checkIn.yes': 'Yes, we met',
    'mentoring.checkIn.yesLabel': 'Yes, we met for a mentoring session',
    'mentoring.checkIn.no': 'Not yet',
    'mentoring.checkIn.noLabel': 'Not yet: no mentoring session since last time',
    'mentoring.checkIn.footer':
      'A yes logs a session on the mentee’s pathway. `/pathway mentor end` ends the mentorship.',
    'mentoring.endedBy.text': '{by} ended your mentorship in Pathway.',
    'mentoring.endedBy.more':
      'No more “did you meet?” questions. Type `/pathway mentor` to see your mentorships and suggestions.',

    // Celebrations
    'celebrations.win.milestone': '{who} completed {achievement}',
    'celebrations.win.goal': '{who} reached their goal role: {achievement}',
    'celebrations.win.streak': '{who} kept up their development check-ins: {achievement}',
    'celebrations.win.thanks': '{who} was thanked by a colleague for {achievement}',
    'celebrations.yourWin.milestone': 'You completed {achievement}',
    'celebrations.yourWin.goal': 'You reached your goal role: {achievement}',
    'celebrations.yourWin.streak': 'You kept up your development check-ins: {achievement}',
    'celebrations.yourWin.thanks': 'You were thanked by a colleague for {achievement}',
    'celebrations.headline.milestone': ':tada: Milestone reached',
    'celebrations.headline.goal': ':trophy: Goal role reached',
    'celebrations.headline.streak': ':seedling: Keeping the habit',
    'celebrations.headline.thanks': ':pray: Thanks from a colleague',
    'celebrations.post.toward': ':compass: A step toward {role}',
    'celebrations.post.footer':
      "Shared by {who}'s own choice through Pathway. Say well done in the thread! :raised_hands:",
    'celebrations.changeHint':
      'Change this any time: `/pathway celebrate always`, `/pathway celebrate ask` or `/pathway celebrate never`.',
    'celebrations.consent.once': 'Post this time',
    'celebrations.consent.always': 'Always post my wins',
    'celebrations.consent.never': 'Never post',
    'celebrations.consent.label': 'Celebrate this win in a channel? {choice}',
    'celebrations.consent.text': '{win}. Shall Pathway celebrate it in a channel?',
    'celebrations.consent.lead': ':tada: Nice work! {win}.',
    'celebrations.consent.question':
      'Shall Pathway celebrate it in <#{channel}>? The post says who you are, what you achieved and the role it brings you toward — never notes, evidence or check-ins.',
    'celebrations.confirm.always': 'You chose to share your wins, so Pathway posts them without asking.',
    'celebrations.confirm.thisTime': 'Pathway will ask again next time.',
    'celebrations.confirm.text': '{win}. Pathway is celebrating it in a channel.',
    'celebrations.confirm.lead': ':tada: {win}. Pathway is celebrating it in <#{channel}>.',
    'celebrations.confirm.remove': 'Remove the post',
    'celebrations.confirm.removeLabel': 'Remove the post celebrating this win from the channel',
    'celebrations.declined.text': 'Pathway will not post your wins.',
    'celebrations.declined.body':
      ':lock: Understood: this win stays private, and Pathway will not post your wins in a channel.',
    'celebrations.removed.text': 'The celebration post was removed.',
    'celebrations.removed.body': ':wastebasket: Removed the post about {achievement} from <#{channel}>.',
    'celebrations.problem.private':
      '<#{channel}> is a private channel Pathway is not in. To fix it, someone in the channel can type `/invite @Pathway` in <#{channel}>.',
    'celebrations.problem.archivedPerson':
      '<#{channel}> is archived. Pick another channel for your wins with `/pathway celebrate in #channel`, or go back to your team’s with `/pathway celebrate in default`.',
    'celebrations.problem.archivedAdmin':
      '<#{channel}> is archived. Pick another channel: for the whole workspace in `/pathway admin settings`, for a team with `/pathway celebrate team <team> in #channel`.',
    'celebrations.problem.yourWin': 'your win',
    'celebrations.problem.celebrationFor': 'a celebration for <@{user}>',
    'celebrations.problem.digest': 'the weekly wins digest',
    'celebrations.problem.lead': ':warning: Pathway could not post {what} in <#{channel}>, so nothing was posted.',
    'celebrations.problem.textPrivate':
      'Pathway could not post in a celebration channel: invite the bot with /invite @Pathway.',
    'celebrations.problem.textArchived': 'Pathway could not post in a celebration channel: the channel is archived.',
    'celebrations.digest.toward': '{win} — toward {role}',
    'celebrations.digest.title': 'This week’s wins',
    'celebrations.digest.header': ':sparkles: This week’s wins',
    'celebrations.digest.footer': 'Each win was shared by the person’s own choice.',
    'celebrations.digest.footerMore':
      'Each win was shared by the person’s own choice. More wins were shared this week than fit in one message.',
    'celebrations.settings.ask':
      'Pathway *asks you* each time you reach a milestone or your goal, or a colleague thanks you.',
    'celebrations.settings.always':
      'Pathway *always* celebrates your wins in a channel, and sends you a button to remove each post.',
    'celebrations.settings.never': 'Pathway *never* posts your wins in a channel.',
    'celebrations.source.person': 'your own choice',
    'celebrations.source.team': 'your team’s channel',
    'celebrations.source.workspace': 'the workspace’s channel',
    'celebrations.weekday.1': 'Mondays',
    'celebrations.weekday.2': 'Tuesdays',
    'celebrations.weekday.3': 'Wednesdays',
    'celebrations.weekday.4': 'Thursdays',
    'celebrations.weekday.5': 'Fridays',
    'celebrations.weekday.6': 'Saturdays',
    'celebrations.weekday.7': 'Sundays',
    'celebrations.digestTime': '{weekdays} at {hour}:00 ({zone})',
    'celebrations.saved': ':white_check_mark: Saved.',
    'celebrations.saved.channel': ':white_check_mark: Saved: your wins go to <#{channel}>.',
    'celebrations.saved.channelDefault':
      ':white_check_mark: Saved: your wins go to your team’s or the workspace’s channel.',
    'celebrations.saved.teamChannel': ':white_check_mark: Saved: wins of the team *{team}* go to <#{channel}>.',
    'celebrations.saved.teamChannelDefault':
      ':white_check_mark: Saved: wins of the team *{team}* go to the workspace’s channel.',
    'celebrations.saved.digestTime': ':white_check_mark: Saved: the weekly wins digest goes out on {time}.',
    'celebrations.settings.where': 'Your wins go to <#{channel}> ({source}).',
    'celebrations.settings.noChannel':
      'No celebration channel is set yet, so nothing is posted; an admin can set one in `/pathway admin settings`.',
    'celebrations.settings.text': 'Your celebration settings',
    'celebrations.settings.body':
      ':tada: {consent}\n{where}\nThe weekly wins digest goes out on {time} when there were wins.',
    'celebrations.settings.change':
      'Change it: `/pathway celebrate always`, `ask` or `never`; `/pathway celebrate in #channel` (or `in default`). Admins: `/pathway celebrate team "<team>" in #channel`, `/pathway celebrate digest friday 15:00`. Posts never include notes, evidence or check-ins.',
    'celebrations.staleButton': 'That button no longer works. Type `/pathway` to see your current plan.',

    // Data rights
    'dataRights.title': 'Delete my data',
    'dataRights.submit': 'Delete everything',
    'dataRights.keep': 'Keep my data',
    'dataRights.explain':
      'This erases everything Pathway holds about you: your pathways and milestones, check-ins and ratings (including your manager’s), celebrations and the posts about them in channels, your settings, manager links and pending messages. *It cannot be undone.*',
    'dataRights.copyFirst': 'Want a copy first? Close this and type `/pathway export`.',
    'dataRights.confirmLabel': 'Type "{word}" to confirm',
    'dataRights.confirmError': 'Type {word} to erase your data, or press "Keep my data".',
    'dataRights.close': 'Close',
    'dataRights.done': 'Done',
    'dataRights.erasing': ':hourglass_flowing_sand: Erasing your data and the posts about you…',
    'dataRights.deleted':
      ':wastebasket: Done: everything Pathway held about you is erased. If you type `/pathway` again, you start afresh.',
    'dataRights.failed':
      ':face_with_head_bandage: Sorry, erasing failed on our side and nothing was deleted. Please try again; if it keeps happening, give your Pathway admin the reference {reference}.',
    'dataRights.exportSent': 'Your Pathway data is in your DM with Pathway, as a JSON file.',
    'dataRights.exportSentMore': 'It holds everything Pathway keeps about you and nothing about anyone else.',
    'dataRights.exportComment': 'Everything Pathway holds about you, as you asked.',
    'dataRights.exportTitle': 'Your Pathway data ({day})',

    // Deliveries
    'deliveries.title': 'Message deliveries',
    'deliveries.close': 'Close',
    'deliveries.window': '*Messages in the last {days, plural, one {# day} other {# days}}*',
    'deliveries.counts': '{sent} sent · {waiting} waiting · {dropped} no longer needed · {failed} failed',
    'deliveries.none': ':white_check_mark: Nothing failed.',
    'deliveries.failed': '*Failed* (newest first)',
    'deliveries.line':
      '*{kind}* to {recipient} — `{error}` after {attempts, plural, one {# attempt} other {# attempts}} ({when} UTC)',
    'deliveries.more': '…and {count} more.',
    'deliveries.help':
      '`not_in_channel` or `channel_not_found`: invite the app with `/invite @Pathway` or pick another channel in `/pathway admin settings`. `missing_scope`: reinstall the app. Message contents are never shown here.',
  },
  es: {
    'mentoring.buttonLabel': '{text}: mentoría',
    'mentoring.weeks': '{count, plural, one {cada semana} other {cada # semanas}}',
    'mentoring.them': 'esa persona',
    'mentoring.cancel': 'Cancelar',
    'mentoring.offer.title': 'Ofrecer mentoría',
    'mentoring.offer.submit': 'Guardar mi oferta',
    'mentoring.offer.intro':
      'Pathway puede sugerirte como mentor a personas que aspiran a un rol que ocupas (o que alcanzaste en el último año), fuera de su propia línea de reporte. Respondes tú cada solicitud, y puedes pausar o retirar esta oferta cuando quieras.',
    'mentoring.offer.roles': 'Roles que puedes ayudar a alcanzar',
    'mentoring.offer.signals': 'Señales de preparación en las que puedes ayudar',
    'mentoring.offer.signalsHint':
      'Las sugerencias te ponen más arriba para quienes tienen un rol objetivo que pide estas señales.',
    'mentoring.offer.capacity': 'Cuántas personas a la vez',
    'mentoring.offer.status.active': 'abierta',
    'mentoring.offer.status.paused': 'en pausa: no hay solicitudes nuevas hasta que la reanudes',
    'mentoring.offer.status.withdrawn': 'retirada',
    'mentoring.offer.summary':
      '*Tu oferta de mentoría* está {status}. Roles: {roles}. Señales: {signals}. Ahora {mentees} de {capacity, plural, one {# persona} other {# personas}}.',
    'mentoring.offer.saved':
      ':white_check_mark: Guardado. {offer}\nSolo se te sugiere mientras la oferta está abierta y tienes espacio; `/pathway mentor pause` detiene las solicitudes nuevas.',
    'mentoring.offer.unchanged': 'No cambió nada. {offer}',
    'mentoring.offer.paused':
      ':double_vertical_bar: Oferta en pausa: nadie te ve en sus sugerencias ni puede pedirte mentoría hasta que escribas `/pathway mentor resume`. Tus mentorías actuales siguen.',
    'mentoring.offer.resumed': ':white_check_mark: Oferta abierta de nuevo. {offer}',
    'mentoring.offer.withdrawn':
      'Oferta retirada: ya no se te sugiere como mentor. Tus mentorías actuales siguen hasta que una de las dos personas las termine. `/pathway mentor offer` crea una oferta nueva.',
    'mentoring.offer.button.offer': 'Ofrecer mentoría',
    'mentoring.offer.button.change': 'Cambiar tu oferta',
    'mentoring.offer.label.change': 'Cambiar tu oferta de mentoría',
    'mentoring.offer.button.pause': 'Pausar',
    'mentoring.offer.label.pause': 'Pausar tu oferta de mentoría',
    'mentoring.offer.button.resume': 'Reanudar',
    'mentoring.offer.label.resume': 'Reanudar tu oferta de mentoría',
    'mentoring.offer.button.withdraw': 'Retirar',
    'mentoring.offer.label.withdraw': 'Retirar tu oferta de mentoría',
    'mentoring.offer.savedTitle': 'Oferta guardada',
    'mentoring.cadence.option': '{count, plural, one {Cada semana} other {Cada # semanas}}',
    'mentoring.accept.title': 'Aceptar mentoría',
    'mentoring.accept.submit': 'Aceptar',
    'mentoring.accept.intro':
      'Pathway abre un DM de grupo para ti y {mentee}, con una breve presentación y lo que cubre una buena primera sesión.',
    'mentoring.accept.yourMentee': 'tu mentee',
    'mentoring.accept.cadence': 'Cada cuánto piensan reunirse',
    'mentoring.accept.cadenceHint':
      'Pathway les pregunta a ambos “¿se reunieron?” con esta frecuencia; un sí cuenta como sesión en su camino.',
    'mentoring.accept.pickCadence': 'Elige cada cuánto piensan reunirse.',
    'mentoring.problem.roles': 'elige al menos un rol al que puedas ayudar a llegar',
    'mentoring.problem.signals': 'elige al menos una señal con la que puedas ayudar',
    'mentoring.problem.capacityMissing': 'indica a cuántas personas puedes ofrecer mentoría a la vez',
    'mentoring.problem.capacityAtLeastOne': 'ofrece mentoría al menos a una persona a la vez',
    'mentoring.problem.capacityAtMost': 'ofrece mentoría como mucho a {max} personas a la vez',
    'mentoring.problem.cadence': 'elige cada cuánto piensan reunirse',
    'mentoring.accepted.title': 'Mentoría aceptada',
    'mentoring.accepted.group': 'un DM de grupo para ustedes dos',
    'mentoring.accepted.fallback': 'un DM de grupo para ustedes dos (o un DM a cada uno, si Slack no permite abrirlo)',
    'mentoring.accepted':
      ':handshake: Eres mentor de {mentee} hacia *{goal}*. Pathway abre {place} con una presentación, y les pregunta a ambos “¿se reunieron?” {weeks}.',
    'mentoring.declined':
      'Rechazada. A {mentee} solo se le dice que ahora no estás disponible, y no se te volverá a sugerir a esa persona.',
    'mentoring.declined.unknown':
      'Rechazada. Solo se le dice que ahora no estás disponible, y no se te volverá a sugerir a esa persona.',
    'mentoring.onlyMentorAnswers': 'Solo la persona a quien se pidió la mentoría responde esta solicitud.',
    'mentoring.alreadyAnswered': 'Esta solicitud ya tiene respuesta. Escribe `/pathway mentor` para ver tus mentorías.',
    'mentoring.withdrawnRequest':
      '{asker} retiró esta solicitud antes de tu respuesta, así que no hay nada que aceptar ni rechazar. Gracias por ofrecer mentoría.',
    'mentoring.theAsker': 'Quien la pidió',
    'mentoring.asked':
      ':incoming_envelope: Le pediste mentoría a {mentor}. Responde en un DM de Pathway; si acepta, Pathway abre un DM de grupo para ustedes dos.',
    'mentoring.header': 'Mentoría',
    'mentoring.text.overview': 'Mentoría',
    'mentoring.text.end': 'Terminar una mentoría',
    'mentoring.someoneLeft': 'alguien que dejó Pathway',
    'mentoring.line.askedByYou': '• Pediste a {other} que sea tu mentor: esperando su respuesta.',
    'mentoring.line.askedYou': '• {other} te pidió mentoría: responde en tu DM con Pathway.',
    'mentoring.line.mentorsYou':
      '• {other} es tu mentor hacia {goal}: {sessions, plural, one {# sesión registrada} other {# sesiones registradas}}, se reúnen {weeks}{next}.',
    'mentoring.line.youMentor':
      '• Eres mentor de {other} hacia {goal}: {sessions, plural, one {# sesión registrada} other {# sesiones registradas}}, se reúnen {weeks}{next}.',
    'mentoring.line.next': ', próximo “¿se reunieron?” el {date}',
    'mentoring.button.end': 'Terminar',
    'mentoring.label.end': 'Terminar la mentoría hacia {goal}',
    'mentoring.button.cancelRequest': 'Cancelar solicitud',
    'mentoring.label.cancelRequest': 'Cancelar tu solicitud de mentoría hacia {goal}',
    'mentoring.yourMentorships': '*Tus mentorías*',
    'mentoring.suggest.none':
      '*Mentores para {goal}*\nAhora nadie que ofreció mentoría encaja. Vuelve a intentarlo más adelante: las ofertas cambian cuando llegan personas y terminan mentorías.',
    'mentoring.suggest.lead':
      '*Mentores para {goal}*: personas que ocupan el rol o lo alcanzaron hace poco y ofrecieron mentoría.',
    'mentoring.suggest.recently': '{mentor} (lo alcanzó hace poco)',
    'mentoring.suggest.helps': 'Puede ayudar con: {signals}',
    'mentoring.suggest.general': 'Ofrece ayuda general con el rol',
    'mentoring.suggest.button': 'Pedir',
    'mentoring.suggest.label': 'Pedir a esta persona que sea tu mentor hacia {goal}',
    'mentoring.offerInvite': '*¿Ser mentor?* Ofrece ayuda a quienes aspiran a un rol que ocupas.',
    'mentoring.end.none':
      'No tienes ninguna mentoría que terminar. Escribe `/pathway mentor` para encontrar un mentor u ofrecer mentoría.',
    'mentoring.end.which': '¿Qué mentoría quieres terminar? A la otra persona se le avisa que terminó.',
    'mentoring.ended.already': 'Esta mentoría con {other} ya había terminado.',
    'mentoring.ended.done':
      'Terminaste tu mentoría con {other}. Se le avisa; no habrá más preguntas “¿se reunieron?”. Gracias por el tiempo que le dedicaste.',
    'mentoring.cancelled':
      'Cancelaste tu solicitud a {other}. No se le envía ningún mensaje: una solicitud que aún no recibió no se envía, y si responde a una que ya recibió, se le dice que la retiraste. Escribe `/pathway mentor` para ver otras sugerencias.',
    'mentoring.cancelled.already': 'Ya habías cancelado esta solicitud a {other}.',
    'mentoring.cancelled.answered':
      '{other} ya respondió esta solicitud, así que no hay nada que cancelar. Escribe `/pathway mentor` para ver tus mentorías.',
    'mentoring.met.no':
      'Gracias por avisar. Pathway vuelve a preguntar en {weeks, plural, one {una semana} other {# semanas}}.',
    'mentoring.met.noDated':
      'Gracias por avisar. Pathway vuelve a preguntar en {weeks, plural, one {una semana} other {# semanas}} ({date}).',
    'mentoring.met.already': 'Ya registrada: una sesión por pregunta.',
    'mentoring.met.alreadyBy': 'Ya registrada por {who}: una sesión por pregunta.',
    'mentoring.met.noPathway':
      ':white_check_mark: Sesión registrada. (La persona mentorizada no tiene plan ahora, así que no queda en ningún camino).',
    'mentoring.met.logged':
      ':white_check_mark: Sesión registrada. Cuenta como evidencia en el registro de logros de la persona mentorizada.',
    'mentoring.met.loggedOn':
      ':white_check_mark: Sesión registrada. Cuenta como evidencia en *{milestone}* en el registro de logros de la persona mentorizada.',
    'mentoring.request.text': '{mentee} quiere que seas su mentor hacia {goal}.',
    'mentoring.request.helps': 'Ofreciste ayuda con: {signals}.',
    'mentoring.request.how':
      'Si aceptas, Pathway abre un DM de grupo para ustedes dos. Si rechazas, solo se le dice que ahora no estás disponible.',
    'mentoring.request.accept': 'Aceptar',
    'mentoring.request.acceptLabel': 'Aceptar la solicitud de mentoría',
    'mentoring.request.decline': 'Rechazar',
    'mentoring.request.declineLabel': 'Rechazar la solicitud de mentoría',
    'mentoring.unavailable.text': '{mentor} no está disponible como mentor en este momento.',
    'mentoring.unavailable.more': 'Escribe `/pathway mentor` para ver otras sugerencias.',
    'mentoring.intro.text': '{mentee}, te presento a tu mentor {mentor}.',
    'mentoring.intro.goal': '{mentee} trabaja para llegar a *{goal}*; {mentor} se ofreció a ayudar.',
    'mentoring.intro.goalFocus':
      '{mentee} trabaja para llegar a *{goal}*; {mentor} se ofreció a ayudar, sobre todo con {signals}.',
    'mentoring.intro.firstSession':
      '*Una buena primera sesión*\n• Dónde estás ahora y qué pide el siguiente rol\n• En qué señal de preparación trabajar primero, y qué la demostraría\n• Cómo se van a reunir, y qué trae cada uno la próxima vez',
    'mentoring.intro.footer':
      'Pathway les pregunta a ambos “¿se reunieron?” {weeks}; un sí cuenta como sesión en el camino. Cualquiera de los dos puede terminar la mentoría con `/pathway mentor end`.',
    'mentoring.checkIn.mentor': '¿Te reuniste hace poco con tu mentor {other}?',
    'mentoring.checkIn.mentee': '¿Te reuniste hace poco con {other}, tu mentee?',
    'mentoring.checkIn.yes': 'Sí, nos reunimos',
    'mentoring.checkIn.yesLabel': 'Sí, tuvimos una sesión de mentoría',
    'mentoring.checkIn.no': 'Todavía no',
    'mentoring.checkIn.noLabel': 'Todavía no: ninguna sesión de mentoría desde la última vez',
    'mentoring.checkIn.footer':
      'Un sí registra una sesión en el camino de la persona mentorizada. `/pathway mentor end` termina la mentoría.',
    'mentoring.endedBy.text': '{by} terminó su mentoría contigo en Pathway.',
    'mentoring.endedBy.more':
      'No habrá más preguntas “¿se reunieron?”. Escribe `/pathway mentor` para ver tus mentorías y sugerencias.',

    'celebrations.win.milestone': '{who} completó {achievement}',
    'celebrations.win.goal': '{who} alcanzó su rol objetivo: {achievement}',
    'celebrations.win.streak': '{who} mantuvo sus check-ins de desarrollo: {achievement}',
    'celebrations.win.thanks': 'Un colega agradeció a {who} por {achievement}',
    'celebrations.yourWin.milestone': 'Completaste {achievement}',
    'celebrations.yourWin.goal': 'Alcanzaste tu rol objetivo: {achievement}',
    'celebrations.yourWin.streak': 'Mantuviste tus check-ins de desarrollo: {achievement}',
    'celebrations.yourWin.thanks': 'Un colega te agradeció por {achievement}',
    'celebrations.headline.milestone': ':tada: Hito alcanzado',
    'celebrations.headline.goal': ':trophy: Rol objetivo alcanzado',
    'celebrations.headline.streak': ':seedling: Constancia',
    'celebrations.headline.thanks': ':pray: Agradecimiento de un colega',
    'celebrations.post.toward': ':compass: Un paso hacia {role}',
    'celebrations.post.footer':
      'Compartido por decisión de {who} a través de Pathway. ¡Felicítalo en el hilo! :raised_hands:',
    'celebrations.changeHint':
      'Cámbialo cuando quieras: `/pathway celebrate always`, `/pathway celebrate ask` o `/pathway celebrate never`.',
    'celebrations.consent.once': 'Publicar esta vez',
    'celebrations.consent.always': 'Publicar siempre mis logros',
    'celebrations.consent.never': 'No publicar nunca',
    'celebrations.consent.label': '¿Celebrar este logro en un canal? {choice}',
    'celebrations.consent.text': '{win}. ¿Quieres que Pathway lo celebre en un canal?',
    'celebrations.consent.lead': ':tada: ¡Buen trabajo! {win}.',
    'celebrations.consent.question':
      '¿Quieres que Pathway lo celebre en <#{channel}>? La publicación dice quién eres, qué lograste y el rol al que te acerca; nunca notas, evidencias ni check-ins.',
    'celebrations.confirm.always': 'Elegiste compartir tus logros, así que Pathway los publica sin preguntar.',
    'celebrations.confirm.thisTime': 'Pathway volverá a preguntar la próxima vez.',
    'celebrations.confirm.text': '{win}. Pathway lo está celebrando en un canal.',
    'celebrations.confirm.lead': ':tada: {win}. Pathway lo está celebrando en <#{channel}>.',
    'celebrations.confirm.remove': 'Quitar la publicación',
    'celebrations.confirm.removeLabel': 'Quitar del canal la publicación que celebra este logro',
    'celebrations.declined.text': 'Pathway no publicará tus logros.',
    'celebrations.declined.body':
      ':lock: Entendido: este logro queda en privado, y Pathway no publicará tus logros en ningún canal.',
    'celebrations.removed.text': 'Se quitó la publicación de la celebración.',
    'celebrations.removed.body': ':wastebasket: Se quitó la publicación sobre {achievement} de <#{channel}>.',
    'celebrations.problem.private':
      '<#{channel}> es un canal privado en el que Pathway no está. Para arreglarlo, alguien del canal puede escribir `/invite @Pathway` en <#{channel}>.',
    'celebrations.problem.archivedPerson':
      '<#{channel}> está archivado. Elige otro canal para tus logros con `/pathway celebrate in #channel`, o vuelve al de tu equipo con `/pathway celebrate in default`.',
    'celebrations.problem.archivedAdmin':
      '<#{channel}> está archivado. Elige otro canal: para todo el espacio de trabajo en `/pathway admin settings`, para un equipo con `/pathway celebrate team <team> in #channel`.',
    'celebrations.problem.yourWin': 'tu logro',
    'celebrations.problem.celebrationFor': 'una celebración de <@{user}>',
    'celebrations.problem.digest': 'el resumen semanal de logros',
    'celebrations.problem.lead':
      ':warning: Pathway no pudo publicar {what} en <#{channel}>, así que no se publicó nada.',
    'celebrations.problem.textPrivate':
      'Pathway no pudo publicar en un canal de celebraciones: invita al bot con /invite @Pathway.',
    'celebrations.problem.textArchived':
      'Pathway no pudo publicar en un canal de celebraciones: el canal está archivado.',
    'celebrations.digest.toward': '{win} — hacia {role}',
    'celebrations.digest.title': 'Los logros de esta semana',
    'celebrations.digest.header': ':sparkles: Los logros de esta semana',
    'celebrations.digest.footer': 'Cada logro se compartió por decisión de su protagonista.',
    'celebrations.digest.footerMore':
      'Cada logro se compartió por decisión de su protagonista. Esta semana se compartieron más logros de los que caben en un mensaje.',
    'celebrations.settings.ask':
      'Pathway *te pregunta* cada vez que alcanzas un hito o tu objetivo, o cuando un colega te agradece.',
    'celebrations.settings.always':
      'Pathway *siempre* celebra tus logros en un canal, y te envía un botón para quitar cada publicación.',
    'celebrations.settings.never': 'Pathway *nunca* publica tus logros en un canal.',
    'celebrations.source.person': 'tu propia elección',
    'celebrations.source.team': 'el canal de tu equipo',
    'celebrations.source.workspace': 'el canal del espacio de trabajo',
    'celebrations.weekday.1': 'los lunes',
    'celebrations.weekday.2': 'los martes',
    'celebrations.weekday.3': 'los miércoles',
    'celebrations.weekday.4': 'los jueves',
    'celebrations.weekday.5': 'los viernes',
    'celebrations.weekday.6': 'los sábados',
    'celebrations.weekday.7': 'los domingos',
    'celebrations.digestTime': '{weekdays} a las {hour}:00 ({zone})',
    'celebrations.saved': ':white_check_mark: Guardado.',
    'celebrations.saved.channel': ':white_check_mark: Guardado: tus logros van a <#{channel}>.',
    'celebrations.saved.channelDefault':
      ':white_check_mark: Guardado: tus logros van al canal de tu equipo o al del espacio de trabajo.',
    'celebrations.saved.teamChannel': ':white_check_mark: Guardado: los logros del equipo *{team}* van a <#{channel}>.',
    'celebrations.saved.teamChannelDefault':
      ':white_check_mark: Guardado: los logros del equipo *{team}* van al canal del espacio de trabajo.',
    'celebrations.saved.digestTime': ':white_check_mark: Guardado: el resumen semanal de logros se envía {time}.',
    'celebrations.settings.where': 'Tus logros van a <#{channel}> ({source}).',
    'celebrations.settings.noChannel':
      'Todavía no hay canal de celebraciones, así que no se publica nada; una persona administradora puede elegir uno en `/pathway admin settings`.',
    'celebrations.settings.text': 'Tu configuración de celebraciones',
    'celebrations.settings.body':
      ':tada: {consent}\n{where}\nEl resumen semanal de logros se envía {time} cuando hubo logros.',
    'celebrations.settings.change':
      'Para cambiarlo: `/pathway celebrate always`, `ask` o `never`; `/pathway celebrate in #channel` (o `in default`). Administración: `/pathway celebrate team "<team>" in #channel`, `/pathway celebrate digest friday 15:00`. Las publicaciones nunca incluyen notas, evidencias ni check-ins.',
    'celebrations.staleButton': 'Ese botón ya no funciona. Escribe `/pathway` para ver tu plan actual.',

    'dataRights.title': 'Borrar mis datos',
    'dataRights.submit': 'Borrar todo',
    'dataRights.keep': 'Conservar mis datos',
    'dataRights.explain':
      'Esto borra todo lo que Pathway guarda sobre ti: tus caminos e hitos, check-ins y valoraciones (también las de tu manager), celebraciones y sus publicaciones en canales, tu configuración, vínculos con managers y mensajes pendientes. *No se puede deshacer.*',
    'dataRights.copyFirst': '¿Quieres una copia antes? Cierra esto y escribe `/pathway export`.',
    'dataRights.confirmLabel': 'Escribe "{word}" para confirmar',
    'dataRights.confirmError': 'Escribe {word} para borrar tus datos, o pulsa "Conservar mis datos".',
    'dataRights.close': 'Cerrar',
    'dataRights.done': 'Listo',
    'dataRights.erasing': ':hourglass_flowing_sand: Borrando tus datos y las publicaciones sobre ti…',
    'dataRights.deleted':
      ':wastebasket: Listo: se borró todo lo que Pathway guardaba sobre ti. Si vuelves a escribir `/pathway`, empiezas de cero.',
    'dataRights.failed':
      ':face_with_head_bandage: Lo sentimos, el borrado falló por nuestra parte y no se borró nada. Inténtalo de nuevo; si sigue pasando, dale a tu administrador de Pathway la referencia {reference}.',
    'dataRights.exportSent': 'Tus datos de Pathway están en tu DM con Pathway, como archivo JSON.',
    'dataRights.exportSentMore': 'Contiene todo lo que Pathway guarda sobre ti y nada sobre nadie más.',
    'dataRights.exportComment': 'Todo lo que Pathway guarda sobre ti, como pediste.',
    'dataRights.exportTitle': 'Tus datos de Pathway ({day})',

    'deliveries.title': 'Entrega de mensajes',
    'deliveries.close': 'Cerrar',
    'deliveries.window': '*Mensajes {days, plural, one {del último día} other {de los últimos # días}}*',
    'deliveries.counts': '{sent} enviados · {waiting} en espera · {dropped} ya no necesarios · {failed} fallidos',
    'deliveries.none': ':white_check_mark: No falló nada.',
    'deliveries.failed': '*Fallidos* (primero los más recientes)',
    'deliveries.line':
      '*{kind}* a {recipient} — `{error}` tras {attempts, plural, one {# intento} other {# intentos}} ({when} UTC)',
    'deliveries.more': '…y {count} más.',
    'deliveries.help':
      '`not_in_channel` o `channel_not_found`: invita la app con `/invite @Pathway` o elige otro canal en `/pathway admin settings`. `missing_scope`: vuelve a instalar la app. Aquí nunca se muestra el contenido de los mensajes.',
  },
  de: {
    'mentoring.buttonLabel': '{text}: Mentoring',
    'mentoring.weeks': '{count, plural, one {jede Woche} other {alle # Wochen}}',
    'mentoring.them': 'dieser Person',
    'mentoring.cancel': 'Abbrechen',
    'mentoring.offer.title': 'Mentoring anbieten',
    'mentoring.offer.submit': 'Angebot speichern',
    'mentoring.offer.intro':
      'Du kannst Personen als Mentor vorgeschlagen werden, die eine Rolle anstreben, die du innehast (oder im letzten Jahr erreicht hast), außerhalb ihrer eigenen Berichtslinie. Du beantwortest jede Anfrage selbst und kannst dieses Angebot jederzeit pausieren oder zurückziehen.',
    'mentoring.offer.roles': 'Rollen, bei denen du helfen kannst',
    'mentoring.offer.signals': 'Bereitschaftssignale, bei denen du helfen kannst',
    'mentoring.offer.signalsHint': 'Vorschläge reihen dich höher ein für Personen, deren Zielrolle diese verlangt.',
    'mentoring.offer.capacity': 'Wie viele Personen gleichzeitig',
    'mentoring.offer.status.active': 'offen',
    'mentoring.offer.status.paused': 'pausiert: keine neuen Anfragen, bis du es fortsetzt',
    'mentoring.offer.status.withdrawn': 'zurückgezogen',
    'mentoring.offer.summary':
      '*Dein Mentoring-Angebot* ist {status}. Rollen: {roles}. Signale: {signals}. Jetzt {mentees} von {capacity, plural, one {# Mentee} other {# Mentees}}.',
    'mentoring.offer.saved':
      ':white_check_mark: Gespeichert. {offer}\nDu wirst nur vorgeschlagen, solange das Angebot offen ist und du Platz hast; `/pathway mentor pause` stoppt neue Anfragen.',
    'mentoring.offer.unchanged': 'Nichts geändert. {offer}',
    'mentoring.offer.paused':
      ':double_vertical_bar: Angebot pausiert: Du wirst niemandem vorgeschlagen und niemand kann dich fragen, bis du `/pathway mentor resume` eingibst. Deine laufenden Mentorings gehen weiter.',
    'mentoring.offer.resumed': ':white_check_mark: Angebot wieder offen. {offer}',
    'mentoring.offer.withdrawn':
      'Angebot zurückgezogen: Du wirst nicht mehr als Mentor vorgeschlagen. Deine laufenden Mentorings gehen weiter, bis eine Seite sie beendet. `/pathway mentor offer` erstellt ein neues Angebot.',
    'mentoring.offer.button.offer': 'Mentoring anbieten',
    'mentoring.offer.button.change': 'Angebot ändern',
    'mentoring.offer.label.change': 'Dein Mentoring-Angebot ändern',
    'mentoring.offer.button.pause': 'Pausieren',
    'mentoring.offer.label.pause': 'Dein Mentoring-Angebot pausieren',
    'mentoring.offer.button.resume': 'Fortsetzen',
    'mentoring.offer.label.resume': 'Dein Mentoring-Angebot fortsetzen',
    'mentoring.offer.button.withdraw': 'Zurückziehen',
    'mentoring.offer.label.withdraw': 'Dein Mentoring-Angebot zurückziehen',
    'mentoring.offer.savedTitle': 'Angebot gespeichert',
    'mentoring.cadence.option': '{count, plural, one {Jede Woche} other {Alle # Wochen}}',
    'mentoring.accept.title': 'Mentoring annehmen',
    'mentoring.accept.submit': 'Annehmen',
    'mentoring.accept.intro':
      'Pathway öffnet eine Gruppen-DM für dich und {mentee}, mit einer kurzen Vorstellung und dem, was eine gute erste Sitzung abdeckt.',
    'mentoring.accept.yourMentee': 'deinen Mentee',
    'mentoring.accept.cadence': 'Wie oft ihr euch treffen wollt',
    'mentoring.accept.cadenceHint':
      'So oft fragt Pathway euch beide „Habt ihr euch getroffen?“; ein Ja zählt als Sitzung auf dem Entwicklungspfad.',
    'mentoring.accept.pickCadence': 'Wähle, wie oft ihr euch treffen wollt.',
    'mentoring.problem.roles': 'wähle mindestens eine Rolle, bei der du helfen kannst',
    'mentoring.problem.signals': 'wähle mindestens ein Signal, bei dem du helfen kannst',
    'mentoring.problem.capacityMissing': 'gib an, wie viele Personen du gleichzeitig als Mentor begleiten kannst',
    'mentoring.problem.capacityAtLeastOne': 'mindestens eine Person gleichzeitig',
    'mentoring.problem.capacityAtMost': 'höchstens {max} Personen gleichzeitig',
    'mentoring.problem.cadence': 'wähle, wie oft ihr euch treffen wollt',
    'mentoring.accepted.title': 'Mentoring angenommen',
    'mentoring.accepted.group': 'eine Gruppen-DM für euch beide',
    'mentoring.accepted.fallback':
      'eine Gruppen-DM für euch beide (oder je eine DM, falls Slack sie nicht öffnen lässt)',
    'mentoring.accepted':
      ':handshake: Du bist Mentor von {mentee} auf dem Weg zu *{goal}*. Pathway öffnet {place} mit einer Vorstellung und fragt euch beide {weeks} „Habt ihr euch getroffen?“.',
    'mentoring.declined':
      'Abgelehnt. {mentee} erfährt nur, dass du gerade nicht verfügbar bist, und du wirst der Person nicht mehr vorgeschlagen.',
    'mentoring.declined.unknown':
      'Abgelehnt. Die Person erfährt nur, dass du gerade nicht verfügbar bist, und du wirst ihr nicht mehr vorgeschlagen.',
    'mentoring.onlyMentorAnswers': 'Nur die gefragte Person beantwortet diese Anfrage.',
    'mentoring.alreadyAnswered':
      'Diese Anfrage ist schon beantwortet. Gib `/pathway mentor` ein, um deine Mentorings zu sehen.',
    'mentoring.withdrawnRequest':
      '{asker} hat diese Anfrage zurückgezogen, bevor du geantwortet hast; es gibt also nichts anzunehmen oder abzulehnen. Danke, dass du Mentoring anbietest.',
    'mentoring.theAsker': 'Die fragende Person',
    'mentoring.asked':
      ':incoming_envelope: {mentor} gefragt. Die Antwort kommt in einer DM von Pathway; bei einer Zusage öffnet Pathway eine Gruppen-DM für euch beide.',
    'mentoring.header': 'Dein Mentoring',
    'mentoring.text.overview': 'Dein Mentoring',
    'mentoring.text.end': 'Ein Mentoring beenden',
    'mentoring.someoneLeft': 'jemand, der Pathway verlassen hat',
    'mentoring.line.askedByYou': '• {other} um Mentoring gebeten: Antwort steht noch aus.',
    'mentoring.line.askedYou': '• {other} bittet dich um Mentoring: Antworte in deiner DM mit Pathway.',
    'mentoring.line.mentorsYou':
      '• {other} ist dein Mentor auf dem Weg zu {goal}: {sessions, plural, one {# Sitzung} other {# Sitzungen}} erfasst, Treffen {weeks}{next}.',
    'mentoring.line.youMentor':
      '• Du bist Mentor von {other} auf dem Weg zu {goal}: {sessions, plural, one {# Sitzung} other {# Sitzungen}} erfasst, Treffen {weeks}{next}.',
    'mentoring.line.next': ', nächstes „Habt ihr euch getroffen?“ am {date}',
    'mentoring.button.end': 'Beenden',
    'mentoring.label.end': 'Das Mentoring auf dem Weg zu {goal} beenden',
    'mentoring.button.cancelRequest': 'Anfrage zurückziehen',
    'mentoring.label.cancelRequest': 'Deine Mentoring-Anfrage für {goal} zurückziehen',
    'mentoring.yourMentorships': '*Deine Mentorings*',
    'mentoring.suggest.none':
      '*Mentoren für {goal}*\nGerade passt niemand, der Mentoring anbietet. Frag später noch einmal: Angebote ändern sich, wenn Leute dazukommen und Mentorings enden.',
    'mentoring.suggest.lead':
      '*Mentoren für {goal}*: Personen, die die Rolle innehaben oder kürzlich erreicht haben und Mentoring anbieten.',
    'mentoring.suggest.recently': '{mentor} (kürzlich erreicht)',
    'mentoring.suggest.helps': 'Kann helfen bei: {signals}',
    'mentoring.suggest.general': 'Bietet allgemeine Hilfe zur Rolle',
    'mentoring.suggest.button': 'Fragen',
    'mentoring.suggest.label': 'Diese Person um Mentoring auf dem Weg zu {goal} bitten',
    'mentoring.offerInvite': '*Andere begleiten?* Biete Personen Hilfe an, die eine Rolle anstreben, die du innehast.',
    'mentoring.end.none':
      'Du hast kein Mentoring, das du beenden könntest. Gib `/pathway mentor` ein, um einen Mentor zu finden oder Mentoring anzubieten.',
    'mentoring.end.which': 'Welches Mentoring willst du beenden? Die andere Person erfährt, dass es beendet ist.',
    'mentoring.ended.already': 'Dieses Mentoring mit {other} war schon beendet.',
    'mentoring.ended.done':
      'Dein Mentoring mit {other} ist beendet. Die Person wird informiert; keine „Habt ihr euch getroffen?“-Fragen mehr. Danke für die Zeit, die du investiert hast.',
    'mentoring.cancelled':
      'Deine Anfrage an {other} ist zurückgezogen. Die Person bekommt keine Nachricht dazu: Eine noch nicht zugestellte Anfrage wird nicht gesendet, und antwortet sie auf eine zugestellte, erfährt sie, dass du sie zurückgezogen hast. Gib `/pathway mentor` für weitere Vorschläge ein.',
    'mentoring.cancelled.already': 'Du hattest diese Anfrage an {other} schon zurückgezogen.',
    'mentoring.cancelled.answered':
      '{other} hat diese Anfrage schon beantwortet, es gibt also nichts zurückzuziehen. Gib `/pathway mentor` ein, um deine Mentorings zu sehen.',
    'mentoring.met.no':
      'Danke für die Rückmeldung. Pathway fragt in {weeks, plural, one {einer Woche} other {# Wochen}} wieder.',
    'mentoring.met.noDated':
      'Danke für die Rückmeldung. Pathway fragt in {weeks, plural, one {einer Woche} other {# Wochen}} ({date}) wieder.',
    'mentoring.met.already': 'Schon erfasst: eine Sitzung pro Frage.',
    'mentoring.met.alreadyBy': 'Schon erfasst von {who}: eine Sitzung pro Frage.',
    'mentoring.met.noPathway':
      ':white_check_mark: Sitzung erfasst. (Der Mentee hat gerade keinen Plan, daher steht sie auf keinem Entwicklungspfad.)',
    'mentoring.met.logged':
      ':white_check_mark: Sitzung erfasst. Sie zählt als Nachweis im Erfolgsprotokoll des Mentees.',
    'mentoring.met.loggedOn':
      ':white_check_mark: Sitzung erfasst. Sie zählt als Nachweis für *{milestone}* im Erfolgsprotokoll des Mentees.',
    'mentoring.request.text': '{mentee} möchte, dass du auf dem Weg zu {goal} Mentor bist.',
    'mentoring.request.helps': 'Du hast Hilfe angeboten bei: {signals}.',
    'mentoring.request.how':
      'Wenn du annimmst, öffnet Pathway eine Gruppen-DM für euch beide. Wenn du ablehnst, erfährt die Person nur, dass du gerade nicht verfügbar bist.',
    'mentoring.request.accept': 'Annehmen',
    'mentoring.request.acceptLabel': 'Die Mentoring-Anfrage annehmen',
    'mentoring.request.decline': 'Ablehnen',
    'mentoring.request.declineLabel': 'Die Mentoring-Anfrage ablehnen',
    'mentoring.unavailable.text': '{mentor} ist gerade nicht als Mentor verfügbar.',
    'mentoring.unavailable.more': 'Gib `/pathway mentor` für weitere Vorschläge ein.',
    'mentoring.intro.text': '{mentee}, darf ich vorstellen: dein Mentor {mentor}.',
    'mentoring.intro.goal': '{mentee} arbeitet auf *{goal}* hin; {mentor} hat Hilfe angeboten.',
    'mentoring.intro.goalFocus':
      '{mentee} arbeitet auf *{goal}* hin; {mentor} hat Hilfe angeboten, besonders bei {signals}.',
    'mentoring.intro.firstSession':
      '*Eine gute erste Sitzung*\n• Wo du jetzt stehst und was die nächste Rolle verlangt\n• An welchem Bereitschaftssignal ihr zuerst arbeitet und was es zeigen würde\n• Wie ihr euch trefft und was jede Seite beim nächsten Mal mitbringt',
    'mentoring.intro.footer':
      'Pathway fragt euch beide {weeks} „Habt ihr euch getroffen?“; ein Ja zählt als Sitzung auf dem Entwicklungspfad. Jede Seite kann das Mentoring mit `/pathway mentor end` beenden.',
    'mentoring.checkIn.mentor': 'Hast du dich in letzter Zeit mit deinem Mentor {other} getroffen?',
    'mentoring.checkIn.mentee': 'Hast du dich in letzter Zeit mit deinem Mentee {other} getroffen?',
    'mentoring.checkIn.yes': 'Ja, wir haben uns getroffen',
    'mentoring.checkIn.yesLabel': 'Ja, wir hatten eine Mentoring-Sitzung',
    'mentoring.checkIn.no': 'Noch nicht',
    'mentoring.checkIn.noLabel': 'Noch nicht: keine Mentoring-Sitzung seit dem letzten Mal',
    'mentoring.checkIn.footer':
      'Ein Ja erfasst eine Sitzung auf dem Entwicklungspfad des Mentees. `/pathway mentor end` beendet das Mentoring.',
    'mentoring.endedBy.text': '{by} hat euer Mentoring in Pathway beendet.',
    'mentoring.endedBy.more':
      'Keine „Habt ihr euch getroffen?“-Fragen mehr. Gib `/pathway mentor` ein, um deine Mentorings und Vorschläge zu sehen.',

    'celebrations.win.milestone': '{who} hat {achievement} abgeschlossen',
    'celebrations.win.goal': '{who} hat die Zielrolle erreicht: {achievement}',
    'celebrations.win.streak': '{who} ist bei den Entwicklungs-Check-ins drangeblieben: {achievement}',
    'celebrations.win.thanks': '{who} hat Dank von einer Kollegin oder einem Kollegen bekommen für {achievement}',
    'celebrations.yourWin.milestone': 'Du hast {achievement} abgeschlossen',
    'celebrations.yourWin.goal': 'Du hast deine Zielrolle erreicht: {achievement}',
    'celebrations.yourWin.streak': 'Du bist bei deinen Entwicklungs-Check-ins drangeblieben: {achievement}',
    'celebrations.yourWin.thanks': 'Du hast Dank von einer Kollegin oder einem Kollegen bekommen für {achievement}',
    'celebrations.headline.milestone': ':tada: Meilenstein erreicht',
    'celebrations.headline.goal': ':trophy: Zielrolle erreicht',
    'celebrations.headline.streak': ':seedling: Dranbleiben',
    'celebrations.headline.thanks': ':pray: Dank aus dem Kollegium',
    'celebrations.post.toward': ':compass: Ein Schritt zu {role}',
    'celebrations.post.footer':
      'Auf eigenen Wunsch von {who} über Pathway geteilt. Gratuliert im Thread! :raised_hands:',
    'celebrations.changeHint':
      'Jederzeit änderbar: `/pathway celebrate always`, `/pathway celebrate ask` oder `/pathway celebrate never`.',
    'celebrations.consent.once': 'Diesmal posten',
    'celebrations.consent.always': 'Meine Erfolge immer posten',
    'celebrations.consent.never': 'Nie posten',
    'celebrations.consent.label': 'Diesen Erfolg in einem Channel feiern? {choice}',
    'celebrations.consent.text': '{win}. Soll Pathway das in einem Channel feiern?',
    'celebrations.consent.lead': ':tada: Gut gemacht! {win}.',
    'celebrations.consent.question':
      'Soll Pathway das in <#{channel}> feiern? Der Post nennt, wer du bist, was du erreicht hast und zu welcher Rolle es dich bringt – nie Notizen, Nachweise oder Check-ins.',
    'celebrations.confirm.always':
      'Du hast entschieden, deine Erfolge zu teilen, daher postet Pathway sie ohne Nachfrage.',
    'celebrations.confirm.thisTime': 'Pathway fragt beim nächsten Mal wieder.',
    'celebrations.confirm.text': '{win}. Pathway feiert das in einem Channel.',
    'celebrations.confirm.lead': ':tada: {win}. Pathway feiert das in <#{channel}>.',
    'celebrations.confirm.remove': 'Post entfernen',
    'celebrations.confirm.removeLabel': 'Den Post über diesen Erfolg aus dem Channel entfernen',
    'celebrations.declined.text': 'Pathway postet deine Erfolge nicht.',
    'celebrations.declined.body':
      ':lock: Verstanden: Dieser Erfolg bleibt privat, und Pathway postet deine Erfolge in keinem Channel.',
    'celebrations.removed.text': 'Der Post zur Feier wurde entfernt.',
    'celebrations.removed.body': ':wastebasket: Der Post über {achievement} wurde aus <#{channel}> entfernt.',
    'celebrations.problem.private':
      '<#{channel}> ist ein privater Channel, in dem Pathway nicht ist. Zur Lösung kann jemand im Channel `/invite @Pathway` in <#{channel}> eingeben.',
    'celebrations.problem.archivedPerson':
      '<#{channel}> ist archiviert. Wähle mit `/pathway celebrate in #channel` einen anderen Channel für deine Erfolge oder geh mit `/pathway celebrate in default` zurück zu dem deines Teams.',
    'celebrations.problem.archivedAdmin':
      '<#{channel}> ist archiviert. Wähle einen anderen Channel: für den ganzen Workspace in `/pathway admin settings`, für ein Team mit `/pathway celebrate team <team> in #channel`.',
    'celebrations.problem.yourWin': 'deinen Erfolg',
    'celebrations.problem.celebrationFor': 'eine Feier für <@{user}>',
    'celebrations.problem.digest': 'die wöchentliche Erfolgsübersicht',
    'celebrations.problem.lead':
      ':warning: Pathway konnte {what} nicht in <#{channel}> posten, daher wurde nichts gepostet.',
    'celebrations.problem.textPrivate':
      'Pathway konnte nicht in einem Feier-Channel posten: Lade den Bot mit /invite @Pathway ein.',
    'celebrations.problem.textArchived':
      'Pathway konnte nicht in einem Feier-Channel posten: Der Channel ist archiviert.',
    'celebrations.digest.toward': '{win} – auf dem Weg zu {role}',
    'celebrations.digest.title': 'Die Erfolge dieser Woche',
    'celebrations.digest.header': ':sparkles: Die Erfolge dieser Woche',
    'celebrations.digest.footer': 'Jeder Erfolg wurde auf eigenen Wunsch der Person geteilt.',
    'celebrations.digest.footerMore':
      'Jeder Erfolg wurde auf eigenen Wunsch der Person geteilt. Diese Woche wurden mehr Erfolge geteilt, als in eine Nachricht passen.',
    'celebrations.settings.ask':
      'Pathway *fragt dich* jedes Mal, wenn du einen Meilenstein oder dein Ziel erreichst oder dir jemand dankt.',
    'celebrations.settings.always':
      'Pathway feiert deine Erfolge *immer* in einem Channel und schickt dir zu jedem Post einen Button zum Entfernen.',
    'celebrations.settings.never': 'Pathway postet deine Erfolge *nie* in einem Channel.',
    'celebrations.source.person': 'deine eigene Wahl',
    'celebrations.source.team': 'der Channel deines Teams',
    'celebrations.source.workspace': 'der Channel des Workspace',
    'celebrations.weekday.1': 'montags',
    'celebrations.weekday.2': 'dienstags',
    'celebrations.weekday.3': 'mittwochs',
    'celebrations.weekday.4': 'donnerstags',
    'celebrations.weekday.5': 'freitags',
    'celebrations.weekday.6': 'samstags',
    'celebrations.weekday.7': 'sonntags',
    'celebrations.digestTime': '{weekdays} um {hour}:00 ({zone})',
    'celebrations.saved': ':white_check_mark: Gespeichert.',
    'celebrations.saved.channel': ':white_check_mark: Gespeichert: Deine Erfolge gehen nach <#{channel}>.',
    'celebrations.saved.channelDefault':
      ':white_check_mark: Gespeichert: Deine Erfolge gehen in den Channel deines Teams oder des Workspace.',
    'celebrations.saved.teamChannel':
      ':white_check_mark: Gespeichert: Erfolge des Teams *{team}* gehen nach <#{channel}>.',
    'celebrations.saved.teamChannelDefault':
      ':white_check_mark: Gespeichert: Erfolge des Teams *{team}* gehen in den Channel des Workspace.',
    'celebrations.saved.digestTime': ':white_check_mark: Gespeichert: Die wöchentliche Erfolgsübersicht kommt {time}.',
    'celebrations.settings.where': 'Deine Erfolge gehen nach <#{channel}> ({source}).',
    'celebrations.settings.noChannel':
      'Noch ist kein Feier-Channel festgelegt, daher wird nichts gepostet; ein Admin kann ihn in `/pathway admin settings` festlegen.',
    'celebrations.settings.text': 'Deine Einstellungen zum Feiern',
    'celebrations.settings.body':
      ':tada: {consent}\n{where}\nDie wöchentliche Erfolgsübersicht kommt {time}, wenn es Erfolge gab.',
    'celebrations.settings.change':
      'Ändern: `/pathway celebrate always`, `ask` oder `never`; `/pathway celebrate in #channel` (oder `in default`). Admins: `/pathway celebrate team "<team>" in #channel`, `/pathway celebrate digest friday 15:00`. Posts enthalten nie Notizen, Nachweise oder Check-ins.',
    'celebrations.staleButton':
      'Dieser Button funktioniert nicht mehr. Gib `/pathway` ein, um deinen aktuellen Plan zu sehen.',

    'dataRights.title': 'Meine Daten löschen',
    'dataRights.submit': 'Alles löschen',
    'dataRights.keep': 'Daten behalten',
    'dataRights.explain':
      'Das löscht alles, was Pathway über dich speichert: deine Entwicklungspfade und Meilensteine, Check-ins und Bewertungen (auch die deiner Führungskraft), Feiern und die Posts darüber in Channels, deine Einstellungen, Verknüpfungen mit Führungskräften und ausstehende Nachrichten. *Das kann nicht rückgängig gemacht werden.*',
    'dataRights.copyFirst': 'Erst eine Kopie? Schließe dies und gib `/pathway export` ein.',
    'dataRights.confirmLabel': 'Gib „{word}“ zur Bestätigung ein',
    'dataRights.confirmError': 'Gib {word} ein, um deine Daten zu löschen, oder drücke „Daten behalten“.',
    'dataRights.close': 'Schließen',
    'dataRights.done': 'Fertig',
    'dataRights.erasing': ':hourglass_flowing_sand: Deine Daten und die Posts über dich werden gelöscht…',
    'dataRights.deleted':
      ':wastebasket: Fertig: Alles, was Pathway über dich gespeichert hatte, ist gelöscht. Wenn du wieder `/pathway` eingibst, fängst du neu an.',
    'dataRights.failed':
      ':face_with_head_bandage: Leider ist das Löschen bei uns fehlgeschlagen, und nichts wurde gelöscht. Bitte versuch es noch einmal; wenn es wieder passiert, gib deinem Pathway-Admin die Referenz {reference}.',
    'dataRights.exportSent': 'Deine Pathway-Daten liegen in deiner DM mit Pathway, als JSON-Datei.',
    'dataRights.exportSentMore': 'Sie enthält alles, was Pathway über dich speichert, und nichts über andere.',
    'dataRights.exportComment': 'Alles, was Pathway über dich speichert, wie gewünscht.',
    'dataRights.exportTitle': 'Deine Pathway-Daten ({day})',

    'deliveries.title': 'Nachrichtenzustellung',
    'deliveries.close': 'Schließen',
    'deliveries.window': '*Nachrichten {days, plural, one {des letzten Tages} other {der letzten # Tage}}*',
    'deliveries.counts': '{sent} gesendet · {waiting} wartend · {dropped} nicht mehr nötig · {failed} fehlgeschlagen',
    'deliveries.none': ':white_check_mark: Nichts fehlgeschlagen.',
    'deliveries.failed': '*Fehlgeschlagen* (neueste zuerst)',
    'deliveries.line':
      '*{kind}* an {recipient} — `{error}` nach {attempts, plural, one {# Versuch} other {# Versuchen}} ({when} UTC)',
    'deliveries.more': '…und {count} weitere.',
    'deliveries.help':
      '`not_in_channel` oder `channel_not_found`: Lade die App mit `/invite @Pathway` ein oder wähle einen anderen Channel in `/pathway admin settings`. `missing_scope`: Installiere die App neu. Nachrichteninhalte werden hier nie angezeigt.',
  },
});
