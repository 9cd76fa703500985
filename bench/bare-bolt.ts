/**
 * The baselines for bench/ack-latency.ts: a Bolt app in HTTP mode whose
 * /pathway handler only acknowledges, or (BARE_ANSWER=1) acknowledges, reads
 * one row from PostgreSQL and answers on the response_url, the least any app
 * that answers from a database does. Whatever Pathway adds on top of these is
 * Pathway's own cost.
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import pg from 'pg';

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
});
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN ?? '',
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
});
const pool = process.env.BARE_ANSWER ? new pg.Pool({ connectionString: process.env.DATABASE_URL }) : undefined;
app.command('/pathway', async ({ ack, command, respond }) => {
  await ack();
  if (!pool) return;
  const { rows } = await pool.query<{ now: Date }>('SELECT now() AS now, $1::text AS user_id', [command.user_id]);
  await respond({
    response_type: 'ephemeral',
    text: `Hello at ${rows[0]!.now.toISOString()}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Hello' } }],
  });
});
await app.start(Number(process.env.PORT));
console.log('bare bolt listening');
process.on(
  'SIGTERM',
  () =>
    void app
      .stop()
      .then(() => pool?.end())
      .then(() => process.exit(0)),
);
