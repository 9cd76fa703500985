/** Messages of plans, goals, suggestions and roles. */
import { defineMessages } from '../messages.js';

export const planMessages = defineMessages({
  en: {
    // The plan modal (`/pathway plan`) and what follows it
    'plan.otherRoles': 'Other roles',
    'plan.role.label': 'Your role today',
    'plan.role.placeholder': 'Pick the role closest to what you do',
    'plan.goal.pickRoleFirst': 'Pick your role today to see where you can go from it.',
    'plan.goal.noMoves': 'This framework has no moves from *{role}* yet. Pick another role, or ask your Pathway admin.',
    'plan.goal.option': '{move, select, ladder {Step up} other {Move across}}: {role}',
    'plan.goal.label': 'Where you want to go',
    'plan.goal.hint': 'A step up the ladder, or a move across to a neighbouring role.',
    'plan.goal.placeholder': 'Pick your goal role',
    'plan.target.label': 'Target date',
    'plan.target.hint': 'When you would like to be ready. Changing it spreads the dates below again.',
    'plan.target.placeholder': 'Pick a date',
    'plan.timing.throughout': '{kind} · runs throughout, from {date}',
    'plan.timing.from': '{kind} · from {date}',
    'plan.suggested.label': 'Suggested milestones for {goal}',
    'plan.suggested.more': 'More suggestions',
    'plan.suggested.hint':
      'Untick the ones you don’t want. Each one’s due date is beside it below, spread from today to your target: change any.',
    'plan.suggested.due': 'Due date',
    'plan.own.label': 'Add your own',
    'plan.own.hint':
      'One a line, up to {max}, each with “by” and a date if you like (without one it is due on your target date). Kind, link and more: Edit on Home; more milestones later with /pathway add.',
    'plan.own.placeholder': 'Shadow a stakeholder workshop by 31 March',
    'plan.intro.new':
      'Pick where you want to go and by when. Pathway suggests milestones from your career framework: keep, drop or re-date them, and add your own.',
    'plan.intro.keptOwn': '{count, plural, one {your # own milestone} other {your # own milestones}}',
    'plan.intro.keptDone': 'the {count} done',
    'plan.intro.replacingKeeps':
      '*Changing your plan:* this starts from your current one. With the same goal, saving updates it in place: {kept} stay as they are. A new goal starts a new plan (the current one stays in your history) and takes your own open milestones along. To move only the target date: `/pathway target <date>`.',
    'plan.intro.replacing':
      '*Changing your plan:* this starts from your current one. With the same goal, saving updates it in place: nothing is lost. A new goal starts a new plan (the current one stays in your history) and takes your own open milestones along. To move only the target date: `/pathway target <date>`.',
    'plan.modal.title': 'Plan your pathway',
    'plan.modal.submit': 'Save plan',
    'plan.modal.cancel': 'Cancel',
    'plan.staleGoal': 'The suggestions below are still refreshing for this goal: pick it again, then save.',
    'plan.problem.pickFrom': 'Pick the role you have today.',
    'plan.problem.pickGoal': 'Pick a goal from the list: these are the moves from {role}.',
    'plan.problem.pickTarget': 'Pick a target date after today ({todayDate}).',
    'plan.problem.tooManyLines': 'Add up to {max} here (you have {count}); add the rest later with /pathway add.',
    'plan.problem.keepOne': 'Keep at least one suggested milestone, or add one of your own below.',
    'plan.problem.afterTarget':
      '{dueDate} is after your target date ({targetDate}): pick an earlier date or a later target',
    'plan.problem.name.template': '“{title}”',
    'plan.problem.name.only': 'Your milestone',
    'plan.problem.name.line': 'Line {line}',
    'plan.saved.text':
      'Your plan is saved: {goal} by {date}, with {count, plural, one {# milestone} other {# milestones}}.',
    'plan.saved.body':
      ':world_map: Your plan is saved: *{goal}* by {date}, with {count, plural, one {# milestone} other {# milestones}}.',
    'plan.saved.own': 'Your own:',
    'plan.saved.ownLine': '• {title}, due {date}',
    'plan.saved.footer':
      'Your *Home* tab lists them with buttons to mark done, move or edit. `/pathway done 1` works too.',
    'plan.target.moved':
      ':dart: Target moved from {from} to {to}. {count, plural, one {# open milestone was} other {# open milestones were}} re-dated to fit.',
    'plan.target.leftAlone':
      '{count, plural, one {# date you set yourself was} other {# dates you set yourself were}} left as they are: add `all` to move them too.',

    // Goal moves: "I moved into this role" and its confirmation
    'goals.confirmLabel': '{label}: confirm the move into the goal role',
    'goals.confirmMove': 'Confirm the move',
    'goals.notYet': 'Not yet',
    'goals.notYetLabel': 'Not yet: the move into the goal role has not happened',
    'goals.propose.button': 'They moved into this role',
    'goals.propose.label': 'They moved into this role: {title}',
    'goals.propose.confirmTitle': 'Goal reached?',
    'goals.propose.confirmText':
      'Have they moved into {goal}? They are asked to confirm it; open milestones then close as not needed.',
    'goals.propose.confirm': 'Yes, ask them',
    'goals.request.sentence':
      '{confirmer, select, person {:raised_hands: *{proposer} says you have moved into {goal}.* Confirm it and the goal is reached; it is then counted as a move and, if you like, celebrated.} admin {:raised_hands: *{who} says they have moved into {goal}.* They have no manager in Pathway, so a Pathway admin confirms moves for them. Confirm it once you know the move is real.} other {:raised_hands: *{who} says they have moved into {goal}.* As their manager, confirm it and it is counted as a move and, with their consent, celebrated.}}',
    'goals.request.open':
      '{count, plural, =0 {Every milestone is done.} one {# milestone is still open and would close as not needed.} other {# milestones are still open and would close as not needed.}}',
    'goals.request.textPerson': 'Your manager says you have moved into {goal}.',
    'goals.request.text': '{who} says they have moved into {goal}. Please confirm.',
    'goals.answered.confirmedToPerson':
      ':trophy: {by} confirmed your move into {goal}. Congratulations! This pathway is in your history; plan your next step with `/pathway plan` when you are ready.',
    'goals.answered.notYetToPerson':
      ':speech_balloon: {by} did not confirm your move into {goal} yet. Talk with them about what is still missing; your plan stays as it is.',
    'goals.answered.confirmedToProposer': ':trophy: {who} confirmed their move into {goal}.',
    'goals.answered.notYetToProposer':
      ':speech_balloon: {who} says they have not moved into {goal} yet. Their plan stays as it is.',
    'goals.proposed.forReport':
      ':hourglass_flowing_sand: I asked {who} to confirm their move into {goal}. You will hear back in a DM.',
    'goals.proposed.manager':
      ':hourglass_flowing_sand: I asked your manager {manager} to confirm your move into {goal}. Once they do, it counts as reached (and can be celebrated); you get a DM either way.',
    'goals.proposed.admin':
      ':hourglass_flowing_sand: I asked a Pathway admin (you have no manager in Pathway) to confirm your move into {goal}. Once they do, it counts as reached (and can be celebrated); you get a DM either way.',
    'goals.answer.confirmedByPerson':
      ':trophy: Congratulations on your move to {goal}!{closed, plural, =0 {} one { # open milestone closed as not needed.} other { # open milestones closed as not needed.}} This pathway is kept in your history. When you are ready, plan your next step with `/pathway plan`.',
    'goals.answer.notYetByPerson': 'OK, not yet. Your plan towards {goal} stays as it is.',
    'goals.answer.confirmed':
      ':white_check_mark: Confirmed: {who} moved into {goal}.{closed, plural, =0 {} one { # open milestone closed as not needed.} other { # open milestones closed as not needed.}} They have been told.',
    'goals.answer.notYet': 'You did not confirm {who}’s move into {goal} yet. They have been told.',
  },
  es: {
    'plan.otherRoles': 'Otros roles',
    'plan.role.label': 'Tu rol hoy',
    'plan.role.placeholder': 'Elige el rol más cercano a lo que haces',
    'plan.goal.pickRoleFirst': 'Elige tu rol actual para ver adónde puedes ir desde él.',
    'plan.goal.noMoves':
      'Este marco aún no tiene cambios desde *{role}*. Elige otro rol o pregunta a tu admin de Pathway.',
    'plan.goal.option': '{move, select, ladder {Paso arriba} other {Cambio lateral}}: {role}',
    'plan.goal.label': 'Adónde quieres ir',
    'plan.goal.hint': 'Un paso arriba en la escalera, o un cambio lateral a un rol vecino.',
    'plan.goal.placeholder': 'Elige tu rol objetivo',
    'plan.target.label': 'Fecha objetivo',
    'plan.target.hint': 'Cuándo te gustaría estar preparado. Si la cambias, las fechas de abajo se reparten de nuevo.',
    'plan.target.placeholder': 'Elige una fecha',
    'plan.timing.throughout': '{kind} · durante todo el plan, desde el {date}',
    'plan.timing.from': '{kind} · desde el {date}',
    'plan.suggested.label': 'Hitos sugeridos para {goal}',
    'plan.suggested.more': 'Más sugerencias',
    'plan.suggested.hint':
      'Desmarca los que no quieras. La fecha límite de cada uno está a su lado, abajo, repartida de hoy a tu objetivo: cambia la que quieras.',
    'plan.suggested.due': 'Fecha límite',
    'plan.own.label': 'Añade los tuyos',
    'plan.own.hint':
      'Uno por línea, hasta {max}, cada uno con “by” y una fecha si quieres (sin ella vence en tu fecha objetivo). Tipo, enlace y más: Editar en Inicio; más hitos después con /pathway add.',
    'plan.own.placeholder': 'Observar un taller con clientes by 31 March',
    'plan.intro.new':
      'Elige adónde quieres ir y para cuándo. Pathway sugiere hitos de tu marco de carrera: quédate con ellos, quítalos o cambia sus fechas, y añade los tuyos.',
    'plan.intro.keptOwn': '{count, plural, one {tu hito propio} other {tus # hitos propios}}',
    'plan.intro.keptDone': '{count, plural, one {el hito hecho} other {los # hechos}}',
    'plan.intro.replacingKeeps':
      '*Cambiar tu plan:* partes de tu plan actual. Con el mismo objetivo, al guardar se actualiza tal cual: {kept} se quedan como están. Un objetivo nuevo empieza un plan nuevo (el actual queda en tu historial) y se lleva tus hitos propios abiertos. Para mover solo la fecha objetivo: `/pathway target <date>`.',
    'plan.intro.replacing':
      '*Cambiar tu plan:* partes de tu plan actual. Con el mismo objetivo, al guardar se actualiza tal cual: no se pierde nada. Un objetivo nuevo empieza un plan nuevo (el actual queda en tu historial) y se lleva tus hitos propios abiertos. Para mover solo la fecha objetivo: `/pathway target <date>`.',
    'plan.modal.title': 'Planifica tu trayectoria',
    'plan.modal.submit': 'Guardar plan',
    'plan.modal.cancel': 'Cancelar',
    'plan.staleGoal':
      'Las sugerencias de abajo aún se están actualizando para este objetivo: elígelo otra vez y guarda.',
    'plan.problem.pickFrom': 'Elige el rol que tienes hoy.',
    'plan.problem.pickGoal': 'Elige un objetivo de la lista: estos son los cambios posibles desde {role}.',
    'plan.problem.pickTarget': 'Elige una fecha objetivo posterior a hoy ({todayDate}).',
    'plan.problem.tooManyLines': 'Añade hasta {max} aquí (tienes {count}); añade el resto después con /pathway add.',
    'plan.problem.keepOne': 'Quédate con al menos un hito sugerido, o añade uno propio abajo.',
    'plan.problem.afterTarget':
      '{dueDate} es posterior a tu fecha objetivo ({targetDate}): elige una fecha anterior o una fecha objetivo posterior',
    'plan.problem.name.template': '«{title}»',
    'plan.problem.name.only': 'Tu hito',
    'plan.problem.name.line': 'Línea {line}',
    'plan.saved.text':
      'Tu plan está guardado: {goal} para el {date}, con {count, plural, one {# hito} other {# hitos}}.',
    'plan.saved.body':
      ':world_map: Tu plan está guardado: *{goal}* para el {date}, con {count, plural, one {# hito} other {# hitos}}.',
    'plan.saved.own': 'Los tuyos:',
    'plan.saved.ownLine': '• {title}, vence el {date}',
    'plan.saved.footer':
      'Tu pestaña *Inicio* los muestra con botones para marcarlos como hechos, moverlos o editarlos. `/pathway done 1` también funciona.',
    'plan.target.moved':
      ':dart: Fecha objetivo movida del {from} al {to}. {count, plural, one {# hito abierto cambió de fecha} other {# hitos abiertos cambiaron de fecha}} para encajar.',
    'plan.target.leftAlone':
      '{count, plural, one {# fecha que pusiste tú se queda} other {# fechas que pusiste tú se quedan}} como están: añade `all` para moverlas también.',

    'goals.confirmLabel': '{label}: confirmar el cambio al rol objetivo',
    'goals.confirmMove': 'Confirmar el cambio',
    'goals.notYet': 'Todavía no',
    'goals.notYetLabel': 'Todavía no: el cambio al rol objetivo aún no ha ocurrido',
    'goals.propose.button': 'Ya está en este rol',
    'goals.propose.label': 'Ya está en este rol: {title}',
    'goals.propose.confirmTitle': '¿Objetivo alcanzado?',
    'goals.propose.confirmText':
      '¿Ya está en {goal}? Se le pide que lo confirme; después los hitos abiertos se cierran como ya no necesarios.',
    'goals.propose.confirm': 'Sí, pídeselo',
    'goals.request.sentence':
      '{confirmer, select, person {:raised_hands: *{proposer} dice que ya estás en {goal}.* Confírmalo y el objetivo queda alcanzado; entonces cuenta como cambio y, si quieres, se celebra.} admin {:raised_hands: *{who} dice que ya está en {goal}.* No tiene responsable en Pathway, así que un admin de Pathway confirma sus cambios. Confírmalo cuando sepas que el cambio es real.} other {:raised_hands: *{who} dice que ya está en {goal}.* Como su responsable, confírmalo y cuenta como cambio y, con su consentimiento, se celebra.}}',
    'goals.request.open':
      '{count, plural, =0 {Todos los hitos están hechos.} one {# hito sigue abierto y se cerraría como ya no necesario.} other {# hitos siguen abiertos y se cerrarían como ya no necesarios.}}',
    'goals.request.textPerson': 'Tu responsable dice que ya estás en {goal}.',
    'goals.request.text': '{who} dice que ya está en {goal}. Confírmalo, por favor.',
    'goals.answered.confirmedToPerson':
      ':trophy: {by} confirmó tu cambio a {goal}. ¡Enhorabuena! Esta trayectoria está en tu historial; planifica tu siguiente paso con `/pathway plan` cuando quieras.',
    'goals.answered.notYetToPerson':
      ':speech_balloon: {by} aún no confirmó tu cambio a {goal}. Habla con esa persona sobre lo que falta; tu plan sigue como está.',
    'goals.answered.confirmedToProposer': ':trophy: {who} confirmó su cambio a {goal}.',
    'goals.answered.notYetToProposer':
      ':speech_balloon: {who} dice que aún no está en {goal}. Su plan sigue como está.',
    'goals.proposed.forReport':
      ':hourglass_flowing_sand: Pedí a {who} que confirme su cambio a {goal}. Recibirás la respuesta por mensaje directo.',
    'goals.proposed.manager':
      ':hourglass_flowing_sand: Pedí a tu responsable {manager} que confirme tu cambio a {goal}. Cuando lo haga, cuenta como alcanzado (y se puede celebrar); recibes un mensaje directo en cualquier caso.',
    'goals.proposed.admin':
      ':hourglass_flowing_sand: Pedí a un admin de Pathway (no tienes responsable en Pathway) que confirme tu cambio a {goal}. Cuando lo haga, cuenta como alcanzado (y se puede celebrar); recibes un mensaje directo en cualquier caso.',
    'goals.answer.confirmedByPerson':
      ':trophy: ¡Enhorabuena por tu cambio a {goal}!{closed, plural, =0 {} one { # hito abierto se cerró como ya no necesario.} other { # hitos abiertos se cerraron como ya no necesarios.}} Esta trayectoria queda en tu historial. Cuando quieras, planifica tu siguiente paso con `/pathway plan`.',
    'goals.answer.notYetByPerson': 'De acuerdo, todavía no. Tu plan hacia {goal} sigue como está.',
    'goals.answer.confirmed':
      ':white_check_mark: Confirmado: {who} ya está en {goal}.{closed, plural, =0 {} one { # hito abierto se cerró como ya no necesario.} other { # hitos abiertos se cerraron como ya no necesarios.}} Ya se le ha avisado.',
    'goals.answer.notYet': 'Aún no confirmaste el cambio de {who} a {goal}. Ya se le ha avisado.',
  },
  de: {
    'plan.otherRoles': 'Weitere Rollen',
    'plan.role.label': 'Deine Rolle heute',
    'plan.role.placeholder': 'Wähle die Rolle, die am besten zu deiner Arbeit passt',
    'plan.goal.pickRoleFirst': 'Wähle deine heutige Rolle, um zu sehen, wohin du von ihr aus gehen kannst.',
    'plan.goal.noMoves':
      'Dieser Rahmen hat noch keine Wechsel von *{role}*. Wähle eine andere Rolle oder frag deinen Pathway-Admin.',
    'plan.goal.option': '{move, select, ladder {Schritt nach oben} other {Wechsel zur Seite}}: {role}',
    'plan.goal.label': 'Wohin du willst',
    'plan.goal.hint': 'Ein Schritt die Leiter hinauf oder ein Wechsel zur Seite in eine benachbarte Rolle.',
    'plan.goal.placeholder': 'Wähle deine Zielrolle',
    'plan.target.label': 'Zieldatum',
    'plan.target.hint': 'Wann du bereit sein möchtest. Änderst du es, werden die Daten unten neu verteilt.',
    'plan.target.placeholder': 'Wähle ein Datum',
    'plan.timing.throughout': '{kind} · läuft durchgehend, ab {date}',
    'plan.timing.from': '{kind} · ab {date}',
    'plan.suggested.label': 'Vorgeschlagene Meilensteine für {goal}',
    'plan.suggested.more': 'Weitere Vorschläge',
    'plan.suggested.hint':
      'Entferne den Haken bei denen, die du nicht willst. Das Fälligkeitsdatum steht unten daneben, verteilt von heute bis zu deinem Ziel: ändere, was du möchtest.',
    'plan.suggested.due': 'Fälligkeitsdatum',
    'plan.own.label': 'Eigene hinzufügen',
    'plan.own.hint':
      'Einer pro Zeile, bis zu {max}, jeweils mit „by“ und einem Datum, wenn du magst (ohne ist er an deinem Zieldatum fällig). Art, Verweis und mehr: Bearbeiten auf der Startseite; weitere Meilensteine später mit /pathway add.',
    'plan.own.placeholder': 'Bei einem Kundenworkshop hospitieren by 31 March',
    'plan.intro.new':
      'Wähle, wohin du willst und bis wann. Pathway schlägt Meilensteine aus deinem Karriererahmen vor: behalte, streiche oder verschiebe sie und füge eigene hinzu.',
    'plan.intro.keptOwn': '{count, plural, one {dein eigener Meilenstein} other {deine # eigenen Meilensteine}}',
    'plan.intro.keptDone': '{count, plural, one {der erledigte} other {die # erledigten}}',
    'plan.intro.replacingKeeps':
      '*Plan ändern:* du beginnst mit deinem aktuellen Plan. Mit demselben Ziel aktualisiert Speichern ihn direkt: {kept} bleiben, wie sie sind. Ein neues Ziel beginnt einen neuen Plan (der aktuelle bleibt in deinem Verlauf) und nimmt deine eigenen offenen Meilensteine mit. Um nur das Zieldatum zu verschieben: `/pathway target <date>`.',
    'plan.intro.replacing':
      '*Plan ändern:* du beginnst mit deinem aktuellen Plan. Mit demselben Ziel aktualisiert Speichern ihn direkt: nichts geht verloren. Ein neues Ziel beginnt einen neuen Plan (der aktuelle bleibt in deinem Verlauf) und nimmt deine eigenen offenen Meilensteine mit. Um nur das Zieldatum zu verschieben: `/pathway target <date>`.',
    'plan.modal.title': 'Deinen Weg planen',
    'plan.modal.submit': 'Plan speichern',
    'plan.modal.cancel': 'Abbrechen',
    'plan.staleGoal': 'Die Vorschläge unten werden für dieses Ziel noch aktualisiert: wähle es erneut, dann speichere.',
    'plan.problem.pickFrom': 'Wähle die Rolle, die du heute hast.',
    'plan.problem.pickGoal': 'Wähle ein Ziel aus der Liste: das sind die Wechsel ab {role}.',
    'plan.problem.pickTarget': 'Wähle ein Zieldatum nach heute ({todayDate}).',
    'plan.problem.tooManyLines': 'Füge hier bis zu {max} hinzu (du hast {count}); den Rest später mit /pathway add.',
    'plan.problem.keepOne': 'Behalte mindestens einen vorgeschlagenen Meilenstein oder füge unten einen eigenen hinzu.',
    'plan.problem.afterTarget':
      '{dueDate} liegt nach deinem Zieldatum ({targetDate}): wähle ein früheres Datum oder ein späteres Ziel',
    'plan.problem.name.template': '„{title}“',
    'plan.problem.name.only': 'Dein Meilenstein',
    'plan.problem.name.line': 'Zeile {line}',
    'plan.saved.text':
      'Dein Plan ist gespeichert: {goal} bis {date}, mit {count, plural, one {# Meilenstein} other {# Meilensteinen}}.',
    'plan.saved.body':
      ':world_map: Dein Plan ist gespeichert: *{goal}* bis {date}, mit {count, plural, one {# Meilenstein} other {# Meilensteinen}}.',
    'plan.saved.own': 'Deine eigenen:',
    'plan.saved.ownLine': '• {title}, fällig am {date}',
    'plan.saved.footer':
      'Dein *Start*-Tab zeigt sie mit Buttons zum Erledigen, Verschieben oder Bearbeiten. `/pathway done 1` geht auch.',
    'plan.target.moved':
      ':dart: Zieldatum von {from} auf {to} verschoben. {count, plural, one {# offener Meilenstein hat} other {# offene Meilensteine haben}} ein passendes neues Datum.',
    'plan.target.leftAlone':
      '{count, plural, one {# Datum, das du selbst gesetzt hast, bleibt} other {# Daten, die du selbst gesetzt hast, bleiben}}, wie sie sind: füge `all` hinzu, um sie auch zu verschieben.',

    'goals.confirmLabel': '{label}: den Wechsel in die Zielrolle bestätigen',
    'goals.confirmMove': 'Wechsel bestätigen',
    'goals.notYet': 'Noch nicht',
    'goals.notYetLabel': 'Noch nicht: der Wechsel in die Zielrolle ist noch nicht passiert',
    'goals.propose.button': 'In dieser Rolle angekommen',
    'goals.propose.label': 'In dieser Rolle angekommen: {title}',
    'goals.propose.confirmTitle': 'Ziel erreicht?',
    'goals.propose.confirmText':
      'Ist die Person in {goal} angekommen? Sie wird gebeten, es zu bestätigen; offene Meilensteine werden dann als nicht mehr nötig geschlossen.',
    'goals.propose.confirm': 'Ja, frag nach',
    'goals.request.sentence':
      '{confirmer, select, person {:raised_hands: *{proposer} sagt, du bist in {goal} angekommen.* Bestätige es, und das Ziel ist erreicht; es zählt dann als Wechsel und wird, wenn du magst, gefeiert.} admin {:raised_hands: *{who} sagt, in {goal} angekommen zu sein.* Es gibt keine Führungskraft in Pathway, also bestätigt ein Pathway-Admin den Wechsel. Bestätige ihn, sobald du weißt, dass er echt ist.} other {:raised_hands: *{who} sagt, in {goal} angekommen zu sein.* Bestätige es als Führungskraft, dann zählt es als Wechsel und wird mit Zustimmung gefeiert.}}',
    'goals.request.open':
      '{count, plural, =0 {Alle Meilensteine sind erledigt.} one {# Meilenstein ist noch offen und würde als nicht mehr nötig geschlossen.} other {# Meilensteine sind noch offen und würden als nicht mehr nötig geschlossen.}}',
    'goals.request.textPerson': 'Deine Führungskraft sagt, du bist in {goal} angekommen.',
    'goals.request.text': '{who} sagt, in {goal} angekommen zu sein. Bitte bestätige es.',
    'goals.answered.confirmedToPerson':
      ':trophy: {by} hat deinen Wechsel in {goal} bestätigt. Herzlichen Glückwunsch! Dieser Weg ist in deinem Verlauf; plane deinen nächsten Schritt mit `/pathway plan`, wenn du so weit bist.',
    'goals.answered.notYetToPerson':
      ':speech_balloon: {by} hat deinen Wechsel in {goal} noch nicht bestätigt. Sprecht darüber, was noch fehlt; dein Plan bleibt, wie er ist.',
    'goals.answered.confirmedToProposer': ':trophy: {who} hat den Wechsel in {goal} bestätigt.',
    'goals.answered.notYetToProposer':
      ':speech_balloon: {who} sagt, noch nicht in {goal} angekommen zu sein. Der Plan bleibt, wie er ist.',
    'goals.proposed.forReport':
      ':hourglass_flowing_sand: Ich habe {who} gebeten, den Wechsel in {goal} zu bestätigen. Du bekommst die Antwort per Direktnachricht.',
    'goals.proposed.manager':
      ':hourglass_flowing_sand: Ich habe deine Führungskraft {manager} gebeten, deinen Wechsel in {goal} zu bestätigen. Danach gilt er als erreicht (und kann gefeiert werden); du bekommst in jedem Fall eine Direktnachricht.',
    'goals.proposed.admin':
      ':hourglass_flowing_sand: Ich habe einen Pathway-Admin (du hast keine Führungskraft in Pathway) gebeten, deinen Wechsel in {goal} zu bestätigen. Danach gilt er als erreicht (und kann gefeiert werden); du bekommst in jedem Fall eine Direktnachricht.',
    'goals.answer.confirmedByPerson':
      ':trophy: Herzlichen Glückwunsch zum Wechsel in {goal}!{closed, plural, =0 {} one { # offener Meilenstein wurde als nicht mehr nötig geschlossen.} other { # offene Meilensteine wurden als nicht mehr nötig geschlossen.}} Dieser Weg bleibt in deinem Verlauf. Wenn du so weit bist, plane deinen nächsten Schritt mit `/pathway plan`.',
    'goals.answer.notYetByPerson': 'In Ordnung, noch nicht. Dein Plan zu {goal} bleibt, wie er ist.',
    'goals.answer.confirmed':
      ':white_check_mark: Bestätigt: {who} ist in {goal} angekommen.{closed, plural, =0 {} one { # offener Meilenstein wurde als nicht mehr nötig geschlossen.} other { # offene Meilensteine wurden als nicht mehr nötig geschlossen.}} Die Person wurde informiert.',
    'goals.answer.notYet': 'Du hast den Wechsel von {who} in {goal} noch nicht bestätigt. Die Person wurde informiert.',
  },
});
