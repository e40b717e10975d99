import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { type ProfileView, ROLES, type Role, WebRoutes } from '@bimtek/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { Layout } from '../../core/layout';
import { pagedList } from '../../core/paged-list';
import { employmentTypeLabel, roleLabel } from '../../i18n/labels';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { UserCreateDialog } from './user-create-dialog';
import { type UserQuery, UsersService } from './users.service';

type ActiveFilter = 'all' | 'active' | 'inactive';

@Component({
  selector: 'bt-user-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
  ],
  templateUrl: './user-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserListPage {
  private readonly users = inject(UsersService);
  private readonly dialog = inject(MatDialog);

  protected readonly phone = inject(Layout).phone;
  protected readonly routes = WebRoutes;
  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly employmentTypeLabel = employmentTypeLabel;
  protected readonly columns = ['name', 'identity', 'agency', 'roles', 'status', 'actions'];
  protected readonly pageSizes = [10, 20, 50, 100];

  protected readonly filters = new FormGroup({
    search: new FormControl('', { nonNullable: true }),
    role: new FormControl<Role | null>(null),
    active: new FormControl<ActiveFilter>('all', { nonNullable: true }),
  });
  protected readonly query = signal<UserQuery>({ search: '', role: null, active: null, page: 1, pageSize: 20 });
  protected readonly list = pagedList(this.query, (query) => this.users.list(query));

  constructor() {
    this.filters.valueChanges
      .pipe(
        debounceTime(300),
        map(() => this.filters.getRawValue()),
        distinctUntilChanged((a, b) => a.search.trim() === b.search.trim() && a.role === b.role && a.active === b.active),
        takeUntilDestroyed(),
      )
      .subscribe(({ search, role, active }) =>
        this.query.update((query) => ({
          ...query,
          search,
          role,
          active: active === 'all' ? null : active === 'active',
          page: 1,
        })),
      );
  }

  protected create(): void {
    this.dialog
      .open<UserCreateDialog, void, ProfileView>(UserCreateDialog, { width: '720px', maxWidth: '100vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((created: ProfileView | undefined) => {
        if (created) this.list.reload();
      });
  }
}
