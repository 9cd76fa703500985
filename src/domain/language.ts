/**
 * The languages Pathway speaks, and how a person's one is chosen: their own choice
 * (`/pathway language es`) over their Slack locale, the workspace's language when neither is spoken.
 */
export const LANGUAGES = ['en', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Names in their own language, so a person who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', de: 'Deutsch' };

export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** A Slack locale ("es-ES", "de-DE", "en-GB") to a language Pathway speaks, if it speaks it. */
export function languageOfLocale(locale: string | null | undefined): Language | undefined {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/, 1)[0];
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The language to write to a person in: their choice, else their Slack locale's, else the
 * workspace's language (an admin setting; English when none is given or it is not one Pathway speaks).
 */
export function languageFor(
  person: { language?: string | null | undefined; locale?: string | null | undefined },
  workspaceLanguage?: string | null,
): Language {
  if (isLanguage(person.language)) return person.language;
  return languageOfLocale(person.locale) ?? workspaceLanguageOf(workspaceLanguage);
}

/** The workspace's language as stored, English when it is not one Pathway speaks. */
export function workspaceLanguageOf(stored: string | null | undefined): Language {
  return isLanguage(stored) ? stored : 'en';
}
