/**
 * The baseline for bench/ack-latency.ts: a Bolt app in HTTP mode whose
 * /pathway handler only acknowledges. Whatever Pathway adds on top of this is
 * Pathway's own cost.
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '', endpoints: '/slack/events' });
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN ?? '',
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
});
app.command('/pathway', async ({ ack }) => {
  await ack();
});
await app.start(Number(process.env.PORT));
console.log('bare bolt listening');
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
