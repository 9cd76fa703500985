/**
 * Sends files to a person's DM with Pathway: conversations.open for the IM
 * channel, then files.uploadV2 (files.getUploadURLExternal, the upload, and
 * files.completeUploadExternal), which needs the files:write scope.
 */
import type { WebClient } from '@slack/web-api';

export interface DmFile {
  filename: string;
  title: string;
  content: Buffer;
}

export async function dmChannelOf(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error(`conversations.open gave no channel for ${userId}`);
  return channel;
}

export async function sendFilesToDm(
  client: WebClient,
  userId: string,
  comment: string,
  files: DmFile[],
): Promise<void> {
  const channelId = await dmChannelOf(client, userId);
  await client.files.uploadV2({
    channel_id: channelId,
    initial_comment: comment,
    file_uploads: files.map((file) => ({ file: file.content, filename: file.filename, title: file.title })),
  });
}
