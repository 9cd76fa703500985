/** What the app answers through Slack, as the end-to-end tests read it. */

import { expectValidBlocks } from '@pathway/fake-slack';
import type { KnownBlock, ModalView } from '@slack/types';
import { expect } from 'vitest';
import type { TestApp } from './app-harness.js';
import { ALICE } from './cast.js';

/** An answer posted to a slash command's response_url. */
export interface EphemeralAnswer {
  response_type: string;
  text: string;
  blocks: KnownBlock[];
}

/** What the app acknowledges a view_submission with. */
export interface ViewAnswer {
  response_action: string;
  errors?: Record<string, string>;
  view?: ModalView;
}

export interface AskOptions {
  /** Who types the command; Alice unless given. */
  userId?: string;
  /** How long to wait for the answer on the response_url. */
  timeoutMs?: number;
  /** Also require the acknowledgement within this many milliseconds (Slack's limit is 3 s). */
  ackWithinMs?: number;
}

/**
 * Types `/pathway <text>` and returns the answer, after checking the request was acknowledged, the
 * answer is ephemeral and its blocks are valid in a message.
 */
export async function askPathway(t: TestApp, text: string, options: AskOptions = {}): Promise<EphemeralAnswer> {
  const request = await t.driver.slashCommand({ userId: options.userId ?? ALICE, text });
  expect(request.status).toBe(200);
  if (options.ackWithinMs !== undefined) expect(request.ackMs).toBeLessThan(options.ackWithinMs);
  const body = (await t.responseTo(request, options.timeoutMs)).body as EphemeralAnswer;
  expect(body.response_type).toBe('ephemeral');
  expectValidBlocks(body.blocks, 'message');
  return body;
}
