/**
 * Hostile /pathway text: thousands of random and adversarial inputs. Every
 * request is acknowledged in time and answered with a clear ephemeral message;
 * nothing crashes, no answer echoes a live mention or link, and nothing
 * invalid is stored.
 */

import { expectValidBlocks } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/domain/commands.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { ADVERSARIAL, FUZZ_SEED, prng, randomText } from '../support/fuzz.js';

const PARSER_CASES = 5000;
const HTTP_CASES = 250;

describe('parseCommand on hostile text', () => {
  it(`never throws and always returns a command or a helpful refusal (${PARSER_CASES} inputs, seed ${FUZZ_SEED})`, () => {
    const next = prng(FUZZ_SEED);
    const inputs = [...ADVERSARIAL, ...Array.from({ length: PARSER_CASES }, () => randomText(next))];
    for (const input of inputs) {
      let result: ReturnType<typeof parseCommand>;
      try {
        result = parseCommand(input);
      } catch (error) {
        throw new Error(`parseCommand threw on ${JSON.stringify(input)}: ${String(error)}`);
      }
      if (result.ok) continue;
      if (result.kind === 'invalid') {
        expect(result.problems.length, JSON.stringify(input)).toBeGreaterThan(0);
        expect(result.spec.usage).toMatch(/^\/pathway /);
      }
    }
  });
});

describe('/pathway end to end on hostile text', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { resetBetweenTests: false });

  it(`acknowledges and answers every request clearly (${HTTP_CASES} random + ${ADVERSARIAL.length} adversarial, seed ${FUZZ_SEED})`, async () => {
    const next = prng(FUZZ_SEED + 1);
    const inputs = [...ADVERSARIAL, ...Array.from({ length: HTTP_CASES }, () => randomText(next))];
    for (const [index, text] of inputs.entries()) {
      const userId = `U0FUZZ${index % 5}`;
      const request = await t.driver.slashCommand({ userId, text });
      const label = `input #${index} ${JSON.stringify(text.slice(0, 120))}`;
      expect(request.status, label).toBe(200);
      expect(request.ackMs, label).toBeLessThan(3000);
      // Subcommands such as `plan` answer by opening a modal instead of replying.
      const answer = await Promise.race([
        t.responseTo(request, 15_000).then((response) => ({ kind: 'reply' as const, response })),
        t.fake
          .waitForCall('views.open', (call) => call.args.trigger_id === request.triggerId, 15_000)
          .then(() => ({ kind: 'modal' as const })),
      ]).catch((error: unknown) => {
        throw new Error(`no answer to ${label}: ${String(error)}`);
      });
      if (answer.kind === 'modal') continue;
      const body = answer.response.body as { response_type: string; text: string; blocks: KnownBlock[] };
      expect(body.response_type, label).toBe('ephemeral');
      expect(body.text, label).not.toMatch(/something went wrong on our side/);
      expectValidBlocks(body.blocks, 'message');
      const rendered = JSON.stringify(body.blocks);
      // Special mentions and links the person typed must come back inert.
      expect(rendered, label).not.toMatch(/<!(channel|here|everyone)/);
      expect(rendered, label).not.toContain('<https://evil.example');
    }
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
    // Only the five fuzzing people were created; no pathway or milestone came from junk text.
    expect(await t.db.prisma.person.count()).toBe(5);
    expect(await t.db.prisma.milestone.count()).toBe(0);
  }, 240_000);
});
