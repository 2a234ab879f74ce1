import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { ApiError, unwrap } from './errors';
import type { Body, Paths, Reply } from './types';

export type MyPlans = Reply<'/api/me/plans'>;
export type MyPlan = MyPlans['overdue'][number];
export type RequirementLine = MyPlan['requirements'][number];
export type AdminPlan = Reply<'/api/admin/plans/{id}'>;
export type PlanInput = Body<'/api/admin/plans', 'post'>;
export type PlanListQuery = NonNullable<Paths['/api/admin/plans']['get']['parameters']['query']>;
export type PlanProgress = Reply<'/api/admin/plans/{id}/progress'>;
export type PeopleQuery = NonNullable<Paths['/api/admin/plans/{id}/people']['get']['parameters']['query']>;
export type PeopleStatus = NonNullable<PeopleQuery['status']>;
export type PersonInPlan = Reply<'/api/plans/{id}/people/{userId}'>;
export type HrmsAccess = Reply<'/api/admin/hrms'>;

/** The signed-in learner's plans, grouped for the home page. */
export function useMyPlans(enabled = true) {
  return useQuery({ queryKey: ['my-plans'], queryFn: () => unwrap(api.GET('/api/me/plans')), enabled });
}

/** People whose reporting officer is the signed-in user. */
export function useMyReportees(enabled = true) {
  return useQuery({ queryKey: ['my-reportees'], queryFn: () => unwrap(api.GET('/api/me/reportees')), enabled });
}

/** Plans the admin owns or whose audience covers their people. */
export function useAdminPlans(query: PlanListQuery) {
  return useQuery({
    queryKey: ['admin', 'plans', query],
    queryFn: () => unwrap(api.GET('/api/admin/plans', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** One plan for its admins, or null when it does not exist or is out of reach (404). */
export function useAdminPlan(id: string) {
  return useQuery({
    queryKey: ['admin', 'plan', id],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/admin/plans/{id}', { params: { path: { id } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Creates a draft plan. */
export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanInput) => unwrap(api.POST('/api/admin/plans', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'plans'] }),
  });
}

/** How many people an audience matches now. */
export function useAudiencePreview() {
  return useMutation({ mutationFn: (body: Body<'/api/admin/plans/audience-preview', 'post'>) => unwrap(api.POST('/api/admin/plans/audience-preview', { body })) });
}

/** Publishing, retiring and deleting a plan; each refreshes the plan and the lists. */
export function usePlanActions(id: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['admin'] });
  const path = { params: { path: { id } } };
  return {
    publish: useMutation({
      mutationFn: (body: Body<'/api/admin/plans/{id}/publish', 'post'>) => unwrap(api.POST('/api/admin/plans/{id}/publish', { ...path, body })),
      onSuccess: refresh,
    }),
    retire: useMutation({ mutationFn: () => unwrap(api.POST('/api/admin/plans/{id}/retire', path)), onSuccess: refresh }),
    remove: useMutation({ mutationFn: () => unwrap(api.DELETE('/api/admin/plans/{id}', path)), onSuccess: refresh }),
  };
}

export type PublishPreview = Reply<'/api/admin/plans/{id}/publish-preview'>;
export type LiveChange = Body<'/api/admin/plans/{id}', 'patch'>;

/** What publishing a draft would do now: how many people, by when, and the version being confirmed. */
export function usePublishPreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'plan', id, 'publish-preview'],
    queryFn: () => unwrap(api.GET('/api/admin/plans/{id}/publish-preview', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

/** Replaces a draft's contents (the same form as creation). */
export function useUpdatePlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanInput) => unwrap(api.PUT('/api/admin/plans/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** A live plan's allowed changes: what one would do (preview) and doing it. */
export function useLiveChange(id: string) {
  const client = useQueryClient();
  const path = { params: { path: { id } } };
  return {
    preview: useMutation({ mutationFn: (body: LiveChange) => unwrap(api.POST('/api/admin/plans/{id}/change-preview', { ...path, body })) }),
    apply: useMutation({ mutationFn: (body: LiveChange) => unwrap(api.PATCH('/api/admin/plans/{id}', { ...path, body })), onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }) }),
  };
}

/** A person's recorded reporting officer (admins over their organisation). */
export function useReportingOfficer(userId: string) {
  return useQuery({ queryKey: ['admin', 'reporting-officer', userId], queryFn: () => unwrap(api.GET('/api/admin/reporting-officers/{userId}', { params: { path: { userId } } })) });
}

/** Records, changes or removes (null) a person's reporting officer. */
export function useSetReportingOfficer(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (officerId: string | null) => unwrap(api.PUT('/api/admin/reporting-officers/{userId}', { params: { path: { userId } }, body: { officerId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'reporting-officer', userId] }),
  });
}

