import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import type { Me } from './types';

export const sessionKey = ['session'] as const;

/** After sign-in or sign-out: drop the previous user's data and reload the session (which every view observes). */
async function resetForNewUser(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  await client.refetchQueries({ queryKey: sessionKey });
}

/** The current session: the signed-in user (or null) and the CSRF token. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: () => unwrap(api.GET('/api/auth/session')), staleTime: 60_000 });
}

/** The signed-in user, or null while signed out or loading. */
export function useMe(): Me | null {
  return useSession().data?.user ?? null;
}

/** Whether the user holds any of the given roles (anywhere). */
export function hasRole(me: Me | null, roles: readonly string[]): boolean {
  return !!me && me.roles.some((r) => roles.includes(r.role));
}

export const ADMIN_ROLES = ['mdo_admin', 'state_admin', 'platform_admin'] as const;
export const CONTENT_ROLES = ['content_creator', 'content_reviewer', 'content_publisher'] as const;

/** Signs in with an e-mail, mobile number or employee ID and a password. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { identifier: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: () => resetForNewUser(client),
  });
}

/** Signs out of this browser, or everywhere. */
export function useLogout(everywhere = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(everywhere ? api.POST('/api/auth/logout-all') : api.POST('/api/auth/logout')),
    onSuccess: () => resetForNewUser(client),
  });
}

/** Asks for a password-reset code. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { identifier: string }) => unwrap(api.POST('/api/auth/password-reset/request', { body })),
  });
}

/** Sets a new password with the reset code. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { identifier: string; code: string; newPassword: string }) =>
      unwrap(api.POST('/api/auth/password-reset/confirm', { body })),
  });
}

/** Sets the first password of an account created by an admin or an import. */
export function useSetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) => unwrap(api.POST('/api/auth/set-password', { body })),
  });
}
