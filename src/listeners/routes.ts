/**
 * Bolt runs the filters of every registered listener on every request, each
 * with its own middleware chain and copy of the arguments: with ~80 listeners
 * that was a third of the memory a `/pathway` request allocated, and garbage
 * collection the largest share of its CPU. So each kind of request (a button,
 * a modal submission) has one Bolt listener, which finds its handler here by
 * id: exact ids in a map, then the few patterns.
 *
 * Ids must not overlap (Bolt would have run every matching listener; this runs
 * one): an id already registered or matched by a pattern, and a pattern that
 * matches a registered id, throw at start-up. Two patterns are not compared
 * (whether two regular expressions overlap cannot be checked in general).
 */
import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';

type Handler<Args> = (args: Args) => Promise<void>;

export class Routes<Args> {
  private readonly exact = new Map<string, Handler<Args>>();
  private readonly patterns: Array<{ pattern: RegExp; handler: Handler<Args> }> = [];

  constructor(private readonly kind: string) {}

  add(id: string | RegExp, handler: Handler<Args>): void {
    const clash =
      typeof id === 'string'
        ? this.exact.has(id) || this.patterns.some(({ pattern }) => pattern.test(id))
        : [...this.exact.keys()].some((known) => id.test(known));
    if (clash) throw new Error(`two ${this.kind} handlers for ${String(id)}`);
    if (typeof id === 'string') this.exact.set(id, handler);
    else this.patterns.push({ pattern: id, handler });
  }

  /** The handler for this id, or undefined (then nothing acknowledges, as with no Bolt listener). */
  find(id: string): Handler<Args> | undefined {
    return this.exact.get(id) ?? this.patterns.find(({ pattern }) => pattern.test(id))?.handler;
  }

  /** The one Bolt listener for this kind: hands the request to the handler of its id. */
  listener(idOf: (args: Args) => string): Handler<Args> {
    return async (args) => {
      await this.find(idOf(args))?.(args);
    };
  }
}

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
export type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Routes for buttons and selects (block_actions). A handler may be typed for one
 * element kind (a button): Bolt's `app.action(id, handler)` promised no more
 * than the id either, so the element kind is the handler's to rely on.
 */
export class ActionRoutes extends Routes<ActionArgs> {
  constructor() {
    super('block_actions');
  }

  on<A extends BlockAction>(
    id: string | RegExp,
    handler: Handler<SlackActionMiddlewareArgs<A> & AllMiddlewareArgs>,
  ): void {
    this.add(id, handler as unknown as Handler<ActionArgs>);
  }
}
