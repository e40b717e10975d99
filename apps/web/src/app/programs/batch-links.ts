import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type BatchView, TrainingPaths } from '@bimtek/contracts';
import { batchStatusLabel } from '../i18n/labels';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Batches as rows linking to their pages: dates, venue, status (in the calendar's colours) and places. */
@Component({
  selector: 'bt-batch-links',
  imports: [RouterLink, TranslatePipe, LocalDatePipe],
  template: `
    <ul class="outlined-list" [attr.data-testid]="testId()">
      @for (b of batches(); track b.id) {
        <li>
          <a [routerLink]="['/' + paths.batches, b.id]">
            <span class="swatch" [class]="'swatch batch-status-' + b.status" aria-hidden="true"></span>
            <span class="what">
              <span class="strong break">{{ b.programTitle }} · {{ b.name }}</span>
              <span class="muted small">
                {{ 'catalog.dates' | t: { start: (b.startDate | localDate), end: (b.endDate | localDate) } }}
                @if (b.venue) {
                  · {{ b.venue }}
                }
              </span>
              <span class="small">
                <span class="tag">{{ statusLabel(b.status) | t }}</span>
                {{ 'catalog.places' | t: { taken: b.placesTaken, capacity: b.capacity } }}
                @if (b.waitlistLength > 0) {
                  · {{ 'catalog.waitlist' | t: { count: b.waitlistLength } }}
                }
              </span>
            </span>
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    a {
      display: flex;
      gap: 12px;
      padding: 10px 12px;
      color: inherit;
      text-decoration: none;
    }
    a:hover,
    a:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .swatch {
      flex: none;
      width: 6px;
      border-radius: 3px;
    }
    .what {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchLinks {
  readonly batches = input.required<readonly BatchView[]>();
  readonly testId = input<string | null>(null);

  protected readonly paths = TrainingPaths;
  protected readonly statusLabel = batchStatusLabel;
}
