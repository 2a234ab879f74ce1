import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiHeaders } from './client';
import { ApiError, toApiError, unwrap } from './errors';
import type { Body, Paths, Reply } from './types';

export type MyCertificates = Reply<'/api/me/certificates'>;
export type MyCertificate = MyCertificates['items'][number];
export type CertificateStatus = MyCertificate['status'];
export type Verification = Reply<'/api/v1/certificates/{number}/verify'>;
export type AdminCertificatePage = Reply<'/api/admin/certificates'>;
export type AdminCertificate = AdminCertificatePage['items'][number];
export type AdminCertificateQuery = NonNullable<Paths['/api/admin/certificates']['get']['parameters']['query']>;
export type CertificateTemplate = Reply<'/api/admin/certificate-templates/{orgId}'>;
export type TemplateInput = Body<'/api/admin/certificate-templates/{orgId}', 'put'>;
export type CertificateCriteria = Reply<'/api/authoring/courses/{id}/certificate-criteria'>;

export const CERTIFICATE_STATUSES: readonly CertificateStatus[] = ['pending', 'issued', 'failed', 'not_eligible', 'revoked', 'superseded'];

/** Links to a learner's own certificate files (plain links: the browser downloads or opens them). */
export const myCertificateFiles = (id: string) => ({
  view: `/api/me/certificates/${id}/pdf`,
  download: `/api/me/certificates/${id}/pdf?download=true`,
  credential: `/api/me/certificates/${id}/credential`,
});

/** The signed-in learner's certificates; polled while one is still pending. */
export function useMyCertificates() {
  return useQuery({
    queryKey: ['certificates', 'mine'],
    queryFn: () => unwrap(api.GET('/api/me/certificates')),
    // While one is being issued, or a completion has not reached the issuing job yet.
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && (data.awaiting > 0 || data.items.some((c) => c.status === 'pending')) ? 2000 : false;
    },
  });
}

/** The public verification of a certificate number (no sign-in needed). */
export function useVerification(number: string) {
  return useQuery({
    queryKey: ['certificates', 'verify', number],
    enabled: number.length > 0,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/v1/certificates/{number}/verify', { params: { path: { number } } })),
  });
}

/** One page of certificates in the admin's organisations. */
export function useAdminCertificates(query: AdminCertificateQuery) {
  return useQuery({
    queryKey: ['admin', 'certificates', query],
    queryFn: () => unwrap(api.GET('/api/admin/certificates', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** Revoke, reissue and queue-again actions on one certificate; each refreshes the admin list. */
export function useCertificateActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['admin', 'certificates'] });
  const path = (number: string) => ({ params: { path: { number } } });
  return {
    revoke: useMutation({
      mutationFn: ({ number, reason }: { number: string; reason: string }) => unwrap(api.POST('/api/admin/certificates/{number}/revoke', { ...path(number), body: { reason } })),
      onSuccess: refresh,
    }),
    reissue: useMutation({
      mutationFn: ({ number, reason }: { number: string; reason: string }) => unwrap(api.POST('/api/admin/certificates/{number}/reissue', { ...path(number), body: { reason } })),
      onSuccess: refresh,
    }),
    requeue: useMutation({
      mutationFn: (number: string) => unwrap(api.POST('/api/admin/certificates/{number}/requeue', path(number))),
      onSuccess: refresh,
    }),
  };
}

/** An organisation's certificate template (its own and the one that applies). */
export function useCertificateTemplate(orgId: string | null) {
  return useQuery({
    queryKey: ['admin', 'certificate-template', orgId],
    enabled: !!orgId,
    queryFn: () => unwrap(api.GET('/api/admin/certificate-templates/{orgId}', { params: { path: { orgId: orgId ?? '' } } })),
  });
}

/** Saving the signatory, uploading or removing the logo and signature. */
export function useTemplateActions(orgId: string) {
  const client = useQueryClient();
  const key = ['admin', 'certificate-template', orgId];
  const set = (data: CertificateTemplate) => client.setQueryData(key, data);
  return {
    save: useMutation({
      mutationFn: (body: TemplateInput) => unwrap(api.PUT('/api/admin/certificate-templates/{orgId}', { params: { path: { orgId } }, body })),
      onSuccess: set,
    }),
    upload: useMutation({
      mutationFn: async ({ image, file }: { image: 'logo' | 'signature'; file: File }): Promise<CertificateTemplate> => {
        const form = new FormData();
        form.append('file', file);
        const response = await fetch(`/api/admin/certificate-templates/${orgId}/${image}`, {
          method: 'POST',
          body: form,
          credentials: 'same-origin',
          headers: await apiHeaders('POST'),
        }).catch(() => {
          throw new ApiError(0, 'NETWORK', '');
        });
        const body: unknown = await response.json().catch(() => null);
        if (!response.ok) throw toApiError(response.status, body);
        return body as CertificateTemplate;
      },
      onSuccess: set,
    }),
    remove: useMutation({
      mutationFn: (image: 'logo' | 'signature') => unwrap(api.DELETE('/api/admin/certificate-templates/{orgId}/{image}', { params: { path: { orgId, image } } })),
      onSuccess: set,
    }),
  };
}

/** A course's certificate criteria, for its authors. */
export function useCertificateCriteria(courseId: string) {
  return useQuery({
    queryKey: ['certificate-criteria', courseId],
    queryFn: () => unwrap(api.GET('/api/authoring/courses/{id}/certificate-criteria', { params: { path: { id: courseId } } })),
  });
}

/** Sets (or clears, with null) a course's minimum final-assessment score for its certificate. */
export function useSaveCriteria(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (minFinalScorePercent: number | null) =>
      unwrap(api.PUT('/api/authoring/courses/{id}/certificate-criteria', { params: { path: { id: courseId } }, body: { minFinalScorePercent } })),
    onSuccess: (data) => client.setQueryData(['certificate-criteria', courseId], data),
  });
}
