import type { Messages, PlanCode } from './types.js';

/** Sentences for an applied plan file (`suggest --apply`); the formatter prefixes the file. */
export const planMessages: Messages<PlanCode> = {
  'plan.applied': ({ data: d }) =>
    `what-if: the report is recomputed as if this plan's ${d.leads} leads and ${d.moves} moves were in force.`,
  'plan.move-not-held': ({ data: d }) =>
    `${d.path}: ${d.from} holds no counted occurrence of that meeting under the plan; move skipped.`,
};
