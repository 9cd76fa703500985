/**
 * Problems the rules write in English, from templates with `{values}`: the English is what tests,
 * logs and English readers see; whoever shows a problem reads its code and values back and writes
 * it in the reader's language (the domain stays free of catalogs).
 */
export type ProblemTemplates = Readonly<Record<string, string>>;

/** A template's English words, its `{values}` filled in. */
export function fillProblem(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match: string, name: string) => String(values[name] ?? ''));
}

/** A problem read back: which template wrote it, and the words each `{value}` held. */
export interface ReadProblem<Code extends string = string> {
  code: Code;
  values: Record<string, string>;
}

export type ProblemReader<Code extends string = string> = (problem: string) => ReadProblem<Code> | undefined;

/**
 * Reads a problem written from one of `templates` back into its code and values (undefined for any
 * other text). The first template that matches wins: list a longer one before a shorter one it starts with.
 */
export function problemReader<T extends ProblemTemplates>(templates: T): ProblemReader<keyof T & string> {
  const patterns = (Object.entries(templates) as Array<[keyof T & string, string]>).map(([code, template]) => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
    const source = template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('([\\s\\S]*?)');
    return { code, names, pattern: new RegExp(`^${source}$`) };
  });
  return (problem) => {
    for (const { code, names, pattern } of patterns) {
      const match = pattern.exec(problem);
      if (match) return { code, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) };
    }
    return undefined;
  };
}
