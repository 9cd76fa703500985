/**
 * Problems the domain writes in English from templates (src/domain/problems.ts), in the reader's
 * language: read back into their code and values, then looked up as `<prefix>.<code>`. Values named
 * `…Date` hold dates as the domain writes them (formatDate) and are shown as dates in the reader's
 * language. Text no template wrote comes back as it was.
 */
import { monthOfName, readDateProblem, weekdayOfName } from '../domain/date-phrases.js';
import { dateOfWords } from '../domain/dates.js';
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
