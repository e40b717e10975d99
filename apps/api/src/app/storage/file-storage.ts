import { Inject, Injectable } from '@nestjs/common';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** Keys are made by the server (`area/uuid`), never from a client's file name. */
const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)+$/;

/**
 * Every store refuses any other key, so that a bug can never turn a key into a path outside the
 * files folder (`..`) or into another object's name.
 */
export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
  return key;
}

/**
 * Where uploaded files are kept. Local disk under the data dir by default; an S3-compatible
 * store takes the same interface when S3_BUCKET is set (see file-storage.provider.ts).
 */
export abstract class FileStorage {
  abstract put(key: string, content: Buffer): Promise<void>;
  /** The content, or null when nothing is stored under the key. */
  abstract get(key: string): Promise<Buffer | null>;
  abstract delete(key: string): Promise<void>;

  static newKey(area: string): string {
    return `${area}/${randomUUID()}`;
  }
}

@Injectable()
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = join(config.dataDir, 'files');
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // Write beside and rename, so a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, content, { mode: 0o600 });
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    return join(this.root, ...checkedKey(key).split('/'));
  }
}
