import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Config } from '../config/app-config';
import { FileStorage } from './file-storage';
import { objectUrl, S3FileStorage } from './s3-file-storage';

/** s3rver knows one account; it checks the access key but not SigV4 signatures (aws-sigv4.spec does). */
const ACCOUNT = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe(S3FileStorage.name, () => {
  let server: S3rver;
  let directory: string;
  let config: S3Config;
  let storage: S3FileStorage;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'bimtek-s3-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'bimtek' }] });
    const { port } = await server.run();
    config = { endpoint: `http://127.0.0.1:${port}`, bucket: 'bimtek', region: 'us-east-1', ...ACCOUNT, forcePathStyle: true };
    storage = new S3FileStorage(config);
  });

  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps a file in the bucket under its key and gives back the same bytes', async () => {
    const key = FileStorage.newKey('submissions');
    const content = Buffer.from(Array.from({ length: 256 * 4 }, (_, i) => i % 256));
    await storage.put(key, content);

    expect(await storage.get(key)).toEqual(content);
    // Where an operator finds it: the object named by the key, in the configured bucket.
    const stored = await fetch(`${config.endpoint}/bimtek/${key}`);
    expect(Buffer.from(await stored.arrayBuffer())).toEqual(content);
  });

  it('replaces the content when a key is written again', async () => {
    const key = FileStorage.newKey('lessons');
    await storage.put(key, Buffer.from('first'));
    await storage.put(key, Buffer.from('second'));
    expect((await storage.get(key))?.toString()).toBe('second');
  });

  it('answers null for a key that holds nothing, and after the file is deleted', async () => {
    expect(await storage.get(FileStorage.newKey('submissions'))).toBeNull();

    const key = FileStorage.newKey('submissions');
    await storage.put(key, Buffer.from('photo'));
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    // Deleting again is not an error: the file is gone, as asked.
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('refuses keys that are not server-made, before anything is sent', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    try {
      for (const key of ['../secrets', 'submissions/../../x', 'Submissions/A', 'plain', 'a/b.html', 'a//b', '/a/b']) {
        await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
        await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
        await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('fails loudly with the status and S3 error code, and without the secret, when the store refuses', async () => {
    const stranger = new S3FileStorage({ ...config, accessKeyId: 'NOT-A-KEY', secretAccessKey: 'very-secret-value' });
    const error = await stranger.put(FileStorage.newKey('submissions'), Buffer.from('x')).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/status 403 \(InvalidAccessKeyId\)/);
    expect((error as Error).message).not.toContain('very-secret-value');
  });

  it('treats a missing bucket as a failure, not as a missing file', async () => {
    const lost = new S3FileStorage({ ...config, bucket: 'no-such-bucket' });
    await expect(lost.get(FileStorage.newKey('submissions'))).rejects.toThrow(/status 404 \(NoSuchBucket\)/);
    await expect(lost.put(FileStorage.newKey('submissions'), Buffer.from('x'))).rejects.toThrow(/NoSuchBucket/);
  });

  it('names the endpoint when the store does not answer', async () => {
    const closed = new S3FileStorage({ ...config, endpoint: 'http://127.0.0.1:9' });
    await expect(closed.get(FileStorage.newKey('submissions'))).rejects.toThrow('no answer from http://127.0.0.1:9');
  });
});

describe(objectUrl.name, () => {
  const key = 'submissions/5b0c9a4e-1f7d-4c1e-9d3b-0d6f3c2a1b7e';

  it('puts the bucket in the path for MinIO-style stores, keeping a base path', () => {
    expect(objectUrl({ endpoint: 'http://minio:9000', bucket: 'bimtek', forcePathStyle: true }, key).href).toBe(`http://minio:9000/bimtek/${key}`);
    expect(objectUrl({ endpoint: 'https://gw.example.go.id/s3/', bucket: 'bimtek', forcePathStyle: true }, key).href).toBe(
      `https://gw.example.go.id/s3/bimtek/${key}`,
    );
  });

  it('puts the bucket in the host name for virtual-hosted style', () => {
    expect(objectUrl({ endpoint: 'https://s3.ap-southeast-3.amazonaws.com', bucket: 'bimtek', forcePathStyle: false }, key).href).toBe(
      `https://bimtek.s3.ap-southeast-3.amazonaws.com/${key}`,
    );
  });
});
