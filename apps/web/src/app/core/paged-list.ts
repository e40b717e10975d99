import { type Signal, type WritableSignal, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import type { Page } from '@bimtek/contracts';
import { type Observable, catchError, of, switchMap, tap } from 'rxjs';
import { Notifier } from './notifier';

export interface PageQuery {
  page: number;
  pageSize: number;
}

export interface PagedList<T> {
  /** The last page that loaded; null until the first one arrives. */
  readonly result: Signal<Page<T> | null>;
  readonly loading: Signal<boolean>;
  changePage(event: PageEvent): void;
  reload(): void;
}

/**
 * Loads a page of a server-side list whenever the query changes. Call it in an injection context (a field
 * initializer). A newer query cancels the request of an older one, so a slow answer never overwrites a
 * newer page; after a failure the previous page stays on screen next to the error message.
 */
export function pagedList<Q extends PageQuery, T>(query: WritableSignal<Q>, load: (query: Q) => Observable<Page<T>>): PagedList<T> {
  const notifier = inject(Notifier);
  const result = signal<Page<T> | null>(null);
  const loading = signal(false);

  toObservable(query)
    .pipe(
      tap(() => loading.set(true)),
      switchMap((current) =>
        load(current).pipe(
          catchError((error: unknown) => {
            notifier.error(error);
            return of(null);
          }),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((page) => {
      loading.set(false);
      if (page) result.set(page);
    });

  return {
    result: result.asReadonly(),
    loading: loading.asReadonly(),
    changePage: (event) => query.update((current) => ({ ...current, page: event.pageIndex + 1, pageSize: event.pageSize })),
    // A copy of the same query still notifies the signal, so the page is fetched again.
    reload: () => query.update((current) => ({ ...current })),
  };
}
