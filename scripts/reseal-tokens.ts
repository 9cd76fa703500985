/**
 * npm run tokens:reseal   after a key rotation: re-seals every stored bot token
 *                         with TOKEN_ENCRYPTION_KEY, so the keys listed in
 *                         TOKEN_ENCRYPTION_OLD_KEYS can be removed.
 * Tokens are also re-sealed one by one as they are read; this does all of them now.
 */
import { loadConfig } from '../src/config.js';
import { TokenCipher } from '../src/crypto/token-cipher.js';
import { openDatabase } from '../src/db/client.js';
import { processLogger } from '../src/logger.js';
import { PrismaInstallationStore } from '../src/slack/installation-store.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.slack.kind !== 'oauth') {
    console.error(
      'Nothing to re-seal: tokens are stored only in OAuth mode (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, TOKEN_ENCRYPTION_KEY).',
    );
    process.exit(1);
  }
  const db = await openDatabase(config);
  try {
    const store = new PrismaInstallationStore(
      db.prisma,
      new TokenCipher(config.slack.tokenKeys),
      processLogger(config),
    );
    const changed = await store.resealAll();
    console.log(
      `Re-sealed ${changed} installation(s) with the current key; TOKEN_ENCRYPTION_OLD_KEYS can now be removed.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('Re-sealing failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
