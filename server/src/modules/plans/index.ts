/**
 * The public face of modules/plans: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { renderStatementPdf } from './compliance-pdf';
export { buildStatement, recordStatement, yearOrCurrent } from './compliance.service';
export type { ComplianceStatement } from './compliance.service';
export { COMPLIANCE_CHANGED } from './plans.events';
export type { ComplianceChangedEvent } from './plans.events';
export { plansModule } from './plans.module';
export { insertPlan, replaceRequirements } from './plans.repo';
export type { AudienceSpec, DeadlineSpec, RequirementKind } from './plans.tables';
export { progressCounts } from './progress.repo';
export { Statement } from './progress.schema';
export { personStatus } from './progress.service';
export { reconcileLivePlans } from './reconcile.service';
export { runSweep } from './sweep.service';
