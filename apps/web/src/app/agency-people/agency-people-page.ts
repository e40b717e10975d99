import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { Page, ProfileView } from '@bimtek/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { Layout } from '../core/layout';
import { Notifier } from '../core/notifier';
import { employmentTypeLabel, positionKindLabel } from '../i18n/labels';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AgencyPeopleService, type PeopleQuery } from './agency-people.service';

@Component({
  selector: 'bt-agency-people-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    TranslatePipe,
  ],
  templateUrl: './agency-people-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyPeoplePage {
  private readonly people = inject(AgencyPeopleService);
  private readonly notifier = inject(Notifier);

  protected readonly phone = inject(Layout).phone;
  protected readonly employmentTypeLabel = employmentTypeLabel;
  protected readonly positionKindLabel = positionKindLabel;
  protected readonly columns = ['name', 'identity', 'rank', 'position', 'unit', 'contact'];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly query = signal<PeopleQuery>({ search: '', page: 1, pageSize: 20 });
  protected readonly result = signal<Page<ProfileView> | null>(null);
  protected readonly loading = signal(false);

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(300), map((search) => search.trim()), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((search) => this.query.update((query) => ({ ...query, search, page: 1 })));

    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((query) =>
          this.people.list(query).pipe(
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

  protected changePage(event: PageEvent): void {
    this.query.update((query) => ({ ...query, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  /** Typed access for the table's untyped row context. */
  protected person(row: ProfileView): ProfileView {
    return row;
  }
}
