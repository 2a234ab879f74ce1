import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { ApiError, unwrap } from './errors';
import type { Body, Paths, Reply } from './types';

export type ProgrammeCatalogQuery = NonNullable<Paths['/api/programmes']['get']['parameters']['query']>;
export type ProgrammeCatalog = Reply<'/api/programmes'>;
export type ProgrammeCard = ProgrammeCatalog['items'][number];
export type ProgrammePage = Reply<'/api/programmes/{ref}'>;
export type ProgrammeCourseLine = ProgrammePage['courses'][number];
export type ProgrammeProgress = NonNullable<ProgrammePage['progress']>;
export type MyProgrammes = Reply<'/api/me/programmes'>;
export type MyProgramme = MyProgrammes['inProgress'][number];
export type AuthoringProgramme = Reply<'/api/authoring/programmes/{id}'>;
export type AuthoringProgrammeList = Reply<'/api/authoring/programmes'>;
export type ProgrammeStatus = AuthoringProgramme['status'];
export type CreateProgrammeInput = Body<'/api/authoring/programmes', 'post'>;
export type UpdateProgrammeInput = Body<'/api/authoring/programmes/{id}', 'patch'>;

const pageKey = (ref: string) => ['programme', ref] as const;
const authoringKey = (id: string) => ['authoring', 'programme', id] as const;

/** Published programmes the user may see, optionally matching a search. */
export function useProgrammes(query: ProgrammeCatalogQuery) {
  return useQuery({
    queryKey: ['programmes', query],
    queryFn: () => unwrap(api.GET('/api/programmes', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** A programme page (by id or code) with the signed-in learner's progress. */
export function useProgramme(ref: string) {
  return useQuery({ queryKey: pageKey(ref), queryFn: () => unwrap(api.GET('/api/programmes/{ref}', { params: { path: { ref } } })) });
}

/** Enrols the signed-in user in a programme (and its courses). */
export function useEnrolInProgramme(ref: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/programmes/{ref}/enrol', { params: { path: { ref } } })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: pageKey(ref) }),
        client.invalidateQueries({ queryKey: ['my-programmes'] }),
        client.invalidateQueries({ queryKey: ['my-learning'] }),
        client.invalidateQueries({ queryKey: ['programmes'] }),
      ]),
  });
}

/** The signed-in user's programmes, in progress and completed. */
export function useMyProgrammes() {
  return useQuery({ queryKey: ['my-programmes'], queryFn: () => unwrap(api.GET('/api/me/programmes')) });
}

/** Programmes the user manages (content roles), optionally by status. */
export function useAuthoringProgrammes(query: { status?: ProgrammeStatus; page?: number }) {
  return useQuery({
    queryKey: ['authoring', 'programmes', query],
    queryFn: () => unwrap(api.GET('/api/authoring/programmes', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** One programme as its authors see it, or null when it does not exist (404). */
export function useAuthoringProgramme(id: string) {
  return useQuery({
    queryKey: authoringKey(id),
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/authoring/programmes/{id}', { params: { path: { id } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Creates a draft programme. */
export function useCreateProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgrammeInput) => unwrap(api.POST('/api/authoring/programmes', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['authoring', 'programmes'] }),
  });
}

/** Saving, publishing, retiring and deleting a programme; each refreshes the programme and the lists. */
export function useProgrammeEditing(id: string) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: authoringKey(id) }),
      client.invalidateQueries({ queryKey: ['authoring', 'programmes'] }),
      client.invalidateQueries({ queryKey: ['programmes'] }),
    ]);
  const path = { params: { path: { id } } };
  return {
    save: useMutation({ mutationFn: (body: UpdateProgrammeInput) => unwrap(api.PATCH('/api/authoring/programmes/{id}', { ...path, body })), onSuccess: refresh }),
    publish: useMutation({ mutationFn: () => unwrap(api.POST('/api/authoring/programmes/{id}/publish', path)), onSuccess: refresh }),
    retire: useMutation({ mutationFn: () => unwrap(api.POST('/api/authoring/programmes/{id}/retire', path)), onSuccess: refresh }),
    remove: useMutation({ mutationFn: () => unwrap(api.DELETE('/api/authoring/programmes/{id}', path)), onSuccess: refresh }),
  };
}
