/**
 * Reading a file someone uploaded through a modal's file_input: files.info for
 * its metadata and url_private, then a GET of url_private with the bot token
 * (Slack's documented way to download a private file).
 */
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { userError } from '../i18n/user-errors.js';

const fileInfo = z.object({
  id: z.string(),
  name: z.string().optional(),
  size: z.number().optional(),
  mimetype: z.string().optional(),
  url_private: z.url(),
});

export interface DownloadedFile {
  name: string;
  text: string;
}

/**
 * The bot token is only ever sent to Slack itself: its file hosts, or the host of the
 * configured Web API URL (GovSlack, or the fake Slack in tests).
 */
export function isSlackFileUrl(url: string, slackApiUrl: string): boolean {
  const target = new URL(url);
  const api = new URL(slackApiUrl);
  if (target.origin === api.origin) return true;
  return target.protocol === 'https:' && /(^|\.)(slack\.com|slack-gov\.com)$/.test(target.hostname);
}

/** Downloads a text file of at most `maxBytes`; a file the person can fix raises a UserError. */
export async function downloadTextFile(
  client: WebClient,
  options: { fileId: string; botToken: string; slackApiUrl: string; maxBytes: number; timeoutMs?: number },
): Promise<DownloadedFile> {
  const response = await client.files.info({ file: options.fileId });
  const file = fileInfo.parse(response.file);
  const name = file.name ?? file.id;
  if (file.size !== undefined && file.size > options.maxBytes) {
    throw userError('error.files.tooBig', {
      name,
      size: String(Math.ceil(file.size / 1024)),
      max: String(Math.floor(options.maxBytes / 1024)),
    });
  }
  if (!isSlackFileUrl(file.url_private, options.slackApiUrl)) {
    throw new Error(`files.info gave a url_private outside Slack: ${new URL(file.url_private).host}`);
  }
  const download = await fetch(file.url_private, {
    headers: { Authorization: `Bearer ${options.botToken}` },
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  // Without a valid token Slack answers 200 with its HTML sign-in page instead of the file.
  if (!download.ok || (download.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error(
      `downloading ${file.id} failed: HTTP ${download.status} ${download.headers.get('content-type') ?? ''}`,
    );
  }
  const bytes = Buffer.from(await download.arrayBuffer());
  if (bytes.length > options.maxBytes) {
    throw userError('error.files.tooLarge', { name, max: String(Math.floor(options.maxBytes / 1024)) });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    throw userError('error.files.notText', { name });
  }
  return { name, text };
}
