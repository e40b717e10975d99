import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type ProfileView, WebRoutes } from '@bimtek/contracts';
import { AuthService } from '../../auth/auth.service';
import { downloadJson } from '../../core/download';
import { revealErrors } from '../../core/forms';
import { Notifier } from '../../core/notifier';
import { roleLabel } from '../../i18n/labels';
import { LocalDatePipe } from '../../i18n/local-date.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PersonFields } from '../../person/person-fields';
import { PersonForm } from '../../person/person-form';
import { AccountService } from '../account.service';
import { CalendarLinkCard } from '../calendar-link/calendar-link-card';

@Component({
  selector: 'bt-profile-page',
  imports: [
    CalendarLinkCard,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    PersonFields,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './profile-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly account = inject(AccountService);
  private readonly auth = inject(AuthService);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly routes = WebRoutes;
  protected readonly roleLabel = roleLabel;
  protected readonly profile = signal<ProfileView | null>(null);
  protected readonly saving = signal(false);
  protected readonly exporting = signal(false);
  protected readonly person = new PersonForm();

  constructor() {
    this.account.profile().subscribe({
      next: (profile) => this.show(profile),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected save(): void {
    const form = this.person.group;
    if (form.invalid) {
      revealErrors(form, this.host);
      return;
    }
    this.saving.set(true);
    this.account.updateProfile(this.person.value()).subscribe({
      next: (profile) => {
        this.saving.set(false);
        this.show(profile);
        this.auth.updateUser({ displayName: profile.displayName });
        this.notifier.success('profile.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error, form);
      },
    });
  }

  protected reset(): void {
    const profile = this.profile();
    if (profile) this.person.patch(profile);
  }

  /** UU PDP right of access: everything stored about the person, as a JSON file. */
  protected exportData(): void {
    this.exporting.set(true);
    this.account.exportData().subscribe({
      next: (data) => {
        this.exporting.set(false);
        downloadJson(`bimtek-data-saya-${data.exportedAt.slice(0, 10)}.json`, data);
        this.notifier.success('profile.exported');
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.notifier.error(error);
      },
    });
  }

  private show(profile: ProfileView): void {
    this.profile.set(profile);
    this.person.patch(profile);
  }
}
