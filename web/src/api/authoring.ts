import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiHeaders } from './client';
import { toApiError, unwrap } from './errors';
import type { AudienceInput, AuthoringListQuery, CreateCourseInput, FileInfo, LessonInput, LessonPatch, QuestionInput, QuestionPatch, UpdateDraftInput } from './types';

const courseKey = (id: string) => ['authoring', 'course', id] as const;

/** Courses of the organisations where the user holds a content role, optionally by state. */
export function useAuthoringCourses(query: AuthoringListQuery) {
  return useQuery({
    queryKey: ['authoring', 'list', query],
    queryFn: () => unwrap(api.GET('/api/authoring/courses', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** One course as its authors see it: the working version, review history and the caller's permissions. */
export function useAuthoringCourse(id: string) {
  return useQuery({ queryKey: courseKey(id), queryFn: () => unwrap(api.GET('/api/authoring/courses/{id}', { params: { path: { id } } })) });
}

/** Creates a draft course. */
export function useCreateCourse() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseInput) => unwrap(api.POST('/api/authoring/courses', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['authoring', 'list'] }),
  });
}

/** Every change to a course's working version; each refreshes the course afterwards. */
export function useCourseEditing(courseId: string) {
  const client = useQueryClient();
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: courseKey(courseId) }), client.invalidateQueries({ queryKey: ['authoring', 'list'] })]);
  const id = { params: { path: { id: courseId } } };
  const m = <A, R>(fn: (arg: A) => Promise<R>) => useMutation({ mutationFn: fn, onSuccess: refresh });
  return {
    updateDraft: m((body: UpdateDraftInput) => unwrap(api.PATCH('/api/authoring/courses/{id}/draft', { ...id, body }))),
    addModule: m((body: { titles: { en?: string; hi?: string } }) => unwrap(api.POST('/api/authoring/courses/{id}/modules', { ...id, body }))),
    updateModule: m(({ moduleId, ...body }: { moduleId: string; titles?: { en?: string; hi?: string }; position?: number }) =>
      unwrap(api.PATCH('/api/authoring/modules/{id}', { params: { path: { id: moduleId } }, body })),
    ),
    deleteModule: m((moduleId: string) => unwrap(api.DELETE('/api/authoring/modules/{id}', { params: { path: { id: moduleId } } }))),
    addLesson: m(({ moduleId, body }: { moduleId: string; body: LessonInput }) =>
      unwrap(api.POST('/api/authoring/modules/{id}/lessons', { params: { path: { id: moduleId } }, body })),
    ),
    updateLesson: m(({ lessonId, body }: { lessonId: string; body: LessonPatch }) =>
      unwrap(api.PATCH('/api/authoring/lessons/{id}', { params: { path: { id: lessonId } }, body })),
    ),
    deleteLesson: m((lessonId: string) => unwrap(api.DELETE('/api/authoring/lessons/{id}', { params: { path: { id: lessonId } } }))),
    submit: m((comment?: string) => unwrap(api.POST('/api/authoring/courses/{id}/submit', { ...id, body: { comment } }))),
    approve: m((comment?: string) => unwrap(api.POST('/api/authoring/courses/{id}/approve', { ...id, body: { comment } }))),
    sendBack: m((comment: string) => unwrap(api.POST('/api/authoring/courses/{id}/send-back', { ...id, body: { comment } }))),
    publish: m(() => unwrap(api.POST('/api/authoring/courses/{id}/publish', id))),
    retire: m((comment?: string) => unwrap(api.POST('/api/authoring/courses/{id}/retire', { ...id, body: { comment } }))),
    newVersion: m(() => unwrap(api.POST('/api/authoring/courses/{id}/versions', id))),
    setAudience: m((body: AudienceInput) => unwrap(api.PUT('/api/authoring/courses/{id}/audience', { ...id, body }))),
  };
}

/** Uploads one file for a course with progress (fetch cannot report upload progress, so this uses XMLHttpRequest). */
export async function uploadCourseFile(courseId: string, purpose: 'lesson' | 'thumbnail', file: File, onProgress: (percent: number) => void): Promise<FileInfo> {
  const headers = await apiHeaders('POST');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/authoring/courses/${encodeURIComponent(courseId)}/files?purpose=${purpose}`);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as FileInfo);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(toApiError(0, null));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** The question bank of one quiz or final assessment lesson. */
export function useQuestions(courseId: string, lessonKey: string) {
  return useQuery({
    queryKey: ['authoring', 'questions', courseId, lessonKey],
    queryFn: () => unwrap(api.GET('/api/authoring/courses/{courseId}/questions', { params: { path: { courseId }, query: { lessonKey } } })),
  });
}

/** Adds, changes (the whole question, any type) or removes questions of a lesson. */
export function useQuestionEditing(courseId: string, lessonKey: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['authoring', 'questions', courseId, lessonKey] });
  return {
    add: useMutation({
      mutationFn: (body: QuestionInput) => unwrap(api.POST('/api/authoring/courses/{courseId}/questions', { params: { path: { courseId } }, body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: QuestionPatch }) => unwrap(api.PATCH('/api/authoring/questions/{id}', { params: { path: { id } }, body })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => unwrap(api.DELETE('/api/authoring/questions/{id}', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
  };
}
