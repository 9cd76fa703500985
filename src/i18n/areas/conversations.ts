/** Messages of development conversations, feedback, thanks and the team view (with the manager link). */
import { defineMessages } from '../messages.js';

export const conversationsMessages = defineMessages({
  en: {
    'conversations.modal.cancel': 'Cancel',
    'conversations.modal.ok': 'OK',
    // Feedback
    'feedback.level.1': 'not yet',
    'feedback.level.2': 'emerging',
    'feedback.level.3': 'consistent',
    'feedback.level.4': 'role model',
    'feedback.level.unseen': 'haven’t seen it',
    'feedback.levelCount': '{count} {level}',
    'feedback.askButton': 'Ask colleagues for feedback',
    'feedback.askButton.label': 'Ask colleagues for feedback on your readiness signals',
    'feedback.ask.intro':
      'Ask colleagues who have seen your work how they see the signals of *{goal}*. Each gets a short DM with the signals you tick (not your goal role) and answers on the same scale as your check-in, or says they haven’t seen it. Only you and your manager see the answers: by name only if the colleague agrees, otherwise counted together once {min} colleagues answered a signal.',
    'feedback.ask.colleagues': 'Colleagues to ask',
    'feedback.ask.colleaguesHint':
      '{waiting} of your requests wait for an answer; up to {max} can wait at once, so you can ask {room} more now. Unanswered requests close quietly after {days} days.',
    'feedback.ask.signals': 'Signals to ask about',
    'feedback.ask.title': 'Ask for feedback',
    'feedback.send': 'Send',
    'feedback.asked.asked':
      ':incoming_envelope: Asked {names}. Each gets a DM now and one reminder in a few days if they haven’t answered. Their answers show beside your ratings in `/pathway` and on Home.',
    'feedback.asked.alreadyWaiting':
      '{names} already {count, plural, one {has a request} other {have a request}} from you waiting, so they were not asked again.',
    'feedback.asked.title': 'Feedback requested',
    'feedback.dm.intro': ':wave: {who} would value your view on how they show these signals:',
    'feedback.dm.introReminder': ':wave: A reminder: {who} would value your view on how they show these signals:',
    'feedback.dm.text':
      '{who} asks for your view on {count, plural, one {# readiness signal} other {# readiness signals}}',
    'feedback.dm.textReminder':
      'A reminder: {who} asks for your view on {count, plural, one {# readiness signal} other {# readiness signals}}',
    'feedback.dm.answer': 'Answer',
    'feedback.dm.answerLabel': 'Answer the feedback request',
    'feedback.dm.context':
      'It takes a minute; “I haven’t seen this” is a fine answer. Only they and their manager see your answer, with your name only if you tick the box. Open until {date}; no answer is fine too.',
    'feedback.choice.1': 'Not yet',
    'feedback.choice.2': 'Emerging',
    'feedback.choice.3': 'Consistent',
    'feedback.choice.4': 'Role model',
    'feedback.choice.unseen': 'I haven’t seen this',
    'feedback.scale.1': 'When it mattered, they did not do this yet.',
    'feedback.scale.2': 'Sometimes, or with help.',
    'feedback.scale.3': 'Regularly, without being asked.',
    'feedback.scale.4': 'Others learn how to do it from them.',
    'feedback.scale.unseen': 'I haven’t seen this (we have not worked where it would show).',
    'feedback.answer.intro': 'How do you see {who} show these signals? Answer from what you have seen yourself.',
    'feedback.answer.seen': 'What you have seen',
    'feedback.answer.moment': 'A moment that shows it',
    'feedback.answer.named': 'Show my name with my answer',
    'feedback.answer.nameLabel': 'Your name',
    'feedback.answer.nameHint':
      'Ticked: they and their manager see your name, rating and comment. Not ticked: your answer is counted together with other colleagues’ (comments without names), shown once {min} or more answered a signal. That is not full anonymity: someone who compares the counts before and after your answer may tell yours apart. You only ever see your own answer.',
    'feedback.answer.title': 'Your view',
    'feedback.answer.saveChanges': 'Save changes',
    'feedback.answer.pickLevel': 'Pick a level, or “I haven’t seen this”.',
    'feedback.answer.tooLong': 'Keep it under {max} characters.',
    'feedback.answered.named': 'with your name',
    'feedback.answered.together':
      'counted together with other colleagues’ answers (shown once {min} answered a signal)',
    'feedback.answered.sent':
      ':white_check_mark: Sent. {who} and their manager see your answer {shown}. Press *Answer* in the DM again to change it.',
    'feedback.answered.saved':
      ':white_check_mark: Saved. {who} and their manager see your answer {shown}. Press *Answer* in the DM again to change it.',
    'feedback.answered.thanks': 'Thank you',
    'feedback.answered.changed': 'Answer changed',
    'feedback.answeredNotice.named':
      ':speech_balloon: {who} answered your feedback request. Their answer shows beside your ratings: type `/pathway` or open Home.',
    'feedback.answeredNotice.anonymous':
      ':speech_balloon: A colleague you asked answered your feedback request. Anonymous answers show beside your ratings once {min} colleagues answered a signal: type `/pathway` or open Home.',
    'feedback.summary': ' · colleagues: {spread}',
    'feedback.lines.header': '_Colleagues’ view_',
    'feedback.lines.together': '• Together: {levels}',
    'feedback.lines.heldBack':
      '• {count} answer kept back until another colleague answers this signal (answers without names are only shown together)',
    'feedback.waiting': ':hourglass_flowing_sand: Feedback asked, no answer yet: {list}',
    'feedback.closed':
      'This request closed two weeks after it was sent, so it no longer takes answers. If you still want to share your view, tell them directly.',
    'feedback.error.pickColleague': 'Pick at least one colleague to ask.',
    'feedback.error.pickSignal': 'Tick at least one signal to ask about.',
    'feedback.error.app': '{who} is an app, not a person: pick colleagues who have seen your work.',
    'feedback.error.deactivated': '{who} is a deactivated account: pick colleagues who have seen your work.',
    'feedback.error.noSignal':
      'Your goal role has {count} signals, so there is no signal {numbers}. They are: {list}. For example `/pathway feedback @Sam 1`.',
    // Thanks
    'thanks.form.intro':
      'Your thanks goes to them in a DM and into their wins log, where they and their manager see it as evidence. It reaches a channel only if they choose to share it. Thanks are never counted or ranked.',
    'thanks.form.to': 'Who to thank',
    'thanks.form.reason': 'Thanks for…',
    'thanks.form.reasonHint': 'What they did, in a line: “running the Q3 workshop”.',
    'thanks.form.signals': 'The signal it shows',
    'thanks.form.signalsHint': 'Kept on their readiness case when it is a signal of the role they are working towards.',
    'thanks.form.title': 'Say thanks',
    'thanks.form.submit': 'Send thanks',
    'thanks.dm.shows': '_Shows: {titles}_',
    'thanks.dm.link': 'The message',
    'thanks.dm.kept': 'It is in your wins log (`/pathway wins`), where you and your manager see it as evidence.',
    'thanks.dm.notKept': 'Start a pathway with `/pathway plan` to keep thanks like this as evidence.',
    'thanks.dm.text': ':pray: {who} thanked you for: {reason}',
    'thanks.sent':
      ':pray: Thanks sent to {who}. Pathway sends them your thanks in a DM and keeps it in their wins log when they are on a pathway. It goes to a channel only if they choose to share it.',
    'thanks.sent.title': 'Thanks sent',
    'thanks.error.pickPerson': 'Pick the person to thank.',
    'thanks.error.reason': 'Say in a line what you thank them for.',
    'thanks.error.formApp': 'That is an app, not a person: pick the colleague to thank.',
    'thanks.error.formDeactivated': 'That account is deactivated: pick someone who is still here.',
    'thanks.error.app':
      'That is an app, not a person. Mention the colleague you want to thank, for example `/pathway thanks @Ana for running the Q3 workshop`.',
    'thanks.error.deactivated':
      'That account is deactivated, so nobody would read your thanks. Mention someone who is still here.',
  },
  es: {
    'conversations.modal.cancel': 'Cancelar',
    'conversations.modal.ok': 'Entendido',
    // Feedback
    'feedback.level.1': 'todavía no',
    'feedback.level.2': 'en desarrollo',
    'feedback.level.3': 'constante',
    'feedback.level.4': 'referente',
    'feedback.level.unseen': 'no lo ha visto',
    'feedback.levelCount': '{count} {level}',
    'feedback.askButton': 'Pedir opinión a colegas',
    'feedback.askButton.label': 'Pedir a colegas su opinión sobre tus señales de preparación',
    'feedback.ask.intro':
      'Pregunta a colegas que han visto tu trabajo cómo ven las señales de *{goal}*. Cada uno recibe un mensaje directo breve con las señales que marques (no tu puesto objetivo) y responde con la misma escala que tu check-in, o indica que no lo ha visto. Solo tú y tu responsable ven las respuestas: con nombre solo si el colega lo acepta; si no, contadas en conjunto cuando {min} colegas hayan respondido a una señal.',
    'feedback.ask.colleagues': 'Colegas a quienes preguntar',
    'feedback.ask.colleaguesHint':
      '{waiting, plural, one {# de tus solicitudes espera} other {# de tus solicitudes esperan}} respuesta; pueden esperar hasta {max} a la vez, así que ahora puedes preguntar a {room} más. Las solicitudes sin respuesta se cierran sin aviso tras {days} días.',
    'feedback.ask.signals': 'Señales sobre las que preguntar',
    'feedback.ask.title': 'Pedir opinión',
    'feedback.send': 'Enviar',
    'feedback.asked.asked':
      ':incoming_envelope: Preguntaste a {names}. Cada uno recibe ahora un mensaje directo y, si no responde, un recordatorio dentro de unos días. Sus respuestas aparecen junto a tus valoraciones en `/pathway` y en Inicio.',
    'feedback.asked.alreadyWaiting':
      '{names} ya {count, plural, one {tiene una solicitud tuya pendiente, así que no se le preguntó} other {tienen una solicitud tuya pendiente, así que no se les preguntó}} de nuevo.',
    'feedback.asked.title': 'Opinión solicitada',
    'feedback.dm.intro': ':wave: A {who} le gustaría saber cómo ves que muestra estas señales:',
    'feedback.dm.introReminder':
      ':wave: Un recordatorio: a {who} le gustaría saber cómo ves que muestra estas señales:',
    'feedback.dm.text':
      '{who} te pide tu opinión sobre {count, plural, one {# señal de preparación} other {# señales de preparación}}',
    'feedback.dm.textReminder':
      'Un recordatorio: {who} te pide tu opinión sobre {count, plural, one {# señal de preparación} other {# señales de preparación}}',
    'feedback.dm.answer': 'Responder',
    'feedback.dm.answerLabel': 'Responder a la solicitud de opinión',
    'feedback.dm.context':
      'Lleva un minuto; «No lo he visto» es una buena respuesta. Solo esa persona y su responsable ven tu respuesta, con tu nombre solo si marcas la casilla. Abierta hasta el {date}; no responder también está bien.',
    'feedback.choice.1': 'Todavía no',
    'feedback.choice.2': 'En desarrollo',
    'feedback.choice.3': 'Constante',
    'feedback.choice.4': 'Referente',
    'feedback.choice.unseen': 'No lo he visto',
    'feedback.scale.1': 'Cuando importaba, todavía no lo hizo.',
    'feedback.scale.2': 'A veces, o con ayuda.',
    'feedback.scale.3': 'Con regularidad, sin que se lo pidan.',
    'feedback.scale.4': 'Otras personas aprenden de ella a hacerlo.',
    'feedback.scale.unseen': 'No lo he visto (no hemos trabajado donde se notaría).',
    'feedback.answer.intro': '¿Cómo ves que {who} muestra estas señales? Responde según lo que hayas visto tú.',
    'feedback.answer.seen': 'Lo que viste',
    'feedback.answer.moment': 'Un momento que lo muestre',
    'feedback.answer.named': 'Mostrar mi nombre con mi respuesta',
    'feedback.answer.nameLabel': 'Tu nombre',
    'feedback.answer.nameHint':
      'Marcada: esa persona y su responsable ven tu nombre, tu valoración y tu comentario. Sin marcar: tu respuesta se cuenta junto con las de otros colegas (comentarios sin nombre) y se muestra cuando {min} o más hayan respondido a una señal. No es anonimato total: quien compare los recuentos antes y después de tu respuesta podría distinguir la tuya. Tú solo ves tu propia respuesta.',
    'feedback.answer.title': 'Tu opinión',
    'feedback.answer.saveChanges': 'Guardar cambios',
    'feedback.answer.pickLevel': 'Elige un nivel, o «No lo he visto».',
    'feedback.answer.tooLong': 'Mantenlo por debajo de {max} caracteres.',
    'feedback.answered.named': 'con tu nombre',
    'feedback.answered.together':
      'contada junto con las respuestas de otros colegas (se muestra cuando {min} hayan respondido a una señal)',
    'feedback.answered.sent':
      ':white_check_mark: Enviada. {who} y su responsable ven tu respuesta {shown}. Pulsa *Responder* en el mensaje directo otra vez para cambiarla.',
    'feedback.answered.saved':
      ':white_check_mark: Guardada. {who} y su responsable ven tu respuesta {shown}. Pulsa *Responder* en el mensaje directo otra vez para cambiarla.',
    'feedback.answered.thanks': 'Gracias',
    'feedback.answered.changed': 'Respuesta cambiada',
    'feedback.answeredNotice.named':
      ':speech_balloon: {who} respondió a tu solicitud de opinión. Su respuesta aparece junto a tus valoraciones: escribe `/pathway` o abre Inicio.',
    'feedback.answeredNotice.anonymous':
      ':speech_balloon: Un colega al que preguntaste respondió a tu solicitud de opinión. Las respuestas anónimas aparecen junto a tus valoraciones cuando {min} colegas hayan respondido a una señal: escribe `/pathway` o abre Inicio.',
    'feedback.summary': ' · colegas: {spread}',
    'feedback.lines.header': '_La opinión de tus colegas_',
    'feedback.lines.together': '• En conjunto: {levels}',
    'feedback.lines.heldBack':
      '• {count, plural, one {# respuesta retenida} other {# respuestas retenidas}} hasta que otro colega responda a esta señal (las respuestas sin nombre solo se muestran en conjunto)',
    'feedback.waiting': ':hourglass_flowing_sand: Opinión pedida, aún sin respuesta: {list}',
    'feedback.closed':
      'Esta solicitud se cerró dos semanas después de enviarse, así que ya no admite respuestas. Si aún quieres dar tu opinión, díselo directamente.',
    'feedback.error.pickColleague': 'Elige al menos un colega a quien preguntar.',
    'feedback.error.pickSignal': 'Marca al menos una señal sobre la que preguntar.',
    'feedback.error.app': '{who} es una app, no una persona: elige colegas que hayan visto tu trabajo.',
    'feedback.error.deactivated': '{who} es una cuenta desactivada: elige colegas que hayan visto tu trabajo.',
    'feedback.error.noSignal':
      'Tu puesto objetivo tiene {count} señales, así que no existe la señal {numbers}. Son: {list}. Por ejemplo, `/pathway feedback @Sam 1`.',
    // Thanks
    'thanks.form.intro':
      'Tu agradecimiento le llega en un mensaje directo y queda en su registro de logros, donde esa persona y su responsable lo ven como evidencia. Solo llega a un canal si esa persona decide compartirlo. Los agradecimientos nunca se cuentan ni se clasifican.',
    'thanks.form.to': 'A quién agradecer',
    'thanks.form.reason': 'Gracias por…',
    'thanks.form.reasonHint': 'Lo que hizo, en una línea: «dirigir el taller del tercer trimestre».',
    'thanks.form.signals': 'La señal que muestra',
    'thanks.form.signalsHint': 'Se guarda en su caso de preparación cuando es una señal del puesto al que aspira.',
    'thanks.form.title': 'Dar las gracias',
    'thanks.form.submit': 'Enviar agradecimiento',
    'thanks.dm.shows': '_Muestra: {titles}_',
    'thanks.dm.link': 'El mensaje',
    'thanks.dm.kept':
      'Está en tu registro de logros (`/pathway wins`), donde tú y tu responsable lo ven como evidencia.',
    'thanks.dm.notKept':
      'Empieza una trayectoria con `/pathway plan` para guardar agradecimientos como este como evidencia.',
    'thanks.dm.text': ':pray: {who} te dio las gracias por: {reason}',
    'thanks.sent':
      ':pray: Agradecimiento enviado a {who}. Pathway le envía tu agradecimiento en un mensaje directo y lo guarda en su registro de logros si sigue una trayectoria. Solo llega a un canal si esa persona decide compartirlo.',
    'thanks.sent.title': 'Agradecimiento enviado',
    'thanks.error.pickPerson': 'Elige a la persona a quien agradecer.',
    'thanks.error.reason': 'Di en una línea por qué le das las gracias.',
    'thanks.error.formApp': 'Es una app, no una persona: elige al colega a quien agradecer.',
    'thanks.error.formDeactivated': 'Esa cuenta está desactivada: elige a alguien que siga aquí.',
    'thanks.error.app':
      'Es una app, no una persona. Menciona al colega a quien quieres agradecer, por ejemplo `/pathway thanks @Ana for running the Q3 workshop`.',
    'thanks.error.deactivated':
      'Esa cuenta está desactivada, así que nadie leería tu agradecimiento. Menciona a alguien que siga aquí.',
  },
  de: {
    'conversations.modal.cancel': 'Abbrechen',
    'conversations.modal.ok': 'Verstanden',
    // Feedback
    'feedback.level.1': 'noch nicht',
    'feedback.level.2': 'im Aufbau',
    'feedback.level.3': 'beständig',
    'feedback.level.4': 'Vorbild',
    'feedback.level.unseen': 'nicht gesehen',
    'feedback.levelCount': '{count} × {level}',
    'feedback.askButton': 'Kolleg:innen um Feedback bitten',
    'feedback.askButton.label': 'Kolleg:innen um Feedback zu deinen Bereitschaftssignalen bitten',
    'feedback.ask.intro':
      'Frag Kolleg:innen, die deine Arbeit kennen, wie sie die Signale von *{goal}* bei dir sehen. Alle bekommen eine kurze Direktnachricht mit den Signalen, die du ankreuzt (nicht deine Zielrolle), und antworten auf derselben Skala wie dein Check-in – oder sagen, dass sie es nicht gesehen haben. Nur du und deine Führungskraft sehen die Antworten: mit Namen nur, wenn die Person zustimmt, sonst zusammengezählt, sobald {min} Kolleg:innen zu einem Signal geantwortet haben.',
    'feedback.ask.colleagues': 'Wen fragen',
    'feedback.ask.colleaguesHint':
      '{waiting} deiner Anfragen {waiting, plural, one {wartet auf} other {warten auf}} eine Antwort; höchstens {max} können gleichzeitig warten, du kannst jetzt also noch {room} fragen. Unbeantwortete Anfragen schließen nach {days} Tagen still.',
    'feedback.ask.signals': 'Signale, zu denen du fragst',
    'feedback.ask.title': 'Um Feedback bitten',
    'feedback.send': 'Senden',
    'feedback.asked.asked':
      ':incoming_envelope: Gefragt: {names}. Alle bekommen jetzt eine Direktnachricht und, ohne Antwort, in ein paar Tagen eine Erinnerung. Ihre Antworten stehen neben deinen Einschätzungen in `/pathway` und auf der Startseite.',
    'feedback.asked.alreadyWaiting':
      '{names} {count, plural, one {hat schon eine offene Anfrage von dir und wurde} other {haben schon eine offene Anfrage von dir und wurden}} deshalb nicht noch einmal gefragt.',
    'feedback.asked.title': 'Feedback angefragt',
    'feedback.dm.intro': ':wave: {who} bittet um deine Sicht: Wie zeigt diese Person die folgenden Signale?',
    'feedback.dm.introReminder':
      ':wave: Eine Erinnerung: {who} bittet um deine Sicht: Wie zeigt diese Person die folgenden Signale?',
    'feedback.dm.text':
      '{who} bittet dich um deine Sicht auf {count, plural, one {# Bereitschaftssignal} other {# Bereitschaftssignale}}',
    'feedback.dm.textReminder':
      'Eine Erinnerung: {who} bittet dich um deine Sicht auf {count, plural, one {# Bereitschaftssignal} other {# Bereitschaftssignale}}',
    'feedback.dm.answer': 'Antworten',
    'feedback.dm.answerLabel': 'Auf die Feedback-Anfrage antworten',
    'feedback.dm.context':
      'Es dauert eine Minute; „Nicht gesehen“ ist eine gute Antwort. Nur die Person und ihre Führungskraft sehen deine Antwort, mit deinem Namen nur, wenn du das Kästchen ankreuzt. Offen bis {date}; keine Antwort ist auch in Ordnung.',
    'feedback.choice.1': 'Noch nicht',
    'feedback.choice.2': 'Im Aufbau',
    'feedback.choice.3': 'Beständig',
    'feedback.choice.4': 'Vorbild',
    'feedback.choice.unseen': 'Nicht gesehen',
    'feedback.scale.1': 'Als es darauf ankam, noch nicht gezeigt.',
    'feedback.scale.2': 'Manchmal, oder mit Hilfe.',
    'feedback.scale.3': 'Regelmäßig, ohne dass jemand fragt.',
    'feedback.scale.4': 'Andere lernen es von dieser Person.',
    'feedback.scale.unseen': 'Nicht gesehen (wir haben nicht dort zusammengearbeitet, wo es sich zeigt).',
    'feedback.answer.intro':
      'Wie zeigt {who} diese Signale aus deiner Sicht? Antworte nach dem, was du selbst gesehen hast.',
    'feedback.answer.seen': 'Was du gesehen hast',
    'feedback.answer.moment': 'Ein Moment, der es zeigt',
    'feedback.answer.named': 'Meinen Namen mit meiner Antwort zeigen',
    'feedback.answer.nameLabel': 'Dein Name',
    'feedback.answer.nameHint':
      'Angekreuzt: Die Person und ihre Führungskraft sehen deinen Namen, deine Einschätzung und deinen Kommentar. Nicht angekreuzt: Deine Antwort wird mit denen anderer Kolleg:innen zusammengezählt (Kommentare ohne Namen) und gezeigt, sobald {min} oder mehr zu einem Signal geantwortet haben. Das ist keine volle Anonymität: Wer die Zahlen vor und nach deiner Antwort vergleicht, kann deine erkennen. Du selbst siehst immer nur deine eigene Antwort.',
    'feedback.answer.title': 'Deine Sicht',
    'feedback.answer.saveChanges': 'Änderungen speichern',
    'feedback.answer.pickLevel': 'Wähle eine Stufe oder „Nicht gesehen“.',
    'feedback.answer.tooLong': 'Bleib unter {max} Zeichen.',
    'feedback.answered.named': 'mit deinem Namen',
    'feedback.answered.together':
      'zusammengezählt mit den Antworten anderer Kolleg:innen (gezeigt, sobald {min} zu einem Signal geantwortet haben)',
    'feedback.answered.sent':
      ':white_check_mark: Gesendet. {who} und die Führungskraft sehen deine Antwort {shown}. Drück in der Direktnachricht noch einmal *Antworten*, um sie zu ändern.',
    'feedback.answered.saved':
      ':white_check_mark: Gespeichert. {who} und die Führungskraft sehen deine Antwort {shown}. Drück in der Direktnachricht noch einmal *Antworten*, um sie zu ändern.',
    'feedback.answered.thanks': 'Danke',
    'feedback.answered.changed': 'Antwort geändert',
    'feedback.answeredNotice.named':
      ':speech_balloon: {who} hat auf deine Feedback-Anfrage geantwortet. Die Antwort steht neben deinen Einschätzungen: Tippe `/pathway` oder öffne die Startseite.',
    'feedback.answeredNotice.anonymous':
      ':speech_balloon: Eine Person, die du gefragt hast, hat auf deine Feedback-Anfrage geantwortet. Anonyme Antworten stehen neben deinen Einschätzungen, sobald {min} Kolleg:innen zu einem Signal geantwortet haben: Tippe `/pathway` oder öffne die Startseite.',
    'feedback.summary': ' · Kolleg:innen: {spread}',
    'feedback.lines.header': '_Sicht der Kolleg:innen_',
    'feedback.lines.together': '• Zusammen: {levels}',
    'feedback.lines.heldBack':
      '• {count, plural, one {# Antwort zurückgehalten} other {# Antworten zurückgehalten}}, bis eine weitere Person zu diesem Signal antwortet (Antworten ohne Namen werden nur zusammen gezeigt)',
    'feedback.waiting': ':hourglass_flowing_sand: Feedback angefragt, noch keine Antwort: {list}',
    'feedback.closed':
      'Diese Anfrage wurde zwei Wochen nach dem Versand geschlossen und nimmt keine Antworten mehr an. Wenn du deine Sicht trotzdem teilen möchtest, sag es der Person direkt.',
    'feedback.error.pickColleague': 'Wähle mindestens eine Person, die du fragen möchtest.',
    'feedback.error.pickSignal': 'Kreuze mindestens ein Signal an, zu dem du fragst.',
    'feedback.error.app': '{who} ist eine App, keine Person: Wähle Kolleg:innen, die deine Arbeit kennen.',
    'feedback.error.deactivated': '{who} ist ein deaktiviertes Konto: Wähle Kolleg:innen, die deine Arbeit kennen.',
    'feedback.error.noSignal':
      'Deine Zielrolle hat {count} Signale, ein Signal {numbers} gibt es also nicht. Es sind: {list}. Zum Beispiel `/pathway feedback @Sam 1`.',
    // Thanks
    'thanks.form.intro':
      'Dein Dank erreicht die Person als Direktnachricht und landet in ihrem Erfolgsprotokoll, wo sie und ihre Führungskraft ihn als Nachweis sehen. In einen Kanal kommt er nur, wenn die Person ihn teilen möchte. Dank wird nie gezählt oder verglichen.',
    'thanks.form.to': 'Wem danken',
    'thanks.form.reason': 'Danke für…',
    'thanks.form.reasonHint': 'Was die Person getan hat, in einer Zeile: „den Workshop im dritten Quartal geleitet“.',
    'thanks.form.signals': 'Das Signal, das es zeigt',
    'thanks.form.signalsHint':
      'Wird in ihrer Bereitschaftsübersicht festgehalten, wenn es ein Signal der Rolle ist, auf die sie hinarbeitet.',
    'thanks.form.title': 'Danke sagen',
    'thanks.form.submit': 'Dank senden',
    'thanks.dm.shows': '_Zeigt: {titles}_',
    'thanks.dm.link': 'Die Nachricht',
    'thanks.dm.kept':
      'Er steht in deinem Erfolgsprotokoll (`/pathway wins`), wo du und deine Führungskraft ihn als Nachweis seht.',
    'thanks.dm.notKept': 'Starte einen Pfad mit `/pathway plan`, um solchen Dank als Nachweis festzuhalten.',
    'thanks.dm.text': ':pray: {who} dankt dir für: {reason}',
    'thanks.sent':
      ':pray: Dank an {who} gesendet. Pathway schickt der Person deinen Dank als Direktnachricht und hält ihn in ihrem Erfolgsprotokoll fest, wenn sie einen Pfad verfolgt. In einen Kanal kommt er nur, wenn sie ihn teilen möchte.',
    'thanks.sent.title': 'Dank gesendet',
    'thanks.error.pickPerson': 'Wähle die Person, der du danken möchtest.',
    'thanks.error.reason': 'Sag in einer Zeile, wofür du dankst.',
    'thanks.error.formApp': 'Das ist eine App, keine Person: Wähle die Person, der du danken möchtest.',
    'thanks.error.formDeactivated': 'Dieses Konto ist deaktiviert: Wähle jemanden, der noch hier ist.',
    'thanks.error.app':
      'Das ist eine App, keine Person. Erwähne die Person, der du danken möchtest, zum Beispiel `/pathway thanks @Ana for running the Q3 workshop`.',
    'thanks.error.deactivated':
      'Dieses Konto ist deaktiviert, niemand würde deinen Dank lesen. Erwähne jemanden, der noch hier ist.',
  },
});
