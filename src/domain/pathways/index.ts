/** Pathway and milestone rules: plans, due dates, numbering. No Slack, no database. */
export * from './milestones.js';
export * from './plan.js';
export * from './schedule.js';
