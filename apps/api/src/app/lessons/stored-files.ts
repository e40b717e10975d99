import type { Logger } from '@nestjs/common';
import type { FileStorage } from '../storage/file-storage';

/** Deletes stored files once the rows that pointed at them are gone; a file left behind is harmless, a row without its file is not. */
export async function deleteStoredFiles(storage: FileStorage, keys: readonly string[], logger: Logger): Promise<void> {
  for (const key of keys) {
    try {
      await storage.delete(key);
    } catch (error) {
      logger.warn(`Could not delete stored file ${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
