/**
 * The parts of Slack the fake Web API does not play: oauth.v2.access (the
 * code exchange at the end of an install) and api.test. Everything else is
 * forwarded to the FakeSlack, which keeps checking it against the spec.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeSlack } from '@pathway/fake-slack';

export interface InstallGrant {
  teamId: string | null;
  teamName?: string;
  enterprise?: { id: string; name: string } | null;
  isEnterpriseInstall?: boolean;
  botToken: string;
  botUserId?: string;
  installerUserId?: string;
  scopes?: string;
}

export interface OAuthCall {
  method: string;
  args: Record<string, string>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class OAuthSlack {
  readonly calls: OAuthCall[] = [];
  /** What the next code exchange grants. */
  grant: InstallGrant = { teamId: 'T0ACME', teamName: 'Acme', botToken: 'xoxb-acme-1' };

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly fake: FakeSlack,
  ) {}

  static async start(fake: FakeSlack): Promise<OAuthSlack> {
    let self: OAuthSlack | undefined;
    const server = createServer((req, res) => {
      void self?.route(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new OAuthSlack(server, `http://127.0.0.1:${port}/api/`, fake);
    return self;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const method = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/api\//, '');
    const json = (answer: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer));
    };
    if (method === 'oauth.v2.access' || method === 'api.test') {
      const args = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
      this.calls.push({ method, args });
      if (method === 'api.test') return json({ ok: true, args: {} });
      if (args.code !== 'good-code' || args.client_id !== 'client-id' || args.client_secret !== 'client-secret') {
        return json({ ok: false, error: 'invalid_code' });
      }
      const grant = this.grant;
      return json({
        ok: true,
        access_token: grant.botToken,
        token_type: 'bot',
        scope: grant.scopes ?? 'commands,chat:write,im:write,users:read,users:read.email',
        bot_user_id: grant.botUserId ?? 'U0PATHBOT',
        app_id: 'A0PATHWAY',
        team: grant.teamId === null ? null : { id: grant.teamId, name: grant.teamName ?? grant.teamId },
        enterprise: grant.enterprise ?? null,
        authed_user: { id: grant.installerUserId ?? 'U0ADMIN' },
        is_enterprise_install: grant.isEnterpriseInstall ?? false,
      });
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const forwarded = await fetch(`${this.fake.url}${method}`, {
      method: req.method ?? 'POST',
      headers,
      body: body.length ? new Uint8Array(body) : undefined,
    });
    res.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await forwarded.arrayBuffer()));
  }
}
