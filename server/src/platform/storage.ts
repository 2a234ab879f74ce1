import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config';

/** An inclusive byte range, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where uploaded files live. The local-directory store is the default; an S3-compatible store
 * implements the same four calls (put = multipart upload, get with Range, HEAD, DELETE).
 */
export interface FileStorage {
  /** Streams the bytes to `key`; the object appears only once it is complete. */
  put(stream: Readable, key: string): Promise<{ size: number }>;
  /** A stream of the object's bytes, or of one range of them. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** The object's size, or null when there is none. */
  stat(key: string): Promise<{ size: number } | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_-]*$/i;

/** Stores objects as files under one root directory; keys become relative paths. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(stream: Readable, key: string): Promise<{ size: number }> {
    const target = this.pathOf(key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.part`;
    try {
      await pipeline(stream, fs.createWriteStream(partial, { flags: 'wx' }));
      await fsp.rename(partial, target);
    } catch (err) {
      await fsp.rm(partial, { force: true });
      throw err;
    }
    return { size: (await fsp.stat(target)).size };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(key);
    await fsp.access(file);
    return fs.createReadStream(file, range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      return { size: (await fsp.stat(this.pathOf(key))).size };
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }
}

const stores = new Map<string, FileStorage>();

/** The file store for a configuration: `${DATA_DIR}/files`, or a per-process temp dir for memory:// databases. */
export function storageFor(config: Config): FileStorage {
  const existing = stores.get(config.dataDir);
  if (existing) return existing;
  const root =
    config.dataDir === 'memory://' ? fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-files-')) : path.join(config.dataDir, 'files');
  const store = new LocalFileStorage(root);
  stores.set(config.dataDir, store);
  return store;
}
