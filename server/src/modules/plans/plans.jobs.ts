import type { JobDefinition } from '../../platform/jobs';
import { USER_ACTIVATED, USER_DEACTIVATED } from '../identity';
import { COURSE_COMPLETED } from '../learning';
import { PROGRAMME_COMPLETED } from '../programmes';
import { POSTING_CHANGED, USER_MERGED, USER_TRANSFERRED } from '../user-admin';
import { PLAN_ASSIGNED, sendAllPendingNotices, sendAssignmentNotices } from './assignment-notices.service';
import { lockPerson } from './assignments.repo';
import { courseFacts } from './course-facts';
import { runEscalation } from './escalation.service';
import { followDeadlines } from './enrol.service';
import { evaluatePerson } from './evaluation.service';
import { mergePlanRecords } from './merge.service';
import { activePlanRulesFor } from './plan-rules';
import { PLAN_DEADLINE_MOVED, PLAN_PUBLISHED, PLAN_RETIRED, PLAN_WIDENED, writeComplianceChanged } from './plans.events';
import { livePlansTouchingCourse } from './plans.repo';
import { runDaily } from './reminders.service';
import { settlePerson } from './settle.service';
import { reconcileLivePlans, reconcilePlan } from './reconcile.service';
import { endAssignments, resettlePlan, runSweep } from './sweep.service';

/** A plan went live: assign its audience set-wise, chunk by chunk (resumable). */
export const sweepPlanJob: JobDefinition<{ planId: string }> = {
  name: 'plans.sweep',
  topics: [PLAN_PUBLISHED],
  batchSize: 1,
  async handle({ planId }, ctx) {
    await runSweep(ctx, planId);
  },
};

/** People were assigned set-wise (go-live, reconciliation, a widened audience): send their notices in batches. */
export const notifyAssignedJob: JobDefinition<{ planId: string }> = {
  name: 'plans.notify-assigned',
  topics: [PLAN_ASSIGNED],
  batchSize: 1,
  async handle({ planId }, ctx) {
    await sendAssignmentNotices(ctx, planId);
  },
};

/** A live plan's audience was widened: assign the people it now takes in (the reconciliation's set-wise statement). */
export const planWidenedJob: JobDefinition<{ planId: string }> = {
  name: 'plans.widened',
  topics: [PLAN_WIDENED],
  batchSize: 1,
  async handle({ planId }, ctx) {
    await reconcilePlan(ctx, planId);
  },
};

/** A live plan's deadline was extended: the people whose requirements moved get the new due dates on their courses. */
export const followDeadlineJob: JobDefinition<{ planId: string; userIds: string[] }> = {
  name: 'plans.follow-deadline',
  topics: [PLAN_DEADLINE_MOVED],
  batchSize: 1,
  async handle({ userIds }, ctx) {
    for (const userId of userIds) {
      await ctx.db.transaction().execute(async (trx) => {
        await lockPerson(trx, userId);
        await followDeadlines(trx, userId, ctx.clock.now());
      });
    }
  },
};

/** A plan was retired: end its open assignments. */
export const endPlanJob: JobDefinition<{ planId: string }> = {
  name: 'plans.end',
  topics: [PLAN_RETIRED],
  batchSize: 1,
  async handle({ planId }, ctx) {
    await endAssignments(ctx, planId);
  },
};

/** Someone became active or inactive, was transferred, or got a new posting or designation: re-evaluate them. */
export const evaluatePersonJob: JobDefinition<{ userId: string; transferId?: string; reason?: string }> = {
  name: 'plans.evaluate-person',
  topics: [USER_ACTIVATED, USER_DEACTIVATED, USER_TRANSFERRED, POSTING_CHANGED],
  async handle(event, ctx) {
    await evaluatePerson(ctx, event.userId, event.transferId ? 'transfer' : event.reason ? 'posting' : 'activation');
  },
};

/** Accounts merged: move the duplicate's plan records to the account kept. */
export const mergePlansJob: JobDefinition<{ duplicateUserId: string; targetUserId: string }> = {
  name: 'plans.merge',
  topics: [USER_MERGED],
  async handle(event, ctx) {
    await mergePlanRecords(ctx, event.duplicateUserId, event.targetUserId);
  },
};

/** A course or programme completed: complete the requirements it satisfies (exactly once: only open cycles change). */
export const settleJob: JobDefinition<{ userId: string }> = {
  name: 'plans.settle',
  topics: [COURSE_COMPLETED, PROGRAMME_COMPLETED],
  async handle({ userId }, ctx) {
    await ctx.db.transaction().execute(async (trx) => {
      await lockPerson(trx, userId);
      const plans = await activePlanRulesFor(trx, userId);
      if (plans.length === 0) return;
      const changed = await settlePerson(trx, userId, plans, ctx.clock.now());
      if (plans.some((p) => p.acrLinked && changed.includes(p.id))) await writeComplianceChanged(trx, [userId]);
    });
  },
};

/** A course was retired: requirements that no longer need it may now be complete. */
export const courseRetiredJob: JobDefinition<{ courseId: string }> = {
  name: 'plans.course-retired',
  topics: ['course.retired'],
  async handle({ courseId }, ctx) {
    const fact = (await courseFacts(ctx.db, [courseId])).get(courseId);
    for (const planId of await livePlansTouchingCourse(ctx.db, courseId, fact?.tags ?? [])) await resettlePlan(ctx, planId);
  },
};

/**
 * Every 15 minutes: live plans whose audience may have changed (people loaded or changed without an event) are
 * reconciled set-wise; a no-op when nothing changed (`reconcile.service.ts`).
 */
export const reconcileJob: JobDefinition<Record<string, never>> = {
  name: 'plans.reconcile',
  schedule: { cron: '*/15 * * * *', tz: 'Asia/Kolkata' },
  batchSize: 1,
  retryLimit: 2,
  async handle(_payload, ctx) {
    await reconcileLivePlans(ctx);
    await sendAllPendingNotices(ctx);
  },
};

/** Every day at 09:00 India time: renewals, reminders before the deadline, weekly reminders while overdue. */
export const dailyJob: JobDefinition<Record<string, never>> = {
  name: 'plans.daily',
  schedule: { cron: '0 9 * * *', tz: 'Asia/Kolkata' },
  retryLimit: 2,
  async handle(_payload, ctx) {
    await runDaily(ctx);
  },
};

/** Every Monday at 09:30 India time: the overdue digest to MDO admins. */
export const escalationJob: JobDefinition<Record<string, never>> = {
  name: 'plans.escalation',
  schedule: { cron: '30 9 * * 1', tz: 'Asia/Kolkata' },
  retryLimit: 2,
  async handle(_payload, ctx) {
    await runEscalation(ctx);
  },
};

export const planJobs = [sweepPlanJob, notifyAssignedJob, planWidenedJob, followDeadlineJob, endPlanJob, evaluatePersonJob, mergePlansJob, settleJob, courseRetiredJob, reconcileJob, dailyJob, escalationJob];
