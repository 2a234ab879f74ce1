import { expect } from 'vitest';
import type { AppContext } from '../src/platform/context';
import { markSubtreeDirty } from '../src/modules/reports/refresh.repo';
import { drainAll } from '../src/modules/reports/rollup.jobs';
import { reconcileNode } from '../src/modules/reports/reconcile.service';
import { eventually, spendCourseTime, type TestClient } from './harness';
import { orgId } from './factories';
import type { MadeCourse } from './course-factories';

/** Enrols through the API and completes a one-HTML-lesson course (made with lessons [{ type: 'html' }]). */
export async function completeCourse(c: TestClient, course: MadeCourse): Promise<void> {
  const enrolled = await c.post(`/api/courses/${course.courseId}/enrol`);
  expect([200, 201]).toContain(enrolled.status);
  const seconds = spendCourseTime(c, course.durationMinutes, course.lessons.length);
  const res = await c.post(`/api/courses/${course.courseId}/progress`, {
    updates: course.lessons.map((l, i) => ({ lessonKey: l.key, clientSeq: i + 1, timeSpentSeconds: seconds, language: 'en', html: { scrolledToEnd: true } })),
  });
  expect(res.status).toBe(200);
  expect(res.body.completion.status).toBe('completed');
}

/** Queues everyone of a subtree (people made by factories have no events) and drains in this process. */
export async function refreshSubtree(ctx: AppContext, code: string): Promise<void> {
  const org = await ctx.db.selectFrom('orgs').select('path').where('code', '=', code).executeTakeFirstOrThrow();
  await markSubtreeDirty(ctx.db, org.path);
  await drainAll(ctx);
}

/** The reconciliation check of a node must find no difference once the events in flight are in (within 20 s). */
export async function expectReconciled(ctx: AppContext, code: string): Promise<void> {
  const id = await orgId(ctx, code);
  // A dispatched event may still wait in the queue for its ingest job (a certificate issued just after a completion),
  // so the check is retried until it matches; after 20 s the last differences are what the test reports.
  let last: Awaited<ReturnType<typeof reconcileNode>> | null = null;
  const settled = await eventually(async () => {
    const pending = await ctx.db.selectFrom('outbox').select('id').where('dispatched_at', 'is', null).limit(1).executeTakeFirst();
    const check = await reconcileNode(ctx.db, id);
    last = check;
    return !pending && check.pendingPeople === 0 && check.matches ? check : null;
  }, 20_000).catch(() => last ?? reconcileNode(ctx.db, id));
  expect(settled.mismatches).toEqual([]);
  expect(settled.matches).toBe(true);
}

/** Polls a node's dashboard until the predicate holds (the outbox → jobs → rollup pipeline is asynchronous). */
export async function dashboardWhen(c: TestClient, id: string, ok: (body: any) => boolean, query = ''): Promise<any> {
  return eventually(async () => {
    const res = await c.get(`/api/reports/orgs/${id}/dashboard${query}`);
    return res.status === 200 && ok(res.body) ? res.body : null;
  }, 30_000);
}
