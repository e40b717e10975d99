import type { S3Config } from '../config/app-config';
import { EMPTY_PAYLOAD_HASH, sha256Hex, signRequest, uriEncode } from './aws-sigv4';
import { checkedKey, FileStorage } from './file-storage';

/** Long enough for the largest upload on a slow link; a store that hangs must not hold a request forever. */
const REQUEST_TIMEOUT_MS = 120_000;

/** Files as objects in an S3-compatible bucket, spoken to with plain fetch and a hand-written SigV4. */
export class S3FileStorage extends FileStorage {
  constructor(private readonly config: S3Config) {
    super();
  }

  async put(key: string, content: Buffer): Promise<void> {
    const answer = await this.send('PUT', key, content);
    if (!answer.response.ok) throw await failure(answer);
    await discard(answer.response);
  }

  async get(key: string): Promise<Buffer | null> {
    const answer = await this.send('GET', key);
    if (answer.response.ok) return Buffer.from(await answer.response.arrayBuffer());
    const error = await failure(answer);
    if (error.missingKey) return null;
    throw error;
  }

  async delete(key: string): Promise<void> {
    const answer = await this.send('DELETE', key);
    if (answer.response.ok) return discard(answer.response);
    const error = await failure(answer);
    // Deleting what is already gone is what the caller wanted.
    if (!error.missingKey) throw error;
  }

  private async send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Answer> {
    const url = objectUrl(this.config, checkedKey(key));
    const payloadHash = body ? sha256Hex(body) : EMPTY_PAYLOAD_HASH;
    const headers = signRequest(
      { method, url, headers: { 'x-amz-content-sha256': payloadHash }, payloadHash },
      this.config,
      { region: this.config.region, service: 's3' },
      new Date(),
    );
    try {
      const response = await fetch(url, {
        method,
        headers,
        // Node's Buffers are ArrayBuffer-backed; the types only fear a SharedArrayBuffer.
        body: body as Uint8Array<ArrayBuffer> | undefined,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      return { method, key, response };
    } catch (error) {
      // fetch says only "fetch failed"; say which store (the URL carries no credentials).
      throw new Error(`S3 ${method} ${key}: no answer from ${url.origin}`, { cause: error });
    }
  }
}

/** `endpoint/bucket/key` with path style, otherwise `bucket.endpoint/key` (virtual-hosted style). */
export function objectUrl(config: Pick<S3Config, 'endpoint' | 'bucket' | 'forcePathStyle'>, key: string): URL {
  const endpoint = new URL(config.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, '');
  const objectPath = key.split('/').map(uriEncode).join('/');
  if (config.forcePathStyle) return new URL(`${endpoint.origin}${basePath}/${config.bucket}/${objectPath}`);
  return new URL(`${endpoint.protocol}//${config.bucket}.${endpoint.host}${basePath}/${objectPath}`);
}

interface Answer {
  method: string;
  key: string;
  response: Response;
}

/** An answer other than 2xx, with S3's error code when its XML body has one. */
class S3Error extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }

  /** A 404 for a missing bucket is a configuration error, not a missing file. */
  get missingKey(): boolean {
    return this.code === 'NoSuchKey' || (this.status === 404 && !this.code);
  }
}

/**
 * Apart from a missing key, an error is an infrastructure failure: the API answers 500 with a
 * request id and logs this message, which has S3's status and code (e.g. `SignatureDoesNotMatch`)
 * but nothing secret.
 */
async function failure({ method, key, response }: Answer): Promise<S3Error> {
  const body = await response.text().catch(() => '');
  const code = /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(body)?.[1];
  return new S3Error(`S3 ${method} ${key} failed with status ${response.status}${code ? ` (${code})` : ''}`, response.status, code);
}

/** Reading the rest of a response lets fetch reuse the connection. */
async function discard(response: Response): Promise<void> {
  await response.arrayBuffer();
}
