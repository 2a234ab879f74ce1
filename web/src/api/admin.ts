import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiHeaders } from './client';
import { toApiError, unwrap } from './errors';
import type { Body, ImportJob, UserQuery } from './types';

/** Registrations waiting for approval in the admin's subtree. */
export function useApprovalQueue() {
  return useQuery({ queryKey: ['admin', 'registrations'], queryFn: () => unwrap(api.GET('/api/admin/registrations')) });
}

/** Approves or rejects (with a reason) a pending registration. */
export function useDecideRegistration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, reason }: { userId: string; reason?: string }) =>
      reason === undefined
        ? unwrap(api.POST('/api/admin/registrations/{userId}/approve', { params: { path: { userId } } }))
        : unwrap(api.POST('/api/admin/registrations/{userId}/reject', { params: { path: { userId } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** Undoes an approval or rejection within its window: the registration waits for approval again. */
export function useUndoRegistrationDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/api/admin/registrations/{userId}/undo', { params: { path: { userId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** One page of users, searched and filtered. */
export function useUsers(filter: UserQuery) {
  return useQuery({
    queryKey: ['admin', 'users', filter],
    queryFn: () => unwrap(api.GET('/api/admin/users', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });
}

/** One user, as the admin sees them. */
export function useAdminUser(id: string) {
  return useQuery({
    queryKey: ['admin', 'user', id],
    queryFn: () => unwrap(api.GET('/api/admin/users/{id}', { params: { path: { id } } })),
  });
}

/** Creates an account (the person receives a set-password link). */
export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/admin/users', 'post'>) => unwrap(api.POST('/api/admin/users', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

/** Every change an admin makes to one user; each refreshes the admin views. */
export function useUserActions(id: string) {
  const client = useQueryClient();
  const path = { params: { path: { id } } };
  const refresh = () => client.invalidateQueries({ queryKey: ['admin'] });
  return {
    update: useMutation({
      mutationFn: (body: Body<'/api/admin/users/{id}', 'patch'>) => unwrap(api.PATCH('/api/admin/users/{id}', { ...path, body })),
      onSuccess: refresh,
    }),
    deactivate: useMutation({
      mutationFn: (reason: string) => unwrap(api.POST('/api/admin/users/{id}/deactivate', { ...path, body: { reason } })),
      onSuccess: refresh,
    }),
    reactivate: useMutation({ mutationFn: () => unwrap(api.POST('/api/admin/users/{id}/reactivate', path)), onSuccess: refresh }),
    transfer: useMutation({
      mutationFn: (body: Body<'/api/admin/users/{id}/transfer', 'post'>) =>
        unwrap(api.POST('/api/admin/users/{id}/transfer', { ...path, body })),
      onSuccess: refresh,
    }),
    merge: useMutation({
      mutationFn: (intoUserId: string) => unwrap(api.POST('/api/admin/users/{id}/merge', { ...path, body: { intoUserId } })),
      onSuccess: refresh,
    }),
  };
}

/** Transfers into or out of the admin's subtree. */
export function useTransfers(direction: 'incoming' | 'outgoing') {
  return useQuery({
    queryKey: ['admin', 'transfers', direction],
    queryFn: () => unwrap(api.GET('/api/admin/transfers', { params: { query: { direction } } })),
  });
}

/** Accepts or rejects (with a reason) an incoming transfer. */
export function useDecideTransfer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      reason === undefined
        ? unwrap(api.POST('/api/admin/transfers/{id}/accept', { params: { path: { id } } }))
        : unwrap(api.POST('/api/admin/transfers/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** Profile-change requests waiting for the admin. */
export function useProfileChanges() {
  return useQuery({ queryKey: ['admin', 'profile-changes'], queryFn: () => unwrap(api.GET('/api/admin/profile-changes')) });
}

/** Approves or rejects (with a reason) a profile-change request. */
export function useDecideProfileChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      reason === undefined
        ? unwrap(api.POST('/api/admin/profile-changes/{id}/approve', { params: { path: { id } } }))
        : unwrap(api.POST('/api/admin/profile-changes/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** Uploads a CSV for bulk import (multipart, so it goes through fetch with the same headers). */
export function useStartImport() {
  return useMutation({
    mutationFn: async ({ orgId, file }: { orgId: string; file: File }): Promise<ImportJob> => {
      const form = new FormData();
      form.append('orgId', orgId);
      form.append('file', file);
      const response = await fetch('/api/admin/imports', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: await apiHeaders('POST'),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw toApiError(response.status, body);
      return body as ImportJob;
    },
  });
}

const FINISHED = new Set(['completed', 'failed', 'done']);

/** An import's progress, polled until it finishes. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['admin', 'import', id],
    queryFn: () => unwrap(api.GET('/api/admin/imports/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.status) ? false : 1500),
  });
}

/** An org's registration link and its QR code. */
export function useRegistrationLink(orgId: string | null) {
  return useQuery({
    queryKey: ['admin', 'registration-link', orgId],
    queryFn: () => unwrap(api.GET('/api/admin/orgs/{id}/registration-link', { params: { path: { id: orgId ?? '' } } })),
    enabled: !!orgId,
  });
}

/** Replaces an org's registration link (the old one stops working). */
export function useRotateRegistrationLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) =>
      unwrap(api.POST('/api/admin/orgs/{id}/registration-link/rotate', { params: { path: { id: orgId } } })),
    onSuccess: (link) => client.setQueryData(['admin', 'registration-link', link.orgId], link),
  });
}

/** Delivery status of the messages sent to one user. */
export function useDeliveries(userId: string) {
  return useQuery({
    queryKey: ['admin', 'messages', userId],
    queryFn: () => unwrap(api.GET('/api/admin/messages', { params: { query: { userId } } })),
  });
}

/** The org tree the admin maintains (closed orgs included), in tree order. */
export function useOrgTree() {
  return useQuery({ queryKey: ['admin', 'org-tree'], queryFn: () => unwrap(api.GET('/api/admin/orgs')) });
}

/** Create, rename, move and close orgs; every success refreshes the tree and the pickers. */
export function useOrgTreeActions() {
  const client = useQueryClient();
  const onSuccess = () => Promise.all([client.invalidateQueries({ queryKey: ['admin'] }), client.invalidateQueries({ queryKey: ['orgs'] })]);
  return {
    create: useMutation({ mutationFn: (body: Body<'/api/admin/orgs', 'post'>) => unwrap(api.POST('/api/admin/orgs', { body })), onSuccess }),
    rename: useMutation({
      mutationFn: ({ id, ...body }: { id: string } & Body<'/api/admin/orgs/{id}', 'patch'>) => unwrap(api.PATCH('/api/admin/orgs/{id}', { params: { path: { id } }, body })),
      onSuccess,
    }),
    move: useMutation({
      mutationFn: ({ id, parentId }: { id: string; parentId: string }) => unwrap(api.POST('/api/admin/orgs/{id}/move', { params: { path: { id } }, body: { parentId } })),
      onSuccess,
    }),
    close: useMutation({
      mutationFn: ({ id, transferToOrgId }: { id: string; transferToOrgId?: string }) =>
        unwrap(api.POST('/api/admin/orgs/{id}/close', { params: { path: { id } }, body: transferToOrgId ? { transferToOrgId } : {} })),
      onSuccess,
    }),
  };
}
