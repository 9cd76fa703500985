/** Kept for older import paths: the fake Slack is the workspace package @pathway/fake-slack (packages/fake-slack). */
export * from '@pathway/fake-slack';
