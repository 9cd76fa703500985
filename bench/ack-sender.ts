/**
 * The sending and timing half of bench/ack-latency.ts, in a process of its
 * own (forked, one message in and one out). The fake Slack that receives the
 * apps' answers (and checks each against Block Kit's limits) stays in the
 * bench's process: on one event loop, its work on a large answer delayed the
 * moment the loop saw the next ack, so an app that answers with more blocks
 * was charged for the fake's checking.
 *
 * It gets requests already signed and sends them open loop at `rate` a second
 * (a slow app does not slow it), over kept-alive connections, and reports each
 * request's send time (epoch ms, for the full latency against the fake's
 * record) and ack time, and its own event-loop delay.
 */
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export interface SenderInput {
  endpoint: string;
  rate: number;
  requests: SignedRequest[];
}

export interface Sent {
  /** Date.now() when the request was handed to the socket. */
  sentAt: number;
  ackMs: number;
  status: number;
}

export interface SenderOutput {
  sent: Sent[];
  loopDelayP99Ms: number;
}

const agent = new Agent({ keepAlive: true });

function post(endpoint: URL, signed: SignedRequest): Promise<Sent> {
  return new Promise((resolve) => {
    const sentAt = Date.now();
    const started = performance.now();
    const req = request(
      endpoint,
      {
        method: 'POST',
        agent,
        headers: { ...signed.headers, 'Content-Length': String(Buffer.byteLength(signed.body)) },
      },
      (res) => {
        const ackMs = performance.now() - started;
        res.resume();
        res.on('end', () => resolve({ sentAt, ackMs, status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', () => resolve({ sentAt, ackMs: performance.now() - started, status: 0 }));
    req.end(signed.body);
  });
}

async function send(input: SenderInput): Promise<SenderOutput> {
  const endpoint = new URL(input.endpoint);
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const pending: Promise<Sent>[] = [];
  const started = Date.now();
  for (let i = 0; i < input.requests.length; i++) {
    const wait = started + (i * 1000) / input.rate - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(post(endpoint, input.requests[i]!));
  }
  const sent = await Promise.all(pending);
  loopDelay.disable();
  agent.destroy();
  return { sent, loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e4) / 100 };
}

process.once('message', (input) => {
  void send(input as SenderInput).then((output) => process.send?.(output, () => process.exit(0)));
});
