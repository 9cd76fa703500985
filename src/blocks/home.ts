import type { Button, HomeView, KnownBlock } from '@slack/types';
import type { Overview } from '../services/overview.js';
import { overviewBlocks } from './overview.js';
import { mrkdwn } from './text.js';

/** The App Home tab: the overview plus a reminder of what can be typed. */
export function homeView(overview: Overview, actions: Button[] = []): HomeView {
  const blocks: KnownBlock[] = [
    ...overviewBlocks(overview, actions),
    { type: 'divider' },
    { type: 'context', elements: [mrkdwn('Type `/pathway help` in any channel to see every command. Only you see this tab.')] },
  ];
  return { type: 'home', callback_id: 'home', blocks };
}
