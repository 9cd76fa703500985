/**
 * Reproducible random and adversarial inputs for the hostile-input tests.
 * Every run uses the same seed unless FUZZ_SEED is set, so a failure can be
 * replayed; the failing input is always printed by the test.
 */

/** mulberry32: a tiny, well-known seeded PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** Hand-picked inputs that have broken Slack apps before. */
export const ADVERSARIAL: readonly string[] = [
  '<!channel> please look',
  '<!here|here> <!everyone>',
  '<@U0ALICE> <@W123|bob> <#C123|general>',
  '<https://evil.example|click me>',
  '*bold* _italic_ ~strike~ `code` ```block```',
  '> quoted\n>>> more',
  '{"type":"section","text":{"type":"mrkdwn","text":"injected"}}',
  '"}]},{"type":"header","text":{"type":"plain_text","text":"x"}}',
  '\'; DROP TABLE "Person"; --',
  '$(rm -rf /) `whoami`',
  '\u0000\u0001\u0002 control',
  '\u202Eevil\u202C right-to-left override',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'e\u0301\u0301\u0301\u0301 combining',
  '🧑🏽‍💻🏳️‍🌈👩‍👩‍👧‍👦 emoji sequences',
  '\uD800 lone surrogate',
  'add "',
  'add ""  by 2027-01-01',
  'add "a" by 0000-00-00',
  'add "a" by 9999-12-31',
  'add "a" by 2027-13-01',
  'add "a" by 2024-02-29',
  'add "a" by -2027-01-01',
  'done 99999999999999999999999',
  'done -1',
  'done 1e3',
  'done 0x10',
  'done ١٢', // Arabic-Indic digits
  'move 1 to',
  'move to 2027-01-01',
  'move 1 to 2027-01-01 extra words',
  'help me please',
  'HELP',
  '   ',
  '\n\n\n',
  '\t done \t 1',
  'x'.repeat(4000),
  `add "${'y'.repeat(3000)}" by 2027-01-01`,
  `done 1 ${'z'.repeat(5000)}`,
  '&amp;&lt;&gt; already escaped',
  '%00%0a%0d url encoded',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
];

const ALPHABET = [
  'a',
  'Z',
  '0',
  '9',
  ' ',
  ' ',
  ' ',
  '"',
  '“',
  '”',
  "'",
  '<',
  '>',
  '&',
  '@',
  '#',
  '!',
  '|',
  '*',
  '_',
  '~',
  '`',
  '-',
  '/',
  ':',
  '\n',
  '\t',
  'é',
  'ß',
  '中',
  '🙂',
  '\u200B',
  '\u202E',
  'add',
  'done',
  'move',
  'by',
  'to',
  'help',
  'plan',
  '2027-03-31',
  '12',
];

/** A random command-ish string: words from the commands mixed with hostile characters. */
export function randomText(next: () => number, maxPieces = 24): string {
  const pieces = Math.floor(next() * maxPieces);
  let text = '';
  for (let i = 0; i < pieces; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '';
  return text;
}
