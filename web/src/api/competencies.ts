import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiHeaders } from './client';
import { toApiError, unwrap } from './errors';
import type { Body, Reply } from './types';

export type Framework = Reply<'/api/competencies/framework'>;
export type FrameworkArea = Framework['areas'][number];
export type Competency = FrameworkArea['themes'][number]['competencies'][number];
export type CompetencyInput = Body<'/api/admin/competency-framework/competencies/{code}', 'put'>;
export type Passbook = Reply<'/api/me/competencies'>;
export type PassbookEntry = Passbook['entries'][number];
export type Onboarding = Reply<'/api/me/competencies/onboarding'>;
export type Declaration = Body<'/api/me/competencies/declarations', 'post'>['declarations'][number];
export type GapReport = Reply<'/api/me/competencies/gaps'>;
export type CareerHub = Reply<'/api/me/career'>;
export type Recommendations = Reply<'/api/me/recommendations'>;
export type Recommendation = Recommendations['items'][number];
export type Frac = Reply<'/api/competencies/requirements/{designationId}'>;
export type FracInput = Body<'/api/admin/competency-requirements/{designationId}', 'put'>;
export type FracList = Reply<'/api/admin/competency-requirements'>;
export type ImportResult = Reply<'/api/admin/competency-requirements/import', 'post'>;
export type Coverage = Reply<'/api/admin/competency-coverage'>;

const mine = ['competencies', 'me'] as const;

/** The whole competency framework (areas → themes → competencies with level descriptors). */
export function useFramework() {
  return useQuery({ queryKey: ['competencies', 'framework'], queryFn: () => unwrap(api.GET('/api/competencies/framework')), staleTime: 5 * 60_000 });
}

/** Creates or updates a competency (platform admins). */
export function useSaveCompetency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: CompetencyInput }) =>
      unwrap(api.PUT('/api/admin/competency-framework/competencies/{code}', { params: { path: { code } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competencies', 'framework'] }),
  });
}

/** The signed-in learner's passbook. */
export function usePassbook() {
  return useQuery({ queryKey: [...mine, 'passbook'], queryFn: () => unwrap(api.GET('/api/me/competencies')) });
}

/** Declares (or re-declares) competencies; they are shown as self-declared and never count as earned. */
export function useDeclare() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (declarations: Declaration[]) => unwrap(api.POST('/api/me/competencies/declarations', { body: { declarations } })),
    onSuccess: (passbook) => {
      client.setQueryData([...mine, 'passbook'], passbook);
      return client.invalidateQueries({ queryKey: ['competencies', 'me'] });
    },
  });
}

/** Withdraws a self-declaration. */
export function useWithdrawDeclaration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.DELETE('/api/me/competencies/declarations/{code}', { params: { path: { code } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competencies', 'me'] }),
  });
}

/** The first-sign-in prompt's state and suggestions. */
export function useOnboarding(enabled = true) {
  return useQuery({ queryKey: [...mine, 'onboarding'], queryFn: () => unwrap(api.GET('/api/me/competencies/onboarding')), enabled });
}

/** Completes the first-sign-in prompt. */
export function useCompleteOnboarding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/me/competencies/onboarding', 'post'>) => unwrap(api.POST('/api/me/competencies/onboarding', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competencies', 'me'] }),
  });
}

/** Skips the first-sign-in prompt (it stays reachable from My competencies). */
export function useSkipOnboarding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/competencies/onboarding/skip')),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competencies', 'me'] }),
  });
}

/** Gap analysis for the current post or the target post. */
export function useGaps(which: 'current' | 'target') {
  return useQuery({ queryKey: [...mine, 'gaps', which], queryFn: () => unwrap(api.GET('/api/me/competencies/gaps', { params: { query: { for: which } } })) });
}

/** Career paths with the learner's place and target post. */
export function useCareer() {
  return useQuery({ queryKey: [...mine, 'career'], queryFn: () => unwrap(api.GET('/api/me/career')) });
}

/** Sets or clears the target post. */
export function useSetTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (designationId: string | null) => unwrap(api.PUT('/api/me/career/target', { body: { designationId } })),
    onSuccess: (hub) => {
      client.setQueryData([...mine, 'career'], hub);
      return client.invalidateQueries({ queryKey: ['competencies', 'me'] });
    },
  });
}

/** Ranked course recommendations with their reasons. */
export function useRecommendations(limit = 5, enabled = true) {
  return useQuery({
    queryKey: [...mine, 'recommendations', limit],
    queryFn: () => unwrap(api.GET('/api/me/recommendations', { params: { query: { limit } } })),
    enabled,
  });
}

/** A designation's role requirements (FRAC). */
export function useRequirements(designationId: string) {
  return useQuery({
    queryKey: ['competencies', 'requirements', designationId],
    queryFn: () => unwrap(api.GET('/api/competencies/requirements/{designationId}', { params: { path: { designationId } } })),
  });
}

/** Designations with their FRAC summary, for admins. */
export function useRequirementsList() {
  return useQuery({ queryKey: ['competencies', 'requirements'], queryFn: () => unwrap(api.GET('/api/admin/competency-requirements')) });
}

/** Saves a designation's whole FRAC. */
export function useSaveRequirements(designationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FracInput) =>
      unwrap(api.PUT('/api/admin/competency-requirements/{designationId}', { params: { path: { designationId } }, body })),
    onSuccess: (frac) => {
      client.setQueryData(['competencies', 'requirements', designationId], frac);
      return client.invalidateQueries({ queryKey: ['competencies', 'requirements'], exact: true });
    },
  });
}

/** Uploads a FRAC CSV (multipart); a dry run only checks. Row problems come back as an ApiError with fields. */
export function useImportRequirements() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }): Promise<ImportResult> => {
      const form = new FormData();
      form.append('file', file);
      const response = await fetch(`/api/admin/competency-requirements/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: await apiHeaders('POST'),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw toApiError(response.status, body);
      return body as ImportResult;
    },
    onSuccess: (result) => (result.applied ? client.invalidateQueries({ queryKey: ['competencies', 'requirements'] }) : undefined),
  });
}

/** Competency coverage of an organisation subtree. */
export function useCoverage(orgId: string) {
  return useQuery({
    queryKey: ['competencies', 'coverage', orgId],
    queryFn: () => unwrap(api.GET('/api/admin/competency-coverage', { params: { query: { orgId } } })),
    enabled: orgId !== '',
  });
}
