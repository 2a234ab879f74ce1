import type { LessonType } from './courses.tables';

/** A kind of upload: how it is recognised (magic bytes via file-type, and file extension) and how large it may be. */
export interface FileKind {
  kind: 'video' | 'audio' | 'pdf' | 'image' | 'document';
  /** Extensions file-type reports for the content. */
  detected: string[];
  /** Extensions the uploaded file's name may have. */
  extensions: string[];
  maxBytes: number;
}

const MB = 1024 * 1024;

export const FILE_KINDS: FileKind[] = [
  { kind: 'video', detected: ['mp4'], extensions: ['mp4'], maxBytes: 500 * MB },
  { kind: 'audio', detected: ['mp3', 'm4a'], extensions: ['mp3', 'm4a'], maxBytes: 100 * MB },
  { kind: 'pdf', detected: ['pdf'], extensions: ['pdf'], maxBytes: 50 * MB },
  { kind: 'image', detected: ['png', 'jpg', 'webp'], extensions: ['png', 'jpg', 'jpeg', 'webp'], maxBytes: 5 * MB },
  { kind: 'document', detected: ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'], extensions: ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'], maxBytes: 50 * MB },
];

/** The kinds each upload purpose accepts. */
export const PURPOSE_KINDS: Record<'thumbnail' | 'lesson', FileKind['kind'][]> = {
  thumbnail: ['image'],
  lesson: ['video', 'audio', 'pdf', 'image', 'document'],
};

/** The largest file any kind of a purpose allows: the streaming cap given to multipart. */
export function purposeLimit(purpose: 'thumbnail' | 'lesson'): number {
  return Math.max(...FILE_KINDS.filter((k) => PURPOSE_KINDS[purpose].includes(k.kind)).map((k) => k.maxBytes));
}

/** Extensions a purpose accepts, for the refusal message. */
export function allowedExtensions(purpose: 'thumbnail' | 'lesson'): string {
  return FILE_KINDS.filter((k) => PURPOSE_KINDS[purpose].includes(k.kind)).flatMap((k) => k.extensions).join(', ');
}

/** The kind matching both the detected content and the name's extension, within a purpose; undefined when refused. */
export function matchKind(purpose: 'thumbnail' | 'lesson', detectedExt: string | undefined, fileName: string): FileKind | undefined {
  const nameExt = fileName.toLowerCase().split('.').pop() ?? '';
  return FILE_KINDS.find(
    (k) => PURPOSE_KINDS[purpose].includes(k.kind) && detectedExt !== undefined && k.detected.includes(detectedExt) && k.extensions.includes(nameExt),
  );
}

/** The media types a lesson of each type may point at. */
export function lessonAcceptsMedia(type: LessonType, mediaType: string): boolean {
  switch (type) {
    case 'video':
      return mediaType === 'video/mp4';
    case 'audio':
      return mediaType.startsWith('audio/');
    case 'pdf':
      return mediaType === 'application/pdf';
    case 'file':
      return true;
    default:
      return false;
  }
}
