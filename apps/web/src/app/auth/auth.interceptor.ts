import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { SKIP_SESSION_REFRESH, isApiUrl } from '../core/api';
import { unreachable } from '../core/connection';
import { I18n } from '../i18n/i18n';
import { AuthService } from './auth.service';

/**
 * For every API call: the bearer token and the UI language (the API translates its messages).
 * On a 401 the session is refreshed once and the call retried; if the refresh fails too, the
 * person is sent to the sign-in page and comes back where they were afterwards. A refresh that gets
 * no answer (offline) signs nobody out: the call just fails, and the next one may try again.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) return next(request);

  const auth = inject(AuthService);
  const i18n = inject(I18n);
  const send = (token: string | null) => next(withHeaders(request, token, i18n.language()));

  return send(auth.accessToken()).pipe(
    catchError((error: unknown) => {
      const expired =
        error instanceof HttpErrorResponse && error.status === 401 && !request.context.get(SKIP_SESSION_REFRESH);
      if (!expired) return throwError(() => error);

      return auth.refresh().pipe(
        catchError((refreshError: unknown) => {
          if (!unreachable(refreshError)) auth.expired();
          return throwError(() => error);
        }),
        // Exactly one retry: a second 401 reaches the caller.
        switchMap((session) => send(session.accessToken)),
      );
    }),
  );
};

function withHeaders(request: HttpRequest<unknown>, token: string | null, language: string): HttpRequest<unknown> {
  return request.clone({
    setHeaders: token ? { Authorization: `Bearer ${token}`, 'Accept-Language': language } : { 'Accept-Language': language },
  });
}
