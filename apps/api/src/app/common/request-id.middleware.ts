import { pickLanguage } from '@bimtek/contracts';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { AppRequest } from './request-context';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from a proxy's X-Request-Id when sane) and a language. */
export function requestContext(request: AppRequest, response: Response, next: NextFunction): void {
  const incoming = request.headers['x-request-id'];
  request.requestId = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
  const lang = typeof request.query['lang'] === 'string' ? request.query['lang'] : request.headers['accept-language'];
  request.language = pickLanguage(lang);
  response.setHeader('X-Request-Id', request.requestId);
  next();
}
