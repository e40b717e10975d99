import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { ProfileView } from '@bimtek/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { Layout } from '../core/layout';
import { pagedList } from '../core/paged-list';
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

  protected readonly phone = inject(Layout).phone;
  protected readonly employmentTypeLabel = employmentTypeLabel;
  protected readonly positionKindLabel = positionKindLabel;
  protected readonly columns = ['name', 'identity', 'rank', 'position', 'unit', 'contact'];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly query = signal<PeopleQuery>({ search: '', page: 1, pageSize: 20 });
  protected readonly list = pagedList(this.query, (query) => this.people.list(query));

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(300), map((search) => search.trim()), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((search) => this.query.update((query) => ({ ...query, search, page: 1 })));
  }

  /** Typed access for the table's untyped row context. */
  protected person(row: ProfileView): ProfileView {
    return row;
  }
}
