/**
 * A TCP proxy in front of the local PostgreSQL that can stop answering the way
 * a failover or a network partition does: connections are still accepted, and
 * nothing comes back. Connections caught in the outage stay dead after it
 * heals (their server is gone); new ones are forwarded again.
 */

import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

export class BlackholeProxy {
  private answering = true;
  private readonly live = new Set<{ client: Socket; upstream: Socket | undefined }>();
  private readonly dead = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<BlackholeProxy> {
    let proxy: BlackholeProxy | undefined;
    const server = createServer((client) => proxy?.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new BlackholeProxy(server, (server.address() as AddressInfo).port);
    return proxy;
  }

  /** Stops answering: every open connection and every new one hangs. */
  stopAnswering(): void {
    this.answering = false;
    for (const pair of this.live) this.kill(pair.client, pair.upstream);
    this.live.clear();
  }

  /** New connections reach the server again. */
  heal(): void {
    this.answering = true;
  }

  async close(): Promise<void> {
    for (const pair of this.live) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    for (const socket of this.dead) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    client.on('error', () => {});
    if (!this.answering) {
      this.kill(client, undefined);
      return;
    }
    const upstream = connect(target.port, target.host);
    upstream.on('error', () => client.destroy());
    const pair = { client, upstream };
    this.live.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => {
      upstream.destroy();
      this.live.delete(pair);
    });
  }

  /** The client keeps its socket; whatever it sends is swallowed and nothing is answered. */
  private kill(client: Socket, upstream: Socket | undefined): void {
    client.unpipe();
    upstream?.unpipe();
    upstream?.removeAllListeners('error');
    upstream?.on('error', () => {});
    upstream?.destroy();
    client.removeAllListeners('data');
    client.on('data', () => {});
    client.on('error', () => {});
    client.on('close', () => this.dead.delete(client));
    this.dead.add(client);
  }
}
