import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import type { Body, Paths, Reply } from './types';

/** Roles that read reports over an org subtree (the server decides where). */
export const REPORT_ROLES = ['mdo_admin', 'mdo_leader', 'state_admin', 'platform_admin'] as const;

export type ReportsHome = Reply<'/api/reports'>;
export type Dashboard = Reply<'/api/reports/orgs/{orgId}/dashboard'>;
export type DashboardQuery = NonNullable<Paths['/api/reports/orgs/{orgId}/dashboard']['get']['parameters']['query']>;
export type PeoplePage = Reply<'/api/reports/orgs/{orgId}/people'>;
export type PeopleQuery = NonNullable<Paths['/api/reports/orgs/{orgId}/people']['get']['parameters']['query']>;
export type PeopleBucket = NonNullable<PeopleQuery['bucket']>;
export type PlanCompliance = Reply<'/api/reports/orgs/{orgId}/plans'>;
export type ExportJob = Reply<'/api/reports/exports/{id}'>;
export type ExportKind = Body<'/api/reports/exports', 'post'>['kind'];
export type Leaderboard = Reply<'/api/reports/orgs/{orgId}/leaderboard'>;
export type HallOfFame = Reply<'/api/reports/hall-of-fame'>;
export type CampaignList = Reply<'/api/learning-weeks'>;
export type Campaign = CampaignList['items'][number];
export type CampaignLive = Reply<'/api/learning-weeks/{id}'>;
export type CampaignInput = Body<'/api/learning-weeks', 'post'>;
export type CourseQuality = Reply<'/api/reports/courses/{courseId}/quality'>;

/** Where the signed-in user's reports start. */
export function useReportsHome() {
  return useQuery({ queryKey: ['reports', 'home'], queryFn: () => unwrap(api.GET('/api/reports')) });
}

/** A node's dashboard for a range; refreshed every minute, like the rollups behind it. */
export function useDashboard(orgId: string | undefined, query: DashboardQuery) {
  return useQuery({
    queryKey: ['reports', 'dashboard', orgId, query],
    queryFn: () => unwrap(api.GET('/api/reports/orgs/{orgId}/dashboard', { params: { path: { orgId: orgId ?? '' }, query } })),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** Distinct active and completing people for a range the dashboard cannot answer from one rollup row. */
export function useActiveInRange(orgId: string | undefined, query: { from?: string; to?: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'active', orgId, query],
    queryFn: () => unwrap(api.GET('/api/reports/orgs/{orgId}/active', { params: { path: { orgId: orgId ?? '' }, query } })),
    enabled: enabled && !!orgId,
  });
}

/** People of a node, a page at a time. */
export function usePeople(orgId: string, query: PeopleQuery) {
  return useQuery({
    queryKey: ['reports', 'people', orgId, query],
    queryFn: () => unwrap(api.GET('/api/reports/orgs/{orgId}/people', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** Plan compliance of a node. */
export function usePlanCompliance(orgId: string | undefined) {
  return useQuery({
    queryKey: ['reports', 'plans', orgId],
    queryFn: () => unwrap(api.GET('/api/reports/orgs/{orgId}/plans', { params: { path: { orgId: orgId ?? '' } } })),
    enabled: !!orgId,
  });
}

/** The user's export jobs; polled while one is still being written. */
export function useExports() {
  return useQuery({
    queryKey: ['reports', 'exports'],
    queryFn: () => unwrap(api.GET('/api/reports/exports')),
    refetchInterval: (q) => (q.state.data?.items.some((e) => e.status === 'queued' || e.status === 'running') ? 2000 : false),
  });
}

/** Queues an export of a subtree as a file. */
export function useRequestExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/reports/exports', 'post'>) => unwrap(api.POST('/api/reports/exports', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports', 'exports'] }),
  });
}

/** Turns the monthly summary e-mail on or off. */
export function useMonthlyEmail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (monthlyEmail: boolean) => unwrap(api.PUT('/api/reports/subscription', { body: { monthlyEmail } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports', 'home'] }),
  });
}

/** Learners of an org ranked by hours in a period. */
export function useLeaderboard(orgId: string | undefined, query: { from?: string; to?: string }) {
  return useQuery({
    queryKey: ['reports', 'leaderboard', orgId, query],
    queryFn: () => unwrap(api.GET('/api/reports/orgs/{orgId}/leaderboard', { params: { path: { orgId: orgId ?? '' }, query } })),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}

/** Organisations grouped by size and ranked, for a period. */
export function useHallOfFame(query: { orgId?: string; from?: string; to?: string; level?: number }) {
  return useQuery({
    queryKey: ['reports', 'fame', query],
    queryFn: () => unwrap(api.GET('/api/reports/hall-of-fame', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Learning weeks. */
export function useCampaigns() {
  return useQuery({ queryKey: ['learning-weeks'], queryFn: () => unwrap(api.GET('/api/learning-weeks')) });
}

/** A learning week's live figures, refreshed every 15 seconds while it runs. */
export function useCampaignLive(id: string) {
  return useQuery({
    queryKey: ['learning-weeks', id],
    queryFn: () => unwrap(api.GET('/api/learning-weeks/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.campaign.state === 'running' ? 15_000 : false),
  });
}

/** Creates or changes a learning week. */
export function useSaveCampaign(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignInput) =>
      id ? unwrap(api.PUT('/api/learning-weeks/{id}', { params: { path: { id } }, body })) : unwrap(api.POST('/api/learning-weeks', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['learning-weeks'] }),
  });
}

/** A course's quality report for its provider. */
export function useCourseQuality(courseId: string) {
  return useQuery({
    queryKey: ['reports', 'course', courseId],
    queryFn: () => unwrap(api.GET('/api/reports/courses/{courseId}/quality', { params: { path: { courseId } } })),
  });
}

/** The URL that streams a small export straight to the browser. */
export function directExportUrl(orgId: string, kind: ExportKind, format: 'csv' | 'xlsx'): string {
  return `/api/reports/orgs/${orgId}/export?kind=${kind}&format=${format}`;
}
