import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type BatchView, type TimetableView, TrainingPaths } from '@bimtek/contracts';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TimetableDays } from './timetable-days';
import { TrainingService } from './training.service';
import { ZONE_NAMES } from './zoned-time';

/** A batch's timetable as participants see it, always in the venue's time zone. */
@Component({
  selector: 'bt-batch-timetable-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TimetableDays, TranslatePipe, LocalDatePipe],
  template: `
    <section class="page page-medium">
      <a mat-button class="back" [routerLink]="['/' + paths.catalog]">
        <mat-icon>arrow_back</mat-icon>
        {{ 'catalog.title' | t }}
      </a>
      <header class="page-header">
        <div>
          <h1>{{ 'timetable.title' | t }}</h1>
          @if (batch(); as b) {
            <p class="strong break">{{ b.programTitle }} · {{ b.name }}</p>
            <p class="muted">
              {{ 'catalog.dates' | t: { start: (b.startDate | localDate), end: (b.endDate | localDate) } }}
              @if (b.venue) {
                · {{ b.venue }}
              }
            </p>
          }
          <p class="muted small" data-testid="zone-note">
            @if (zoneName(); as zone) {
              {{ 'timetable.zone' | t: { zone } }}
            } @else {
              {{ 'timetable.browserZone' | t }}
            }
          </p>
        </div>
        @if (timetable(); as t) {
          @if (t.sessions.length > 0) {
            <button mat-stroked-button type="button" name="download-timetable-pdf" [disabled]="downloading()" (click)="downloadPdf()">
              <mat-icon>picture_as_pdf</mat-icon>
              {{ 'timetable.downloadPdf' | t }}
            </button>
          }
        }
      </header>
      <div class="list-progress">
        @if (!timetable()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>
      @if (timetable(); as t) {
        <bt-timetable-days [sessions]="t.sessions" [timeZone]="t.timeZone" />
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchTimetablePage implements OnInit {
  private readonly training = inject(TrainingService);
  private readonly notifier = inject(Notifier);

  /** From the route. */
  readonly batchId = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly batch = signal<BatchView | null>(null);
  protected readonly timetable = signal<TimetableView | null>(null);
  protected readonly downloading = signal(false);
  private readonly attachments = inject(AttachmentSaver);
  protected readonly zoneName = computed(() => {
    const zone = this.timetable()?.timeZone;
    return zone ? `${zone} (${ZONE_NAMES[zone]})` : null;
  });

  ngOnInit(): void {
    // The header (programme, dates, venue) comes from the catalogue, which lists open batches only.
    this.training.catalog().subscribe({
      next: (batches) => this.batch.set(batches.find((batch) => batch.id === this.batchId()) ?? null),
      error: () => undefined,
    });
    this.training.timetable(this.batchId()).subscribe({
      next: (timetable) => this.timetable.set(timetable),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected downloadPdf(): void {
    this.attachments.save(this.training.timetablePdf(this.batchId()), 'jadwal.pdf', this.downloading);
  }
}
