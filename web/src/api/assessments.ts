import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import type { Attempt, AttemptAnswers } from './types';

const summaryKey = (courseId: string, lessonKey: string) => ['assessment', courseId, lessonKey] as const;

/** Pass mark, attempts used and left, time limit, best score and any attempt in progress. */
export function useAssessmentSummary(courseId: string, lessonKey: string) {
  return useQuery({
    queryKey: summaryKey(courseId, lessonKey),
    queryFn: () => unwrap(api.GET('/api/courses/{courseId}/assessments/{lessonKey}', { params: { path: { courseId, lessonKey } } })),
  });
}

/** Starts an attempt, or resumes the one in progress with its saved answers. */
export function useStartAttempt(courseId: string, lessonKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/courses/{courseId}/assessments/{lessonKey}/attempts', { params: { path: { courseId, lessonKey } } })),
    onSuccess: (attempt) => {
      client.setQueryData(['attempt', attempt.id], attempt);
      return client.invalidateQueries({ queryKey: summaryKey(courseId, lessonKey) });
    },
  });
}

/** One attempt: questions, saved answers, time left, and the result once submitted. */
export function useAttempt(id: string | null) {
  return useQuery({
    queryKey: ['attempt', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/attempts/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** Autosave: sends the answers changed since the last save (`keepalive` lets the last save outlive a closing page). */
export function saveAnswers(id: string, answers: AttemptAnswers, keepalive = false) {
  return unwrap(api.PUT('/api/attempts/{id}/answers', { params: { path: { id } }, body: { answers }, keepalive }));
}

/** Submits an attempt (with any answers not yet saved) and refreshes the course's progress. */
export function useSubmitAttempt(courseId: string, lessonKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answers }: { id: string; answers?: AttemptAnswers }) =>
      unwrap(api.POST('/api/attempts/{id}/submit', { params: { path: { id } }, body: answers ? { answers } : {} })),
    onSuccess: (attempt: Attempt) => {
      client.setQueryData(['attempt', attempt.id], attempt);
      return Promise.all([
        client.invalidateQueries({ queryKey: summaryKey(courseId, lessonKey) }),
        client.invalidateQueries({ queryKey: ['learning', courseId] }),
      ]);
    },
  });
}
