import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { OutboxMessageView, Page } from '@bimtek/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { Notifier } from '../../core/notifier';
import { LocalDatePipe } from '../../i18n/local-date.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { linkify } from './linkify';
import { OutboxService } from './outbox.service';

@Component({
  selector: 'bt-outbox-page',
  imports: [MatButtonModule, MatExpansionModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './outbox-page.html',
  styleUrl: './outbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly outbox = inject(OutboxService);
  private readonly notifier = inject(Notifier);

  protected readonly linkify = linkify;
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly query = signal({ page: 1, pageSize: 20 });
  protected readonly result = signal<Page<OutboxMessageView> | null>(null);
  protected readonly loading = signal(false);

  constructor() {
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ page, pageSize }) =>
          this.outbox.list(page, pageSize).pipe(
            catchError((error: unknown) => {
              this.notifier.error(error);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) this.result.set(page);
      });
  }

  protected reload(): void {
    this.query.update((query) => ({ ...query }));
  }

  protected changePage(event: PageEvent): void {
    this.query.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
