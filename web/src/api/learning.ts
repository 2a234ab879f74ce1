import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { ApiError, unwrap } from './errors';
import type { LessonContent, LessonUpdate, RatingInput } from './types';

const learningKey = (courseId: string) => ['learning', courseId] as const;

/** The signed-in learner's progress in one course, or null when not enrolled. */
export function useCourseLearning(courseId: string, enabled = true) {
  return useQuery({
    queryKey: learningKey(courseId),
    enabled,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/me/learning/{courseId}', { params: { path: { courseId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Enrols the signed-in user in a course (an existing enrolment is returned as is). */
export function useEnrol(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/courses/{courseId}/enrol', { params: { path: { courseId } } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: learningKey(courseId) }), client.invalidateQueries({ queryKey: ['my-learning'] })]),
  });
}

/** Sends a batch of lesson progress; `keepalive` lets the last report outlive the page (pagehide). */
export async function sendProgress(courseId: string, updates: LessonUpdate[], keepalive = false) {
  return unwrap(api.POST('/api/courses/{courseId}/progress', { params: { path: { courseId } }, body: { updates }, keepalive }));
}

/**
 * A lesson's content (file, HTML, link) in the UI language, else the other one, from the learner's lesson endpoint;
 * null when the learner is not enrolled or the lesson left the current version.
 */
export function useLessonContent(courseId: string, lessonKey: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: ['lesson-content', courseId, lessonKey],
    enabled,
    retry: false,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/courses/{courseId}/lessons/{lessonKey}', { params: { path: { courseId, lessonKey } } }));
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 409)) return null;
        throw error;
      }
    },
    select: (lesson): LessonContent | null => {
      if (!lesson) return null;
      return (language === 'hi' ? (lesson.content.hi ?? lesson.content.en) : (lesson.content.en ?? lesson.content.hi)) ?? null;
    },
  });
}

/** Progress reporting as a mutation, refreshing the course's learning state afterwards. */
export function useReportProgress(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (updates: LessonUpdate[]) => sendProgress(courseId, updates),
    onSuccess: () => client.invalidateQueries({ queryKey: learningKey(courseId) }),
  });
}

/** Refreshes a course's learning state (after progress sent outside a mutation, e.g. on pagehide). */
export function useRefreshLearning(courseId: string) {
  const client = useQueryClient();
  // Stable, so the players' effects that report progress do not restart on every render.
  return useCallback(() => client.invalidateQueries({ queryKey: learningKey(courseId) }), [client, courseId]);
}

/** In progress, completed and assigned courses of the signed-in user. */
export function useMyLearning() {
  return useQuery({ queryKey: ['my-learning'], queryFn: () => unwrap(api.GET('/api/me/learning')) });
}

/** A page of a course's ratings and reviews. */
export function useRatings(courseId: string, page = 1) {
  return useQuery({
    queryKey: ['ratings', courseId, page],
    queryFn: () => unwrap(api.GET('/api/courses/{courseId}/ratings', { params: { path: { courseId }, query: { page } } })),
  });
}

/** Rates a completed course (replacing the learner's earlier rating). */
export function useRateCourse(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RatingInput) => unwrap(api.PUT('/api/courses/{courseId}/rating', { params: { path: { courseId } }, body })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['ratings', courseId] }), client.invalidateQueries({ queryKey: ['course', courseId] })]),
  });
}
