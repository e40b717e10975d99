import { BreakpointObserver } from '@angular/cdk/layout';
import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** Screen-size signals, so templates can switch tables to cards and the sidenav to overlay mode. */
@Injectable({ providedIn: 'root' })
export class Layout {
  private readonly breakpoints = inject(BreakpointObserver);

  /** Phones: lists become cards. */
  readonly phone = this.matches('(max-width: 599.98px)');
  /** Phones and small tablets: the sidenav slides over the content. */
  readonly narrow = this.matches('(max-width: 959.98px)');

  private matches(query: string) {
    return toSignal(this.breakpoints.observe(query).pipe(map((state) => state.matches)), {
      initialValue: this.breakpoints.isMatched(query),
    });
  }
}
