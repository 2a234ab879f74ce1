import crypto from 'node:crypto';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { sql } from 'kysely';
import type { Static } from '@sinclair/typebox';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { storageFor, type ByteRange } from '../../platform/storage';
import { courseError } from './courses.messages';
import { coursePermissions } from './courses.policy';
import { findCourse } from './courses.repo';
import type { FileInfo } from './courses.schema';
import { canSeeCourse } from './courses.service';
import { allowedExtensions, matchKind, type FileKind } from './files.rules';

type Purpose = 'thumbnail' | 'lesson';
const HEAD_BYTES = 4100;
const MIME_BY_EXT: Record<string, string> = { m4a: 'audio/mp4', mp3: 'audio/mpeg', jpg: 'image/jpeg' };

/**
 * Hashes and counts the bytes as they pass, recognises the type from the first bytes (magic numbers) and the name,
 * and stops the stream as soon as the type is refused or the kind's size limit is passed.
 */
class UploadInspector extends Transform {
  readonly hash = crypto.createHash('sha256');
  size = 0;
  kind: FileKind | undefined;
  mediaType = '';
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(
    private readonly purpose: Purpose,
    private readonly fileName: string,
  ) {
    super();
  }

  private async recognise(): Promise<void> {
    const head = Buffer.concat(this.head);
    if (head.length === 0) throw courseError(400, 'FILE_EMPTY');
    const detected = await fileTypeFromBuffer(head);
    this.kind = matchKind(this.purpose, detected?.ext, this.fileName);
    if (!this.kind || !detected) throw courseError(415, 'FILE_TYPE_NOT_ALLOWED', { allowed: allowedExtensions(this.purpose) });
    this.mediaType = MIME_BY_EXT[detected.ext] ?? detected.mime;
    this.checkSize();
    this.push(head);
    this.head = [];
  }

  private checkSize(): void {
    if (this.kind && this.size > this.kind.maxBytes) {
      throw courseError(413, 'FILE_TOO_LARGE', { limitMb: Math.round(this.kind.maxBytes / (1024 * 1024)) });
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.kind) {
      try {
        this.checkSize();
        done(null, chunk);
      } catch (err) {
        done(err as Error);
      }
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < HEAD_BYTES) return done();
    this.recognise().then(() => done(), (err: Error) => done(err));
  }

  override _flush(done: TransformCallback): void {
    if (this.kind) return done();
    this.recognise().then(() => done(), (err: Error) => done(err));
  }
}

/** An uploaded multipart file as the route hands it over. */
export interface IncomingFile {
  filename: string;
  file: Readable & { truncated?: boolean };
}

function presentFile(row: { id: string; media_type: string; size_bytes: number | string; original_name: string; sha256: string }): Static<typeof FileInfo> {
  return { id: row.id, mediaType: row.media_type, sizeBytes: Number(row.size_bytes), originalName: row.original_name, sha256: row.sha256, url: `/api/files/${row.id}` };
}

/** Checks that the actor may upload files to the course (a creator over its provider) before the body is read. */
export async function ensureMayUpload(ctx: AppContext, actor: Actor, courseId: string): Promise<void> {
  const course = await findCourse(ctx.db, courseId);
  if (!course) throw courseError(404, 'COURSE_NOT_FOUND');
  if (!coursePermissions(actor, course.provider_path).edit) throw errors.forbidden();
}

/** Streams an upload into storage (never buffered whole), checking type, size and emptiness, and records it. */
export async function storeCourseFile(ctx: AppContext, actor: Actor, courseId: string, purpose: Purpose, incoming: IncomingFile): Promise<Static<typeof FileInfo>> {
  const course = await findCourse(ctx.db, courseId);
  if (!course) throw courseError(404, 'COURSE_NOT_FOUND');
  const storage = storageFor(ctx.config);
  const originalName = path.basename(incoming.filename || 'file').slice(-200);
  const inspector = new UploadInspector(purpose, originalName);
  const key = `courses/${courseId}/${crypto.randomUUID()}`;
  // Two pipelines share the inspector: request → inspector, and inspector → storage; both must succeed.
  const results = await Promise.allSettled([pipeline(incoming.file, inspector), storage.put(inspector, key)]);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await storage.delete(key);
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    const known = reasons.find((r): r is AppError => r instanceof AppError);
    if (known) throw known;
    if (reasons.some((r) => (r as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')) {
      throw courseError(413, 'FILE_TOO_LARGE', { limitMb: Math.round((inspector.kind?.maxBytes ?? 0) / (1024 * 1024)) });
    }
    throw failure.reason;
  }
  const row = await ctx.db
    .insertInto('files')
    .values({
      owner_org_id: course.provider_org_id,
      course_id: courseId,
      storage_key: key,
      media_type: inspector.mediaType,
      size_bytes: inspector.size,
      original_name: originalName,
      sha256: inspector.hash.digest('hex'),
      created_by: actor.userId,
    })
    .returning(['id', 'media_type', 'size_bytes', 'original_name', 'sha256'])
    .executeTakeFirstOrThrow();
  return presentFile(row);
}

/**
 * Finds a file the actor may read: authors, reviewers and publishers of its course see every file (drafts too);
 * anyone who can see the published course reads its thumbnail, and signed-in learners its lesson files.
 */
export async function readableFile(ctx: AppContext, actor: Actor | null, fileId: string) {
  const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirst();
  const course = file?.course_id ? await findCourse(ctx.db, file.course_id) : undefined;
  if (!file || !course) throw courseError(404, 'FILE_NOT_FOUND');
  if (coursePermissions(actor, course.provider_path).view) return file;
  const use = course.published_version_id
    ? await sql<{ thumb: boolean; lesson: boolean }>`
        SELECT v.thumbnail_file_id IS NOT DISTINCT FROM ${fileId}::uuid AS thumb,
               EXISTS (SELECT 1 FROM lessons l, jsonb_each(l.content) e WHERE l.version_id = v.id AND e.value->>'fileId' = ${fileId}) AS lesson
        FROM course_versions v WHERE v.id = ${course.published_version_id}`.execute(ctx.db).then((r) => r.rows[0])
    : undefined;
  if (use && (use.thumb || use.lesson) && (use.thumb || actor) && (await canSeeCourse(ctx.db, actor, course.id))) return file;
  if (!actor) throw errors.unauthenticated();
  throw errors.forbidden();
}

/** Parses a single `bytes=` range against a size; null = serve whole, 'unsatisfiable' = 416. */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, a = '', b = ''] = match;
  if (a === '' && b === '') return null;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** Opens a stored file (or a range of it) for streaming. */
export async function openStored(ctx: AppContext, storageKey: string, range?: ByteRange): Promise<Readable> {
  return storageFor(ctx.config).get(storageKey, range);
}
