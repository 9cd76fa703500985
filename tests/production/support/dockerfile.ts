/**
 * Reads the Dockerfile the way a builder does, as far as Pathway's tests need: stages,
 * instructions with their --flags, line continuations, comments, ARG defaults in FROM.
 */
export interface Instruction {
  keyword: string;
  /** Leading `--name=value` flags (COPY --from, RUN --mount, HEALTHCHECK --interval…). */
  flags: Record<string, string>;
  /** What follows the flags, as written. */
  rest: string;
}

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

export interface CopyStep {
  /** The stage copied from, or undefined for the build context (the checkout). */
  from: string | undefined;
  sources: string[];
  destination: string;
}

function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (current === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    lines.push(current + line);
    current = '';
  }
  return lines;
}

function parseInstruction(line: string): Instruction {
  const [, keyword = '', flagText = '', rest = ''] = /^(\S+)((?:\s+--[\w-]+=\S*)*)\s*(.*)$/.exec(line) ?? [];
  const flags: Record<string, string> = {};
  for (const flag of flagText.trim().split(/\s+/).filter(Boolean)) {
    const [name = '', value = ''] = flag.slice(2).split(/=(.*)/);
    flags[name] = value;
  }
  return { keyword: keyword.toUpperCase(), flags, rest };
}

export function parseDockerfile(text: string): Stage[] {
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const instruction = parseInstruction(line);
    if (instruction.keyword === 'ARG' && stages.length === 0) {
      const [name = '', value = ''] = instruction.rest.split(/=(.*)/);
      args.set(name, value);
    } else if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = instruction.rest
        .replace(/\$\{(\w+)\}/g, (_, arg: string) => args.get(arg) ?? '')
        .split(/\s+/);
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), image, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (stage === undefined) throw new Error(`Dockerfile: ${instruction.keyword} before FROM`);
      stage.instructions.push(instruction);
    }
  }
  return stages;
}

export function stage(stages: readonly Stage[], name: string): Stage {
  const found = stages.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`Dockerfile has no stage named ${name}`);
  return found;
}

export function copySteps(of: Stage): CopyStep[] {
  return of.instructions
    .filter((instruction) => instruction.keyword === 'COPY')
    .map((instruction) => {
      const words = instruction.rest.split(/\s+/);
      return { from: instruction.flags.from, sources: words.slice(0, -1), destination: words.at(-1) ?? '' };
    });
}

/** Exec form (`["node", "dist/src/main.js"]`) as an argument list. */
export function execForm(text: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string'))
    throw new Error(`not an exec form: ${text}`);
  return parsed;
}
