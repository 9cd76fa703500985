/**
 * Problems the domain writes in English from templates (src/domain/problems.ts), in the reader's
 * language: read back into their code and values, then looked up as `<prefix>.<code>`. Values named
 * `…Date` hold dates as the domain writes them (formatDate) and are shown as dates in the reader's
 * language. Text no template wrote comes back as it was.
 */
import { type AmbiguousDate, monthOfName, readDateProblem, weekdayOfName } from '../domain/date-phrases.js';
import { dateOfWords } from '../domain/dates.js';
import { readMilestoneProblem } from '../domain/pathways/milestones.js';
import type { ProblemReader } from '../domain/problems.js';
import type { MessageValues, Translator } from '../i18n/index.js';

/** Where a kind of problem is read and translated: its reader, its catalog prefix, and values only the reader's language can write. */
export interface ProblemSource {
  read: ProblemReader;
  prefix: string;
  values?: (values: Readonly<Record<string, string>>, t: Translator) => MessageValues;
}

function readable(values: Readonly<Record<string, string>>, t: Translator): MessageValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const date = /Date$/.test(name) ? dateOfWords(value) : undefined;
      return [name, date === undefined ? value : t.date(date)];
    }),
  );
}

/** `problem` in the reader's language when one of `sources` wrote it; undefined otherwise. */
export function readProblemIn(problem: string, t: Translator, sources: readonly ProblemSource[]): string | undefined {
  for (const source of sources) {
    const read = source.read(problem);
    if (!read) continue;
    const values = { ...readable(read.values, t), ...source.values?.(read.values, t) };
    return t.lookup(`${source.prefix}.${read.code}`, problem, values);
  }
  return undefined;
}

/** `problem` in the reader's language when one of `sources` wrote it, as it came otherwise. */
export function problemIn(problem: string, t: Translator, sources: readonly ProblemSource[]): string {
  return readProblemIn(problem, t, sources) ?? problem;
}

/**
 * `problem` as a form shows it: a template's words as they are, followed by a full stop, or made a
 * sentence (a capital and a full stop, as asSentence in domain/pathways/milestones.ts does); the
 * translation is shaped the same way. Any other text as it came.
 */
export function formProblemIn(problem: string, t: Translator, sources: readonly ProblemSource[]): string {
  const direct = readProblemIn(problem, t, sources);
  if (direct !== undefined) return direct;
  if (!problem.endsWith('.')) return problem;
  const bare = problem.slice(0, -1);
  const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  const stopped = readProblemIn(bare, t, sources);
  // "Mon 4 Jan 2027 is in the past…": a sentence that starts with a date starts with a capital in every language.
  if (stopped !== undefined) return `${/^\p{Lu}/u.test(bare) ? capital(stopped) : stopped}.`;
  const sentence = readProblemIn(`${bare.charAt(0).toLowerCase()}${bare.slice(1)}`, t, sources);
  return sentence === undefined ? problem : `${capital(sentence)}.`;
}

/** A milestone's problem (domain/pathways/milestones.ts). */
export const MILESTONE_PROBLEM_SOURCE: ProblemSource = { read: readMilestoneProblem, prefix: 'milestones.problem' };

/** A date Pathway could not read: months ("April 2027 has 30 days") and weekdays by their names in the reader's language. */
export const DATE_PROBLEM_SOURCE: ProblemSource = {
  read: readDateProblem,
  prefix: 'problem.date',
  values: (values, t) => {
    const named: MessageValues = {};
    const month = monthOfName(values.monthName ?? '');
    if (month !== undefined)
      named.monthName = new Intl.DateTimeFormat(t.language, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2000, month - 1, 1),
      );
    const weekdays = new Intl.DateTimeFormat(t.language, { weekday: 'long', timeZone: 'UTC' });
    for (const name of ['weekday', 'typedWeekday']) {
      const weekday = weekdayOfName(values[name] ?? '');
      // 2024-01-01 was a Monday.
      if (weekday !== undefined) named[name] = weekdays.format(Date.UTC(2024, 0, weekday));
    }
    return named;
  },
};

/** A date problem (see date-phrases.ts) in the reader's language; any other text as it came. */
export function dateProblemText(problem: string, t: Translator): string {
  return problemIn(problem, t, [DATE_PROBLEM_SOURCE]);
}

/** "3/4/2027 is 3 April 2027: day first, …": a date that reads either way, said back in words in the reader's language. */
export function ambiguousDateNote(read: AmbiguousDate, t: Translator): string {
  // Day, month name and year in every language ("3 April 2027", "3 de abril de 2027", "3. April 2027").
  const words = new Intl.DateTimeFormat(t.language === 'en' ? 'en-GB' : t.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const inWords = (date: string) => words.format(new Date(`${date}T00:00:00Z`));
  const values = { typed: read.typed, date: inWords(read.date), order: read.dayFirst ? 'day' : 'month' };
  return read.otherDate === null
    ? t.t('date.eitherWay.only', values)
    : t.t('date.eitherWay', { ...values, otherDate: inWords(read.otherDate), otherIso: read.otherDate });
}

/** The problems of a small milestone form (validateEdit, validateMove, validateEvidence), by field, in the person's language. */
export function milestoneFormProblems<F extends string>(
  problems: Partial<Record<F, string>>,
  t: Translator,
): Partial<Record<F, string>> {
  const shown: Partial<Record<F, string>> = {};
  for (const [field, problem] of Object.entries(problems) as Array<[F, string | undefined]>)
    if (problem !== undefined) shown[field] = formProblemIn(problem, t, [MILESTONE_PROBLEM_SOURCE]);
  return shown;
}
