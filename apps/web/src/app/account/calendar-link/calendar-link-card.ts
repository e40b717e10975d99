import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { filter, switchMap } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../../core/confirm-dialog';
import { Notifier } from '../../core/notifier';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AccountService } from '../account.service';

/** The person's own timetable as a calendar subscription (iCal), for Google Calendar, Outlook or a phone. */
@Component({
  selector: 'bt-calendar-link-card',
  imports: [MatCardModule, MatButtonModule, MatIconModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2>{{ 'calendar.title' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content class="stack">
        <p>{{ 'calendar.intro' | t }}</p>
        @if (url(); as address) {
          <mat-form-field>
            <mat-label>{{ 'calendar.address' | t }}</mat-label>
            <input matInput readonly name="calendar-url" [value]="address" (focus)="$any($event.target).select()" />
            <mat-hint>{{ 'calendar.secret' | t }}</mat-hint>
          </mat-form-field>
        }
      </mat-card-content>
      <mat-card-actions>
        @if (url(); as address) {
          <button mat-flat-button type="button" name="copy-calendar" (click)="copy(address)">
            <mat-icon>content_copy</mat-icon>
            {{ 'common.copy' | t }}
          </button>
          <button mat-button type="button" name="reset-calendar" [disabled]="busy()" (click)="reset()">{{ 'calendar.reset' | t }}</button>
        } @else {
          <button mat-stroked-button type="button" name="show-calendar" [disabled]="busy()" (click)="show()">
            <mat-icon>calendar_month</mat-icon>
            {{ 'calendar.show' | t }}
          </button>
        }
      </mat-card-actions>
    </mat-card>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarLinkCard {
  private readonly account = inject(AccountService);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected show(): void {
    this.busy.set(true);
    this.account.calendarLink().subscribe({
      next: ({ url }) => {
        this.url.set(url);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }

  protected copy(address: string): void {
    if (this.clipboard.copy(address)) this.notifier.success('common.copied');
  }

  protected reset(): void {
    const data: ConfirmData = { title: 'calendar.reset', message: 'calendar.resetConfirm', confirm: 'calendar.reset' };
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(true);
          return this.account.resetCalendarLink();
        }),
      )
      .subscribe({
        next: ({ url }) => {
          this.url.set(url);
          this.busy.set(false);
          this.notifier.success('calendar.resetDone');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.notifier.error(error);
        },
      });
  }
}
