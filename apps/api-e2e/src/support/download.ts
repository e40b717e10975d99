import type { Test } from 'supertest';

/** The response body as bytes (supertest only buffers text and JSON by itself). */
export function download(request: Test): Test {
  return request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
