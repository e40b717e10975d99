import { type Observable, NEVER, catchError, filter, finalize, fromEvent, map, merge, of, switchMap, timeout, timer } from 'rxjs';

export type Polled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** What polling needs of the page: whether it is visible, and word when that changes. */
export type VisibilitySource = Pick<Document, 'visibilityState'> & EventTarget;

/**
 * Loads now and every `intervalMs` while the page is visible, at once when it becomes visible again,
 * and whenever `refresh` emits. A tick that finds the previous load still under way is skipped, so a
 * slow connection does not pile up requests; a load that hangs is given up after `giveUpMs`. Failures
 * come out as values, so one lost poll never ends the polling.
 */
export function pollWhileVisible<T>(
  page: VisibilitySource,
  intervalMs: number,
  load: () => Observable<T>,
  refresh: Observable<unknown> = NEVER,
  giveUpMs = Math.max(15_000, 3 * intervalMs),
): Observable<Polled<T>> {
  let loading = false;
  const visible = () => page.visibilityState !== 'hidden';
  const ticks = timer(0, intervalMs).pipe(filter(() => visible() && !loading));
  const shown = fromEvent(page, 'visibilitychange').pipe(filter(visible));
  return merge(ticks, shown, refresh).pipe(
    switchMap(() => {
      loading = true;
      return load().pipe(
        timeout({ first: giveUpMs }),
        map((value): Polled<T> => ({ ok: true, value })),
        catchError((error: unknown) => of<Polled<T>>({ ok: false, error })),
        finalize(() => (loading = false)),
      );
    }),
  );
}
