import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { uninstallWorkspace } from '../../services/installations.js';
import type { ListenerDeps } from '../deps.js';
import { eventTeamId } from './envelope.js';

type TokensRevokedArgs = SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs;

const revokedTokens = z.object({
  tokens: z.object({ oauth: z.array(z.string()).optional(), bot: z.array(z.string()).optional() }),
});

/**
 * Revoked user tokens do not concern Pathway (it asks for none); a revoked bot
 * token means it can no longer act in the workspace, which is an uninstall.
 */
export function tokensRevoked(deps: ListenerDeps) {
  return async ({ event, body }: TokensRevokedArgs): Promise<void> => {
    const parsed = revokedTokens.safeParse(event);
    const teamId = eventTeamId(body);
    if (!parsed.success || teamId === undefined) {
      deps.logger.warn(
        { handler: 'tokensRevoked', teamId },
        'tokens_revoked without a team id or a token list; ignored',
      );
      return;
    }
    const bots = parsed.data.tokens.bot ?? [];
    if (bots.length === 0) return;
    const { dropped } = await uninstallWorkspace(deps.prisma, teamId, deps.clock.now());
    deps.logger.info(
      { teamId, botUserIds: bots, dropped },
      'bot token revoked: tokens removed, pending messages dropped',
    );
  };
}
