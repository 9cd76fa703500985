import { adminMessages } from '../areas/admin.js';
import { checkinMessages } from '../areas/checkin.js';
import { conversationsMessages } from '../areas/conversations.js';
import { errorsMessages } from '../areas/errors.js';
import { homeMessages } from '../areas/home.js';
import { mentoringMessages } from '../areas/mentoring.js';
import { planMessages } from '../areas/plan.js';
import { sandboxMessages } from '../areas/sandbox.js';
import type { Catalog, CoreKey } from './en.js';

/** German (du, as Slack workplaces usually write). Command words stay English. */
const core: Record<CoreKey, string> = {
  'help.header': 'Pathway: was du eingeben kannst',
  'help.footer':
    'Datumsangaben wie auf Englisch gesagt: `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` (Tag oder Monat zuerst, wie deine Slack-Sprache Daten schreibt) oder `2027-03-31`. Dein Plan, deine Check-ins und Erfolge stehen auch im *Start*-Tab der App. Um eine Slack-Nachricht in deinem Erfolgsprotokoll zu behalten, nutze *Save as evidence* in ihrem ⋮-Menü.',
  'help.group.more': 'Weiteres',
  'help.group.your-plan': 'Dein Plan',
  'help.group.check-ins': 'Check-ins',
  'help.group.you-and-your-manager': 'Du und deine Führungskraft',
  'help.group.colleagues-and-mentors': 'Kolleginnen, Kollegen und Mentoren',
  'help.group.reminders-and-celebrations': 'Erinnerungen und Feiern',
  'help.group.your-data': 'Deine Daten',
  'help.group.admins': 'Verwaltung',
  'help.cmd.overview': 'wo du stehst: Ziel, nächste Meilensteine, letzter Check-in',
  'help.cmd.plan': 'wähle die Rolle, die du anstrebst, und erhalte Meilensteine',
  'help.cmd.add': 'einen Meilenstein hinzufügen',
  'help.cmd.done': 'einen als erledigt markieren, mit einer Zeile dazu, was du getan hast',
  'help.cmd.move': 'sein Fälligkeitsdatum ändern',
  'help.cmd.target': 'dein Zieldatum verschieben; offene Meilensteine folgen',
  'help.cmd.wins': 'alles, was du erledigt und gesammelt hast, das Neueste zuerst',
  'help.cmd.roles': 'Rollen durchsehen und die Wechsel, die dir offenstehen',
  'help.cmd.checkin': 'einschätzen, wie bereit du für deine Zielrolle bist, mit Beispielen',
  'help.cmd.competencies': 'schätze dich in den Kompetenzen deiner Zielrolle ein; deine Führungskraft sieht es auch',
  'help.cmd.manager': 'bitte jemanden, in Pathway deine Führungskraft zu sein (sieht deine Check-ins)',
  'help.cmd.team': 'wenn du Menschen führst: ihre Ziele, Fortschritte und Bereitschaft',
  'help.cmd.conversation':
    'ein Entwicklungsgespräch planen: eine Agenda für beide, danach Notizen und vereinbarte Schritte',
  'help.cmd.feedback':
    'frag Kolleginnen und Kollegen, wie sie deine Bereitschaftssignale sehen; die Antworten stehen neben deinen Einschätzungen',
  'help.cmd.thanks':
    'jemandem für seine Arbeit danken: es kommt in sein Erfolgsprotokoll (oder nutze die Verknüpfung *„Thank for this“* an einer Nachricht)',
  'help.cmd.mentor':
    'bis zu drei Mentoren für deine Zielrolle; mit `offer` bietest du dich als Mentor an, `pause`, `resume` oder `withdraw` für das Angebot, `end` beendet ein Mentoring',
  'help.cmd.settings': 'wähle, welche Erinnerungen du bekommst',
  'help.cmd.language': 'die Sprache, in der Pathway dir schreibt: `en`, `es`, `de` oder `auto` für deine Slack-Sprache',
  'help.cmd.away': 'bis dahin keine Erinnerungen, danach eine Zusammenfassung',
  'help.cmd.back': 'deine Abwesenheit früher beenden',
  'help.cmd.pause': 'alle Erinnerungen anhalten',
  'help.cmd.resume': 'sie wieder einschalten',
  'help.cmd.celebrate': 'ob deine Erfolge in einem Kanal gefeiert werden',
  'help.cmd.export': 'alles, was Pathway über dich speichert, als Datei',
  'help.cmd.delete': 'alles löschen (fragt vorher nach)',
  'help.cmd.admin': 'Karriere-Framework, Einstellungen, Personenimport, fehlgeschlagene Nachrichten',
  'help.cmd.report': 'Entwicklungszahlen für einen Zeitraum, mit CSV und Diagramm',
  'help.unknown.suggest': ':grey_question: `{input}` kenne ich nicht. Meintest du `{usage}` ({summary})?',
  'help.unknown.example': 'Zum Beispiel: `{example}`',
  'help.unknown.helpHint': '`/pathway help` zeigt alles, was du eingeben kannst.',
  'help.unknown.list': ':grey_question: `{input}` kenne ich nicht. Das kannst du eingeben:',
  'help.invalid':
    ':warning: `{command}` braucht eine andere Form: {problems}.\nGib es so ein: `{usage}`\nZum Beispiel: `{example}`',

  'language.set': 'Pathway schreibt dir jetzt auf Deutsch. `/pathway language auto` folgt wieder deiner Slack-Sprache.',
  'language.auto': 'Pathway folgt jetzt deiner Slack-Sprache: {name}.',
  'language.autoUnsupported':
    'Pathway folgt jetzt deiner Slack-Sprache; die spricht es noch nicht, also schreibt es dir in der Sprache des Workspace: {name}.',

  'nudge.hint':
    'Gerade nicht? `/pathway pause` hält alle Erinnerungen an, `/pathway settings` wählt, welche du bekommst.',
  'nudge.before':
    ':hourglass_flowing_sand: Demnächst: {title} ist am {date} fällig ({days, plural, one {in # Tag} other {in # Tagen}}).',
  'nudge.due': ':calendar: Heute ist es so weit: {title} ist heute fällig.',
  'nudge.overdue':
    ':warning: {title} war am {date} fällig, vor {days, plural, one {# Tag} other {# Tagen}}. Schon erledigt, oder braucht es ein neues Datum?',
  'nudge.text.before': 'Pathway: Meilenstein {position} steht bevor',
  'nudge.text.due': 'Pathway: Meilenstein {position} ist heute fällig',
  'nudge.text.overdue': 'Pathway: Meilenstein {position} ist überfällig',
  'nudge.button.done': 'Erledigt',
  'nudge.button.move': 'Datum ändern',
  'nudge.button.snooze': '{days} Tage später',
  'nudge.label.done': 'Erledigt: ‘{title}’ als erledigt markieren',
  'nudge.label.move': 'Datum ändern für ‘{title}’',
  'nudge.label.snooze': '{days} Tage später: ‘{title}’',
  'checkinReminder.text': 'Pathway: ein guter Moment für deinen Bereitschafts-Check-in',
  'checkinReminder.body':
    ':compass: *Ein guter Moment für einen Bereitschafts-Check-in.* Fünf Minuten mit den Signalen von *{goal}*: deine Einschätzungen beginnen beim letzten Mal, du änderst also nur, was sich bewegt hat, und jedes Signal zeigt die Belege, die du gesammelt hast.',
  'checkinReminder.button': 'Jetzt einchecken',
  'checkinReminder.label': 'Jetzt einchecken: deine Bereitschaft',
  'managerReminder.text': 'Pathway: ein guter Moment, {name} nach der Bereitschaft zu fragen',
  'managerReminder.someone': 'deine Mitarbeiterin oder deinen Mitarbeiter',
  'managerReminder.body':
    ':seedling: {mention} könnte wieder einen Bereitschafts-Check-in machen: der nächste war am {date} dran. Ein guter Moment zu fragen, wie es läuft und was helfen würde; `/pathway team` zeigt Plan und Belege.',
  'digest.text': 'Pathway: dein Team diese Woche ({week})',
  'digest.header': 'Dein Team diese Woche',
  'digest.onTrack': ':large_green_circle: *Im Plan*',
  'digest.overdue': ':red_circle: *Überfällige Meilensteine*',
  'digest.stalled': ':double_vertical_bar: *Stillstand* (seit 30 Tagen nichts bewegt)',
  'digest.awaitingCalibration': ':scales: *Check-ins, die auf deine Sicht warten*',
  'digest.noConversation':
    ':speech_balloon: *Kein Entwicklungsgespräch im vereinbarten Rhythmus* (keines geplant: `/pathway conversation @name`)',
  'digest.line': '{label} ({count}): {names}',
  'digest.more': '{names} und {count} weitere',
  'digest.empty': 'Noch niemand in deinem Team hat einen Plan.',
  'digest.footer': 'Details: `/pathway team`. Diese Übersicht stummschalten: `/pathway settings`.',
  'away.text': 'Pathway: willkommen zurück, das wurde fällig',
  'away.intro': ':wave: Willkommen zurück. Während du weg warst ({from} bis {until}), wurde das fällig:',
  'away.milestone': '• {title}: fällig am {date}',
  'away.more': '…und {count} weitere in `/pathway`.',
  'away.checkin': '• Dein Bereitschafts-Check-in (fällig am {date}): `/pathway checkin`',
  'away.footer': 'Markiere sie als erledigt oder verschiebe ihre Daten in `/pathway`.',
};

export const de: Catalog = {
  ...core,
  ...homeMessages.de,
  ...planMessages.de,
  ...checkinMessages.de,
  ...conversationsMessages.de,
  ...adminMessages.de,
  ...errorsMessages.de,
  ...mentoringMessages.de,
  ...sandboxMessages.de,
};
