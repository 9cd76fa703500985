import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a 2-core machine the files ran one at a time.
    maxWorkers: 2,
    // Each file imported the app afresh (~1.8 s a file, 270 s of the suite's worker time); files now share
    // their worker's modules. State that must not outlive an app is reset when an app starts.
    isolate: false,
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
