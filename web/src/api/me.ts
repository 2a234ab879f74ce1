import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import { sessionKey } from './session';
import type { Body } from './types';

/** The signed-in user's posting history, newest first. */
export function usePostings(enabled = true) {
  return useQuery({ queryKey: ['me', 'postings'], queryFn: () => unwrap(api.GET('/api/me/postings')), enabled });
}

/** Updates the user's own profile fields, language or notification preferences. */
export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/me', 'patch'>) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: (me) => {
      client.setQueryData(sessionKey, (old: { user: unknown; csrfToken: string } | undefined) =>
        old ? { ...old, user: me } : old,
      );
    },
  });
}

/** Changes the password (needs the current one). */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => unwrap(api.POST('/api/me/password', { body })),
  });
}

/** Asks the MDO admin to move the user to another org or designation. */
export function useRequestProfileChange() {
  return useMutation({
    mutationFn: (body: { orgId: string; designationId: string; effectiveDate: string }) =>
      unwrap(api.POST('/api/me/profile-change', { body })),
  });
}

/** In-app notifications, newest first. */
export function useNotifications(enabled = true) {
  return useQuery({ queryKey: ['me', 'notifications'], queryFn: () => unwrap(api.GET('/api/me/notifications')), enabled });
}

/** Marks one in-app notification as read. */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['me', 'notifications'] }),
  });
}
