/** The implementation ships with the app (src/sandbox/) because the local sandbox runs it; tests use the same code. */
export * from '../../src/sandbox/slack-driver.js';
