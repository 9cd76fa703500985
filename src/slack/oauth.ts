/**
 * The multi-workspace install flow (OAuth mode): Bolt's HTTPReceiver serves
 * GET /slack/install (the "Add to Slack" page) and GET /slack/oauth_redirect
 * (exchanges the code with oauth.v2.access, stores the installation through
 * PrismaInstallationStore), and authorizes every request from the store.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions, type Installation } from '@slack/bolt';
import { z } from 'zod';
import type { Config } from '../config.js';
import { packageFolder } from '../package-dir.js';
import { OrgInstallRefused, type PrismaInstallationStore } from './installation-store.js';
import { ignoreMalformedEvents } from './malformed-events.js';

type OAuthMode = Extract<Config['slack'], { kind: 'oauth' }>;

const manifestScopes = z.object({ oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()).min(1) }) }) });

/** The bot scopes an install asks for: the same list as manifest.json, so the two cannot drift apart. */
export function botScopes(): string[] {
  const manifest: unknown = JSON.parse(readFileSync(packageFolder('manifest.json'), 'utf8'));
  return manifestScopes.parse(manifest).oauth_config.scopes.bot;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(res: ServerResponse, status: number, title: string, paragraphs: string[]): void {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body><h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`,
  );
}

export function installedPage(installation: Pick<Installation, 'team'>, res: ServerResponse): void {
  const where = installation.team?.name ?? 'your workspace';
  page(res, 200, 'Pathway is installed', [
    `Pathway is now part of ${where}.`,
    'Type /pathway in any channel, or open Pathway from the Apps section of the sidebar.',
  ]);
}

const VISITOR_MISTAKES = new Set([
  'slack_oauth_installer_authorization_error',
  'slack_oauth_missing_state',
  'slack_oauth_invalid_state',
  'slack_oauth_missing_code',
]);

function isVisitorMistake(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && typeof error.code === 'string' && VISITOR_MISTAKES.has(error.code)
  );
}

type ReceiverLogger = NonNullable<HTTPReceiverOptions['logger']>;

/** The OAuth library logs every failed redirect at error level; a visitor's mistake is worth a warning only. */
export function visitorMistakesAsWarnings(logger: ReceiverLogger): ReceiverLogger {
  return {
    debug: (...messages) => logger.debug(...messages),
    info: (...messages) => logger.info(...messages),
    warn: (...messages) => logger.warn(...messages),
    error: (...messages) => (isVisitorMistake(messages[0]) ? logger.warn(...messages) : logger.error(...messages)),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}

export function installFailedPage(error: Error, res: ServerResponse): void {
  if (error instanceof OrgInstallRefused) {
    page(res, 400, 'Install Pathway into a workspace', [
      `Pathway keeps career frameworks, people and reminders per workspace, so it cannot be installed for a whole Enterprise Grid organisation${error.enterpriseName ? ` (${error.enterpriseName})` : ''}.`,
      'An organisation admin can remove the organisation-wide install and then add Pathway to each workspace that wants it: open this install link from within that workspace.',
    ]);
    return;
  }
  // A cancelled install, a missing, stale or replayed state: the visitor's mistake, not a server error.
  page(res, isVisitorMistake(error) ? 400 : 500, 'Pathway was not installed', [
    'Slack did not complete the installation (it was cancelled, the link expired or was opened in another browser).',
    'Start again from the install link.',
  ]);
}

export function oauthReceiver(
  slack: OAuthMode,
  config: Pick<Config, 'slackApiUrl'>,
  store: PrismaInstallationStore,
  logger: ReceiverLogger,
): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret: slack.signingSecret,
    endpoints: '/slack/events',
    logger: visitorMistakesAsWarnings(logger),
    processEventErrorHandler: ignoreMalformedEvents,
    clientId: slack.clientId,
    clientSecret: slack.clientSecret,
    stateSecret: slack.stateSecret,
    scopes: botScopes(),
    installationStore: store,
    installerOptions: {
      directInstall: true,
      clientOptions: { slackApiUrl: config.slackApiUrl },
      callbackOptions: {
        success: (installation, _options, _req: IncomingMessage, res) => installedPage(installation, res),
        failure: (error, _options, _req: IncomingMessage, res) => installFailedPage(error, res),
      },
    },
  });
}
