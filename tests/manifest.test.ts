import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const specs = 'packages/fake-slack/specs/manifest-schema';
const readJson = async (path: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

/** The Web API methods Pathway calls, with the bot scope each needs (docs.slack.dev). */
const METHOD_SCOPES: Record<string, string | null> = {
  'auth.test': null,
  'users.info': 'users:read',
  'views.publish': null,
  'views.open': null,
  'views.update': null,
  'chat.postMessage': 'chat:write',
  'conversations.open': 'im:write',
  /** With several users: the group DM for a mentor and their mentee. */
  'conversations.open (users A,B)': 'mpim:write',
  'users.lookupByEmail': 'users:read.email',
  'chat.delete': 'chat:write',
  'conversations.join': 'channels:join',
  'files.info': 'files:read',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  'chat.getPermalink': null,
};

describe('manifest.json', async () => {
  const manifest = await readJson('manifest.json');

  async function manifestValidator() {
    // Strict mode off: Slack's schema uses a non-standard "regex" keyword.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const base = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas';
    ajv.addSchema(await readJson(`${specs}/schemas/manifest.schema.1.0.0.json`), `${base}/manifest.schema.1.0.0.json`);
    ajv.addSchema(await readJson(`${specs}/schemas/manifest.schema.2.0.0.json`), `${base}/manifest.schema.2.0.0.json`);
    return ajv.compile(await readJson(`${specs}/manifest.schema.json`));
  }

  it("validates against Slack's manifest schema", async () => {
    const validate = await manifestValidator();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a broken manifest (the validator is really checking)', async () => {
    const validate = await manifestValidator();
    const broken = {
      ...manifest,
      display_information: { name: 'A name far longer than the thirty-five characters Slack allows' },
    };
    expect(validate(broken)).toBe(false);
  });

  it('declares /pathway, the Home tab, interactivity and the events the app listens to', () => {
    const text = JSON.stringify(manifest);
    expect(text).toContain('"command":"/pathway"');
    expect(text).toContain('"home_tab_enabled":true');
    expect(text).toContain('"interactivity":{"is_enabled":true');
    expect(text).toContain('app_home_opened');
  });

  it.each([
    ['Save as evidence', async () => (await import('../src/blocks/evidence.js')).SAVE_EVIDENCE_SHORTCUT],
    ['Thank for this', async () => (await import('../src/blocks/thanks.js')).THANKS_SHORTCUT],
  ])('declares the "%s" message shortcut with the callback id the app listens to', async (name, callbackId) => {
    const shortcuts =
      (manifest.features as { shortcuts?: Array<{ type: string; callback_id: string; name: string }> }).shortcuts ?? [];
    expect(shortcuts).toContainEqual(
      expect.objectContaining({ type: 'message', callback_id: await callbackId(), name }),
    );
  });

  it('asks for every bot scope the app needs and no other', () => {
    const scopes = (manifest.oauth_config as { scopes: { bot: string[] } }).scopes.bot.slice().sort();
    const needed = new Set([
      'commands',
      ...Object.values(METHOD_SCOPES).filter((scope): scope is string => scope !== null),
    ]);
    expect(scopes).toEqual([...needed].sort());
  });
});
