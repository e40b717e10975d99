import { EMPTY_PAYLOAD_HASH, sha256Hex, signRequest, uriEncode } from './aws-sigv4';

const signature = (headers: Record<string, string>) => /Signature=([0-9a-f]{64})$/.exec(headers['authorization'])?.[1];

describe('AWS Signature Version 4', () => {
  it('matches the AWS test suite "get-vanilla" example exactly', () => {
    const headers = signRequest(
      { method: 'GET', url: new URL('https://example.amazonaws.com/'), headers: {}, payloadHash: EMPTY_PAYLOAD_HASH },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      { region: 'us-east-1', service: 'service' },
      new Date('2015-08-30T12:36:00Z'),
    );
    expect(headers).toEqual({
      'x-amz-date': '20150830T123600Z',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    });
  });

  describe('the S3 examples of the Amazon S3 API reference', () => {
    const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    const s3 = { region: 'us-east-1', service: 's3' };
    const at = new Date('2013-05-24T00:00:00Z');

    it('signs PUT Object with the hash of its body, a "$" in the key encoded', () => {
      const bodyHash = sha256Hex(Buffer.from('Welcome to Amazon S3.'));
      expect(bodyHash).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
      const headers = signRequest(
        {
          method: 'PUT',
          url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'),
          headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY', 'x-amz-content-sha256': bodyHash },
          payloadHash: bodyHash,
        },
        credentials,
        s3,
        at,
      );
      expect(headers['authorization']).toContain('SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,');
      expect(signature(headers)).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
      // What was signed is sent: the body hash travels with the request.
      expect(headers['x-amz-content-sha256']).toBe(bodyHash);
    });

    it('signs GET Object with a Range header', () => {
      const headers = signRequest(
        {
          method: 'GET',
          url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
          headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_PAYLOAD_HASH },
          payloadHash: EMPTY_PAYLOAD_HASH,
        },
        credentials,
        s3,
        at,
      );
      expect(signature(headers)).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    });

    it('signs a query string in sorted order whatever order the URL has', () => {
      const headers = signRequest(
        {
          method: 'GET',
          url: new URL('https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2'),
          headers: { 'x-amz-content-sha256': EMPTY_PAYLOAD_HASH },
          payloadHash: EMPTY_PAYLOAD_HASH,
        },
        credentials,
        s3,
        at,
      );
      expect(signature(headers)).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
    });

    it('gives another signature for another body, so content cannot be swapped in flight', () => {
      const sign = (body: string) =>
        signature(
          signRequest(
            { method: 'PUT', url: new URL('http://minio:9000/bimtek/a/b'), headers: { 'x-amz-content-sha256': sha256Hex(body) }, payloadHash: sha256Hex(body) },
            credentials,
            s3,
            at,
          ),
        );
      expect(sign('one')).not.toBe(sign('two'));
    });
  });

  it('percent-encodes everything but unreserved characters, as RFC 3986 says', () => {
    expect(uriEncode("a b+c$!'()*~._-Z9")).toBe('a%20b%2Bc%24%21%27%28%29%2A~._-Z9');
  });
});