/** A plan's progress counts (refreshed while its go-live sweep runs). */
export function usePlanProgress(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'plan', id, 'progress'],
    queryFn: () => unwrap(api.GET('/api/admin/plans/{id}/progress', { params: { path: { id } } })),
    enabled,
    refetchInterval: (q) => (q.state.data?.sweep.status === 'running' ? 5000 : false),
  });
}

/** One page of a plan's people in a bucket. */
export function usePlanPeople(id: string, query: PeopleQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'plan', id, 'people', query],
    queryFn: () => unwrap(api.GET('/api/admin/plans/{id}/people', { params: { path: { id }, query } })),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** One person in one plan (admins and the person's reporting officer). */
export function usePersonInPlan(planId: string, userId: string) {
  return useQuery({
    queryKey: ['plan-person', planId, userId],
    queryFn: () => unwrap(api.GET('/api/plans/{id}/people/{userId}', { params: { path: { id: planId, userId } } })),
  });
}

/** Granting an extension or an exemption; the answer is the person's new standing. */
export function useGrantException(planId: string, userId: string) {
  const client = useQueryClient();
  const path = { params: { path: { id: planId, userId } } };
  const done = () => Promise.all([client.invalidateQueries({ queryKey: ['plan-person', planId, userId] }), client.invalidateQueries({ queryKey: ['admin', 'plan', planId] })]);
  return {
    extend: useMutation({
      mutationFn: (body: Body<'/api/plans/{id}/people/{userId}/extension', 'post'>) => unwrap(api.POST('/api/plans/{id}/people/{userId}/extension', { ...path, body })),
      onSuccess: done,
    }),
    exempt: useMutation({
      mutationFn: (body: Body<'/api/plans/{id}/people/{userId}/exemption', 'post'>) => unwrap(api.POST('/api/plans/{id}/people/{userId}/exemption', { ...path, body })),
      onSuccess: done,
    }),
  };
}

/** Every designation (audience criteria). */
export function useAllDesignations() {
  return useQuery({ queryKey: ['designations'], queryFn: () => unwrap(api.GET('/api/designations')), staleTime: 10 * 60_000 });
}

/** Published programmes, to choose one as a requirement. */
export function useProgrammeChoices() {
  return useQuery({ queryKey: ['programmes', 'choices'], queryFn: () => unwrap(api.GET('/api/programmes', { params: { query: {} } })), staleTime: 60_000 });
}

/** API tokens and webhooks of the admin's organisations. */
export function useHrmsAccess() {
  return useQuery({ queryKey: ['admin', 'hrms'], queryFn: () => unwrap(api.GET('/api/admin/hrms')) });
}

/** Creating and revoking API tokens and webhooks (the secret comes back once, in the mutation's data). */
export function useHrmsActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['admin', 'hrms'] });
  return {
    createToken: useMutation({ mutationFn: (body: Body<'/api/admin/hrms/tokens', 'post'>) => unwrap(api.POST('/api/admin/hrms/tokens', { body })), onSuccess: refresh }),
    revokeToken: useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/admin/hrms/tokens/{id}/revoke', { params: { path: { id } } })), onSuccess: refresh }),
    createWebhook: useMutation({ mutationFn: (body: Body<'/api/admin/hrms/webhooks', 'post'>) => unwrap(api.POST('/api/admin/hrms/webhooks', { body })), onSuccess: refresh }),
    revokeWebhook: useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/admin/hrms/webhooks/{id}/revoke', { params: { path: { id } } })), onSuccess: refresh }),
  };
}

/** What a compliance statement's QR code points at. */
export function useVerifyStatement(number: string) {
  return useQuery({
    queryKey: ['verify-statement', number],
    queryFn: () => unwrap(api.GET('/api/v1/compliance-statements/{number}/verify', { params: { path: { number } } })),
    retry: false,
  });
}

/** People in an organisation's subtree whose employee ID or name matches, to add to or leave out of an audience. */
export function usePersonSearch(q: string, orgId: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['admin', 'users', 'audience-pick', orgId, term],
    queryFn: () => unwrap(api.GET('/api/admin/users', { params: { query: { q: term, orgId, pageSize: 10 } } })),
    enabled: term.length > 0 && orgId !== '',
  });
}
