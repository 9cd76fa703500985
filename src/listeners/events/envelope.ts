import { z } from 'zod';

const envelope = z.object({ team_id: z.string().min(1) });

/** The workspace an Events API envelope came from. */
export function eventTeamId(body: unknown): string | undefined {
  const parsed = envelope.safeParse(body);
  return parsed.success ? parsed.data.team_id : undefined;
}
