/**
 * A fake Slack for tests, benchmarks and the local sandbox: the Web API checked against Slack's
 * own OpenAPI spec (specs/), a driver that sends signed requests as Slack does, and Block Kit's
 * limits. Runs from its TypeScript sources (tsx, vitest); the production install never has it.
 */
export * from './block-kit.js';
export * from './fake-slack.js';
export * from './slack-driver.js';
